-- 0005: registration, e-mail confirmation, password recovery and profile settings.
-- Released: never edit, add a new file instead. Same dialect rules as 0001: {{ID}} is the only
-- substitution, times are BIGINT milliseconds (UTC).
-- Users that exist already (and the seeded demo/test users) count as confirmed: DEFAULT 1.
-- Registration inserts 0. An e-mail change waits in pending_email until its code is confirmed.
-- Marketing addresses: '' = the login e-mail.
ALTER TABLE users ADD COLUMN email_confirmed INTEGER NOT NULL DEFAULT 1;
ALTER TABLE users ADD COLUMN pending_email TEXT NOT NULL DEFAULT '';
ALTER TABLE users ADD COLUMN pending_email_expires_at BIGINT NOT NULL DEFAULT 0;
ALTER TABLE users ADD COLUMN marketing_rts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE users ADD COLUMN marketing_rts_email TEXT NOT NULL DEFAULT '';
ALTER TABLE users ADD COLUMN marketing_tes INTEGER NOT NULL DEFAULT 1;
ALTER TABLE users ADD COLUMN marketing_tes_email TEXT NOT NULL DEFAULT '';

-- One code + link per mail: purpose register | recover | email (change of address). Only hashes
-- are stored: code_hash = SHA-256(salt ":" code), token_hash = SHA-256(token). A new mail of the
-- same purpose retires the older rows (used = 1). attempts counts wrong codes (5 = the code is
-- dead; the link still works until expires_at). blocked = an e-mail change to an address that
-- belongs to another account: no code or link of the row works.
CREATE TABLE user_codes (
    id {{ID}},
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    purpose TEXT NOT NULL,
    email TEXT NOT NULL,
    salt TEXT NOT NULL,
    code_hash TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    expires_at BIGINT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    used INTEGER NOT NULL DEFAULT 0,
    blocked INTEGER NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL
);
CREATE INDEX user_codes_user_idx ON user_codes (user_id, purpose);
CREATE INDEX user_codes_email_idx ON user_codes (email, purpose);

-- Rate limits of registration, resend and recovery: one row per counted request, keyed by kind
-- (register_ip, confirm_mail, resend, recover_email, recover_ip) and subject (IP or e-mail),
-- whether or not the e-mail has an account (the limits must not reveal that).
CREATE TABLE user_rate_events (
    id {{ID}},
    kind TEXT NOT NULL,
    subject TEXT NOT NULL,
    at BIGINT NOT NULL
);
CREATE INDEX user_rate_events_idx ON user_rate_events (kind, subject, at);
