-- 0001: users, sessions, login attempts, captchas. Released: never edit, add a new file instead.
-- {{ID}} is the only dialect substitution (Migrations.cpp): SQLite "INTEGER PRIMARY KEY
-- AUTOINCREMENT", PostgreSQL "BIGSERIAL PRIMARY KEY". Times are BIGINT milliseconds since the epoch (UTC).
CREATE TABLE users (
    id {{ID}},
    email TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL,
    surname TEXT NOT NULL DEFAULT '',
    first_name TEXT NOT NULL DEFAULT '',
    patronymic TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    birth_date TEXT,
    sex TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL DEFAULT 'customer',
    created_at BIGINT NOT NULL
);

CREATE TABLE sessions (
    id {{ID}},
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    access_hash TEXT NOT NULL UNIQUE,
    access_expires_at BIGINT NOT NULL,
    refresh_hash TEXT UNIQUE,
    refresh_expires_at BIGINT,
    revoked INTEGER NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    rotated_at BIGINT NOT NULL
);
CREATE INDEX sessions_user_idx ON sessions (user_id);

-- One row per login attempt that reached the credential check or the captcha gate; the rate
-- limits and the failed-login counter are counts over these rows, so every instance agrees.
CREATE TABLE login_attempts (
    id {{ID}},
    email TEXT NOT NULL,
    ip TEXT NOT NULL,
    outcome TEXT NOT NULL,
    at BIGINT NOT NULL
);
CREATE INDEX login_attempts_email_idx ON login_attempts (email, at);
CREATE INDEX login_attempts_ip_idx ON login_attempts (ip, at);

CREATE TABLE captchas (
    id TEXT PRIMARY KEY,
    answer_hash TEXT NOT NULL,
    expires_at BIGINT NOT NULL
);
CREATE INDEX captchas_expires_idx ON captchas (expires_at);
