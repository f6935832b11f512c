-- 0012: operator accounts, their second factor (TOTP) and session limits (docs/security.md,
-- «Operators»). Released: never edit, add a new file instead. Same dialect rules as 0001: {{ID}}
-- is the only substitution, times are BIGINT milliseconds (UTC).

-- A disabled operator (lkk-server operator disable) cannot sign in; their sessions end.
ALTER TABLE users ADD COLUMN disabled INTEGER NOT NULL DEFAULT 0;
CREATE INDEX users_role_idx ON users (role);

-- Sessions of their own length: ends_at is the absolute end (0: created_at + session-lifetime,
-- the rows from before); idle_limit_ms > 0 ends the session once no request used it for that long
-- (last_used_at).
ALTER TABLE sessions ADD COLUMN ends_at BIGINT NOT NULL DEFAULT 0;
ALTER TABLE sessions ADD COLUMN idle_limit_ms BIGINT NOT NULL DEFAULT 0;
ALTER TABLE sessions ADD COLUMN last_used_at BIGINT NOT NULL DEFAULT 0;

-- The TOTP secret of an operator, sealed with the server key (SecretKey: not in the database).
-- confirmed = 0: enrolment started, no code proved it yet (a new sign-in replaces the secret).
-- last_step: the time step of the last accepted code; no code of it or before is accepted again.
CREATE TABLE operator_totp (
    user_id BIGINT PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    sealed_secret TEXT NOT NULL,
    confirmed INTEGER NOT NULL DEFAULT 0,
    last_step BIGINT NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL
);

-- The ten one-time recovery codes of an enrolment: SHA-256 hashes, used_at set once used.
CREATE TABLE operator_recovery_codes (
    id {{ID}},
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    code_hash TEXT NOT NULL,
    used_at BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX operator_recovery_codes_user_idx ON operator_recovery_codes (user_id);

-- A sign-in whose password was right and whose second factor is awaited: token_hash = SHA-256 of
-- the challenge token the login answered; attempts counts wrong codes (5 end it).
CREATE TABLE sign_in_challenges (
    id {{ID}},
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    token_hash TEXT NOT NULL UNIQUE,
    remember INTEGER NOT NULL DEFAULT 0,
    attempts INTEGER NOT NULL DEFAULT 0,
    used INTEGER NOT NULL DEFAULT 0,
    expires_at BIGINT NOT NULL
);
CREATE INDEX sign_in_challenges_user_idx ON sign_in_challenges (user_id);
