-- Gives every billing account without a linked customer one (bench/growth.sh), so the cabinet's own
-- tables grow with the billing data as a utility's do: a user, the owner's link to the account, and
-- a signed-in session each. Every customer request's token check looks up its session and the
-- caller's link among these, and the accounts list the caller's links: the rows whose growth those
-- reads would feel. The users cannot sign in ('!' is no password hash) and their sessions' hashes
-- match no token anyone holds. Accounts linked before (the demo's) are left alone, so the script
-- can follow every import.
-- usage: psql -v ON_ERROR_STOP=1 -f bench/add_customers.sql DATABASE_URL   (PostgreSQL only)
\set ON_ERROR_STOP on
BEGIN;

CREATE TEMP TABLE new_customers ON COMMIT DROP AS
SELECT a.id AS account_id, a.number
FROM billing_accounts a
WHERE NOT EXISTS (SELECT 1 FROM account_links l WHERE l.account_id = a.id);

INSERT INTO users (email, password_hash, surname, first_name, created_at)
SELECT 'customer-' || number || '@bench.invalid', '!', 'Абонент', number, 0
FROM new_customers;

CREATE TEMP TABLE new_users ON COMMIT DROP AS
SELECT u.id AS user_id, c.account_id
FROM new_customers c JOIN users u ON u.email = 'customer-' || c.number || '@bench.invalid';

INSERT INTO account_links (user_id, account_id, relation, linked_at)
SELECT user_id, account_id, 'owner', 0 FROM new_users;

-- 64 hex digits, as a SHA-256 of a token is stored; valid until 2100.
INSERT INTO sessions (user_id, access_hash, access_expires_at, refresh_hash, refresh_expires_at, created_at,
                      rotated_at)
SELECT user_id, md5('access:' || user_id) || md5('access2:' || user_id), 4102444800000,
       md5('refresh:' || user_id) || md5('refresh2:' || user_id), 4102444800000, 0, 0
FROM new_users;

COMMIT;
