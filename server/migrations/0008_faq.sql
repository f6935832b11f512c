-- 0008: the questions and answers («Вопросы и ответы») of the companies, loaded as a whole by
-- `lkk-server faq import FILE` (docs/faq-import.md). Released: never edit, add a new file instead.
-- Dialect substitutions: {{ID}}; times are BIGINT milliseconds (UTC). '' = no English text (the
-- Russian one is shown instead) or no contact phone.
CREATE TABLE faq_imports (
    id {{ID}},
    file_name TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    companies INTEGER NOT NULL,
    questions INTEGER NOT NULL,
    imported_at BIGINT NOT NULL
);

CREATE TABLE faq_companies (
    id {{ID}},
    code TEXT NOT NULL UNIQUE,
    ord INTEGER NOT NULL,
    name_ru TEXT NOT NULL,
    name_en TEXT NOT NULL DEFAULT '',
    contact_phone TEXT NOT NULL DEFAULT ''
);

CREATE TABLE faq_questions (
    id {{ID}},
    company_id BIGINT NOT NULL REFERENCES faq_companies (id) ON DELETE CASCADE,
    ord INTEGER NOT NULL,
    code TEXT NOT NULL,
    question_ru TEXT NOT NULL,
    answer_ru TEXT NOT NULL,
    question_en TEXT NOT NULL DEFAULT '',
    answer_en TEXT NOT NULL DEFAULT '',
    UNIQUE (company_id, code)
);
