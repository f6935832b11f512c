-- 0003: customers' links to billing accounts, the control-question challenges and the answers
-- given (for the wrong-answer lock). Released: never edit, add a new file instead. Same dialect
-- rules as 0001: {{ID}} is the only substitution, times are BIGINT milliseconds (UTC).
CREATE TABLE account_links (
    id {{ID}},
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    account_id BIGINT NOT NULL REFERENCES billing_accounts (id),
    relation TEXT NOT NULL,
    linked_at BIGINT NOT NULL,
    UNIQUE (user_id, account_id)
);
CREATE INDEX account_links_account_idx ON account_links (account_id);

-- A started link: the opaque challengeId is only stored as its SHA-256 (like tokens).
CREATE TABLE link_challenges (
    id_hash TEXT PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    account_id BIGINT NOT NULL REFERENCES billing_accounts (id),
    relation TEXT NOT NULL,
    expires_at BIGINT NOT NULL,
    used INTEGER NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL
);
CREATE INDEX link_challenges_expires_idx ON link_challenges (expires_at);

-- Every checked answer; the lock counts the wrong ones per (user, account) over 24 hours.
CREATE TABLE link_attempts (
    id {{ID}},
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    account_id BIGINT NOT NULL REFERENCES billing_accounts (id),
    at BIGINT NOT NULL,
    ok INTEGER NOT NULL
);
CREATE INDEX link_attempts_user_account_idx ON link_attempts (user_id, account_id, at);
