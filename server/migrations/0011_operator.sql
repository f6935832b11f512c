-- 0011: the call-centre operators' workspace: the audit trail of their reads and actions, the
-- indexes of the caller search, and readings submitted on a caller's behalf. Released: never
-- edit, add a new file instead. {{ID}} and {{FOLD(column)}} are the dialect substitutions
-- (Migrations.cpp); a statement starting with {{SQLITE}} or {{POSTGRES}} runs on that database
-- only. Times are BIGINT milliseconds (UTC).

-- Every operator read of a customer's data and every action on a customer's behalf, written in
-- the same transaction as the read or the action (docs/security.md, «Operator audit trail»).
-- Append-only: the triggers below refuse UPDATE and DELETE (and TRUNCATE on PostgreSQL). No
-- foreign keys, so the trail outlives what it names. customer_id and account_id are NULL where
-- the entry concerns no single customer (a search, a refused request); details is a JSON object
-- (the search, the meter and its values); request_id is the request's X-Request-Id.
CREATE TABLE operator_audit (
    id {{ID}},
    at BIGINT NOT NULL,
    operator_id BIGINT NOT NULL,
    customer_id BIGINT,
    account_id BIGINT,
    action TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    details TEXT NOT NULL DEFAULT '{}',
    request_id TEXT NOT NULL DEFAULT ''
);
CREATE INDEX operator_audit_at_idx ON operator_audit (at);
CREATE INDEX operator_audit_operator_idx ON operator_audit (operator_id, action, at);
CREATE INDEX operator_audit_customer_idx ON operator_audit (customer_id, at);
{{SQLITE}} CREATE TRIGGER operator_audit_no_update BEFORE UPDATE ON operator_audit
BEGIN SELECT RAISE(ABORT, 'operator_audit is append-only'); END;
{{SQLITE}} CREATE TRIGGER operator_audit_no_delete BEFORE DELETE ON operator_audit
BEGIN SELECT RAISE(ABORT, 'operator_audit is append-only'); END;
{{POSTGRES}} CREATE FUNCTION operator_audit_append_only() RETURNS trigger LANGUAGE plpgsql
AS $$ BEGIN RAISE EXCEPTION 'operator_audit is append-only'; END $$;
{{POSTGRES}} CREATE TRIGGER operator_audit_no_change BEFORE UPDATE OR DELETE ON operator_audit
FOR EACH ROW EXECUTE FUNCTION operator_audit_append_only();
{{POSTGRES}} CREATE TRIGGER operator_audit_no_truncate BEFORE TRUNCATE ON operator_audit
FOR EACH STATEMENT EXECUTE FUNCTION operator_audit_append_only();

-- The caller search (docs/operations.md, «Operator search»): the surname and the address in
-- their search form, kept by the database itself in generated columns — stored on PostgreSQL,
-- in byte order there so that a prefix is one range of the index; virtual on SQLite, as a chain
-- of three columns, each doing a third of the fold, because SQLite's parser refuses the whole
-- fold in one expression — and the indexes of the exact keys.
{{POSTGRES}} ALTER TABLE users ADD COLUMN search_surname TEXT COLLATE "C" GENERATED ALWAYS AS ({{FOLD(surname)}}) STORED;
{{POSTGRES}} ALTER TABLE billing_accounts ADD COLUMN search_address TEXT COLLATE "C" GENERATED ALWAYS AS ({{FOLD(address_display)}}) STORED;
{{SQLITE}} ALTER TABLE users ADD COLUMN search_surname_1 TEXT GENERATED ALWAYS AS ({{FOLD(surname, 1/3)}}) VIRTUAL;
{{SQLITE}} ALTER TABLE users ADD COLUMN search_surname_2 TEXT GENERATED ALWAYS AS ({{FOLD(search_surname_1, 2/3)}}) VIRTUAL;
{{SQLITE}} ALTER TABLE users ADD COLUMN search_surname TEXT GENERATED ALWAYS AS ({{FOLD(search_surname_2, 3/3)}}) VIRTUAL;
{{SQLITE}} ALTER TABLE billing_accounts ADD COLUMN search_address_1 TEXT GENERATED ALWAYS AS ({{FOLD(address_display, 1/3)}}) VIRTUAL;
{{SQLITE}} ALTER TABLE billing_accounts ADD COLUMN search_address_2 TEXT GENERATED ALWAYS AS ({{FOLD(search_address_1, 2/3)}}) VIRTUAL;
{{SQLITE}} ALTER TABLE billing_accounts ADD COLUMN search_address TEXT GENERATED ALWAYS AS ({{FOLD(search_address_2, 3/3)}}) VIRTUAL;
CREATE INDEX users_search_surname_idx ON users (search_surname);
CREATE INDEX users_phone_idx ON users (phone);
CREATE INDEX billing_contracts_sub_account_idx ON billing_contracts (sub_account);

-- A reading an operator submitted on a caller's behalf: the submission keeps the operator (its
-- readings carry source 'operator'); NULL = the customer's own.
ALTER TABLE reading_submissions ADD COLUMN operator_id BIGINT;
