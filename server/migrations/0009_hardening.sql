-- 0009: limits, sessions, pending registrations and the mail outbox (docs/security.md).
-- Released: never edit, add a new file instead. Same dialect rules as 0001: {{ID}} is the only
-- substitution, times are BIGINT milliseconds (UTC).

-- Refresh tokens that a rotation replaced, kept while their session lives: one presented again
-- was copied (a stolen token raced its owner), so its whole session is revoked.
CREATE TABLE retired_refresh_tokens (
    token_hash TEXT PRIMARY KEY,
    session_id BIGINT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    retired_at BIGINT NOT NULL
);
CREATE INDEX retired_refresh_tokens_session_idx ON retired_refresh_tokens (session_id);

-- The failed sign-ins of all e-mails within a minute (the captcha for everyone) and the
-- attempts of an e-mail from one network (ip holds the IPv4 address or the IPv6 /64).
CREATE INDEX login_attempts_at_idx ON login_attempts (at);
CREATE INDEX login_attempts_email_ip_idx ON login_attempts (email, ip, at);

-- The details of each registration of a not yet confirmed address, kept with the code its mail
-- carried: confirming that code applies exactly these details, so a second registration over
-- the same address cannot change the first one's password.
CREATE TABLE pending_registrations (
    code_id BIGINT PRIMARY KEY REFERENCES user_codes (id) ON DELETE CASCADE,
    password_hash TEXT NOT NULL,
    surname TEXT NOT NULL,
    first_name TEXT NOT NULL,
    patronymic TEXT NOT NULL,
    phone TEXT NOT NULL,
    birth_date TEXT,
    sex TEXT NOT NULL
);

-- Outgoing mail accepted but not yet delivered: written before the request is answered, deleted
-- after delivery (or after the last failed attempt), so mail survives a crash or restart.
CREATE TABLE mail_outbox (
    id {{ID}},
    recipient TEXT NOT NULL,
    subject TEXT NOT NULL,
    text_body TEXT NOT NULL,
    html_body TEXT NOT NULL,
    created_at BIGINT NOT NULL
);

-- Wrong link answers are counted per account, over every customer.
CREATE INDEX link_attempts_account_idx ON link_attempts (account_id, at);

-- Who submitted a reading is shown to the other customers linked to the account.
CREATE INDEX reading_submissions_user_idx ON reading_submissions (user_id);
