-- 0004: meter readings submitted by customers. Released: never edit, add a new file
-- instead. {{ID}} is the only dialect substitution; times are BIGINT milliseconds (UTC).
-- One row per accepted submission. The UNIQUE (user_id, submission_id) makes a retried or
-- concurrent submission with the same client-made id store nothing twice; fingerprint (SHA-256 of
-- the canonical request) tells a replay from a conflicting reuse; response is the JSON answer
-- replayed to the retry. replaced = 1 once a later submission for the same meter and period won.
CREATE TABLE reading_submissions (
    id {{ID}},
    submission_id TEXT NOT NULL,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    account_id BIGINT NOT NULL REFERENCES billing_accounts (id),
    meter_id BIGINT NOT NULL REFERENCES billing_meters (id),
    period TEXT NOT NULL,
    reading_date TEXT NOT NULL,
    submitted_at BIGINT NOT NULL,
    fingerprint TEXT NOT NULL,
    response TEXT NOT NULL,
    replaced INTEGER NOT NULL DEFAULT 0,
    UNIQUE (user_id, submission_id)
);
CREATE INDEX reading_submissions_meter_idx ON reading_submissions (meter_id, period);

-- The submitted values live in billing_readings (source 'customer') so the history and the meter
-- list see them; this column ties them to their submission (NULL = imported), so a replacement
-- removes exactly those rows and the below-previous rule can skip them.
ALTER TABLE billing_readings ADD COLUMN submission_ref BIGINT;
CREATE INDEX billing_readings_submission_idx ON billing_readings (submission_ref);
