-- 0007: appeals (обращения) to the utility, their threads and attachments (docs/appeals.md).
-- Released: never edit, add a new file instead. Dialect substitutions: {{ID}} and {{BLOB}}
-- (BLOB / BYTEA); times are BIGINT milliseconds (UTC).

-- The topics a customer chooses from. The utility may rename, reorder, add or retire (active = 0)
-- topics with plain SQL; appeals keep the topic they were opened with.
CREATE TABLE appeal_topics (
    id {{ID}},
    code TEXT NOT NULL UNIQUE,
    name_ru TEXT NOT NULL,
    name_en TEXT NOT NULL,
    ord INTEGER NOT NULL,
    active INTEGER NOT NULL DEFAULT 1
);
INSERT INTO appeal_topics (code, name_ru, name_en, ord) VALUES
    ('readings', 'Показания и начисления', 'Readings and charges', 1),
    ('payment', 'Оплата', 'Payment', 2),
    ('meters', 'Приборы учёта', 'Meters', 3),
    ('recalculation', 'Перерасчёт', 'Recalculation', 4),
    ('quality', 'Качество услуг', 'Quality of service', 5),
    ('other', 'Другое', 'Other', 6);

-- One appeal: the customer's, about one linked account and one provider of that account.
-- status: new | in_progress | answered | closed. language: ru | en, the customer's language at
-- their last request about the appeal (the answer mail is written in it). message_count counts
-- customer and operator messages (the thread limit), not system ones. unread: an operator answer
-- the customer has not marked as read.
CREATE TABLE appeals (
    id {{ID}},
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    account_id BIGINT NOT NULL REFERENCES billing_accounts (id),
    provider_id BIGINT NOT NULL REFERENCES billing_providers (id),
    topic_id BIGINT NOT NULL REFERENCES appeal_topics (id),
    status TEXT NOT NULL,
    language TEXT NOT NULL,
    assignee_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
    message_count INTEGER NOT NULL DEFAULT 0,
    unread INTEGER NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    answered_at BIGINT,
    closed_at BIGINT
);
CREATE INDEX appeals_user_account_idx ON appeals (user_id, account_id, created_at);
CREATE INDEX appeals_queue_idx ON appeals (status, created_at);

-- The thread. author_kind: customer | operator | system; system messages have no body, their
-- event (taken | returned | closed_by_customer | closed_by_operator | reopened) and the status
-- the appeal moved to are rendered in the reader's language. opening = the appeal's first
-- message. A message posted with an Idempotency-Key keeps it with the SHA-256 of its canonical
-- request, so a resent request is answered, not repeated.
CREATE TABLE appeal_messages (
    id {{ID}},
    appeal_id BIGINT NOT NULL REFERENCES appeals (id) ON DELETE CASCADE,
    author_kind TEXT NOT NULL,
    author_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
    body TEXT NOT NULL,
    event TEXT,
    status TEXT,
    opening INTEGER NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    idempotency_key TEXT,
    request_hash TEXT,
    UNIQUE (author_id, idempotency_key)
);
CREATE INDEX appeal_messages_appeal_idx ON appeal_messages (appeal_id, id);
CREATE INDEX appeal_messages_author_idx ON appeal_messages (author_id, created_at);

-- Attachments live in the database (one source of truth for backups and every instance): the
-- bytes last, so reading the metadata never loads them. content_type is what the content is
-- (JPEG, PNG or PDF by its first bytes), never what the client said.
CREATE TABLE appeal_attachments (
    id {{ID}},
    appeal_id BIGINT NOT NULL REFERENCES appeals (id) ON DELETE CASCADE,
    message_id BIGINT NOT NULL REFERENCES appeal_messages (id) ON DELETE CASCADE,
    ord INTEGER NOT NULL,
    file_name TEXT NOT NULL,
    content_type TEXT NOT NULL,
    size BIGINT NOT NULL,
    sha256 TEXT NOT NULL,
    content {{BLOB}} NOT NULL
);
CREATE INDEX appeal_attachments_message_idx ON appeal_attachments (message_id, ord);
