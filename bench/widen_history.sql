-- Widens the history of the accounts a one-period billing file brought (bench/growth.sh): each
-- account whose only bill is that period gets the 47 periods before it, so every account has four
-- years (48 periods) of bills with their provider blocks and lines, meter readings for every meter
-- zone and credited payments — what a utility's tables hold after four years, without a 48-period
-- import file (about 14 GB for 100 000 accounts). Accounts with more than one bill (the demo's,
-- and those widened by an earlier run) are left alone, so the script can follow every import.
--
-- The rows keep the invariants of docs/billing-import.md §4, as if imported:
-- - a period's line has the figures of the stored bill's line, with a metered quantity varied
--   deterministically (80–120 %) and charged = round(quantity × tariff × factor) at the same
--   tariff; a norm line (with a factor) and a line without a quantity are charged as stored;
-- - the customer paid each period's charges: paid = charged, so the debt carries over unchanged
--   (debtStart = debtEnd = the stored bill's debtStart, rule 6), penalties 0 (the stored bill's
--   are the first accrual); blocks and bills are the sums of their lines (rules 1–3);
-- - each block's paid is one credited payment of that period, sub-account and provider (rule 5);
-- - a meter zone's readings go back a month at a time from its earliest one, never increasing
--   backwards and never below zero (rule 8), at the meter's scale.
-- The account data versions (migration 0014) are bumped for the linked accounts it widened; the
-- generated accounts have no links, so nobody's ETag changes, but the rule holds for any data.
-- usage: psql -v ON_ERROR_STOP=1 -f bench/widen_history.sql DATABASE_URL   (PostgreSQL only)
\set ON_ERROR_STOP on
-- The temporary tables hold millions of rows: in memory rather than through 8 MB of buffers.
SET temp_buffers = '2GB';
SET work_mem = '256MB';
BEGIN;

CREATE TEMP TABLE widen_bills ON COMMIT DROP AS
SELECT MIN(id) AS bill_id, account_id, MIN(period) AS period
FROM billing_bills GROUP BY account_id HAVING COUNT(*) = 1;
ANALYZE widen_bills;

-- Checking each of tens of millions of rows against its parents and adding it to every index one
-- by one would take most of the time (the indexes outgrow the buffers): the keys, constraints and
-- indexes of the tables written (and the foreign keys into them) are dropped here and made again
-- at the end, in this transaction, where each is built or checked over its whole table in one
-- pass. Their definitions are the database's own, so the schema ends as it began.
CREATE TEMP TABLE widen_tables ON COMMIT DROP AS
SELECT unnest(ARRAY['billing_bills', 'billing_bill_providers', 'billing_bill_lines', 'billing_payments',
                    'billing_readings']::regclass[]) AS oid;
CREATE TEMP TABLE widen_schema ON COMMIT DROP AS
SELECT conrelid::regclass::text AS owner, conname AS name, contype AS kind,
       format('ALTER TABLE %I ADD CONSTRAINT %I %s', conrelid::regclass::text, conname, pg_get_constraintdef(oid))
           AS definition
FROM pg_constraint
WHERE (contype IN ('p', 'u', 'f') AND conrelid IN (SELECT oid FROM widen_tables))
   OR (contype = 'f' AND confrelid IN (SELECT oid FROM widen_tables))
UNION ALL
SELECT indrelid::regclass::text, indexrelid::regclass::text, 'i', pg_get_indexdef(indexrelid)
FROM pg_index
WHERE indrelid IN (SELECT oid FROM widen_tables)
  AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = indexrelid AND c.conrelid = indrelid);
DO $$ DECLARE d record; BEGIN
    FOR d IN SELECT * FROM widen_schema ORDER BY kind <> 'f', kind LOOP -- foreign keys before their keys
        IF d.kind = 'i' THEN EXECUTE format('DROP INDEX %I', d.name);
        ELSE EXECUTE format('ALTER TABLE %I DROP CONSTRAINT %I', d.owner, d.name);
        END IF;
    END LOOP;
END $$;

-- A block per stored block and period back; the ids come from the tables' own sequences, so
-- lines, blocks and bills name their parents without a lookup by natural key.
CREATE TEMP TABLE widen_blocks ON COMMIT DROP AS
SELECT nextval('billing_bill_providers_id_seq') AS id, p.id AS bill_id, bp.id AS base_id, p.k,
       p.account_id, a.number, p.period, bp.ord, bp.provider_id, pr.code AS provider, bp.sub_account
FROM (SELECT nextval('billing_bills_id_seq') AS id, w.bill_id AS base_id, w.account_id, k,
             to_char(to_date(w.period || '-01', 'YYYY-MM-DD') - make_interval(months => k), 'YYYY-MM') AS period
      FROM widen_bills w CROSS JOIN generate_series(1, 47) AS k) AS p
JOIN billing_bill_providers bp ON bp.bill_id = p.base_id
JOIN billing_accounts a ON a.id = p.account_id JOIN billing_providers pr ON pr.id = bp.provider_id;
ANALYZE widen_blocks;

-- Each line with its block and bill, so that blocks, bills and payments are sums over this one
-- table rather than joins of millions of rows. A decimal is (units, scale) here: '12.345' is
-- (12345, 3), and round(units / 10^scale, scale) gives it back in its machine form; the charge
-- is rounded once, half away from zero, as round() on numeric does.
CREATE TEMP TABLE widen_lines ON COMMIT DROP AS
SELECT block_id, bill_id, account_id, number, period, block_ord, provider_id, provider, sub_account, ord, contract_id,
       zone, unit, factor, tariff_kopecks, price_per_unit, debt_start,
       CASE WHEN units IS NULL THEN quantity ELSE round(units / 10::numeric ^ scale, scale)::text END AS quantity,
       CASE WHEN units IS NULL THEN charged ELSE round(tariff_kopecks * units / 10::numeric ^ scale)::bigint END AS charged
FROM (SELECT b.id AS block_id, b.bill_id, b.account_id, b.number, b.period, b.ord AS block_ord, b.provider_id,
             b.provider, b.sub_account, l.ord, l.contract_id, l.zone, l.unit, l.quantity, l.factor, l.tariff_kopecks,
             l.price_per_unit, l.charged, l.debt_start, length(split_part(l.quantity, '.', 2)) AS scale,
             CASE WHEN l.quantity ~ '^[0-9]+(\.[0-9]+)?$' AND l.factor = '' AND l.tariff_kopecks IS NOT NULL
                  THEN replace(l.quantity, '.', '')::bigint * (80 + (b.k * 13 + l.id) % 41) / 100 END AS units
      FROM widen_blocks b JOIN billing_bill_lines l ON l.bill_provider_id = b.base_id) AS line;
ANALYZE widen_lines;

INSERT INTO billing_bills (id, account_id, period, total_to_pay, penalties)
SELECT bill_id, account_id, period, SUM(debt_start), 0 FROM widen_lines GROUP BY bill_id, account_id, period;

INSERT INTO billing_bill_providers (id, bill_id, ord, provider_id, sub_account, debt_start, paid, charged,
                                    social_support, adjustments, debt_end, penalties, total_to_pay)
SELECT block_id, bill_id, block_ord, provider_id, sub_account, SUM(debt_start), SUM(charged), SUM(charged), 0, 0,
       SUM(debt_start), 0, SUM(debt_start)
FROM widen_lines GROUP BY block_id, bill_id, block_ord, provider_id, sub_account;

INSERT INTO billing_bill_lines (bill_provider_id, ord, contract_id, zone, unit, quantity, factor, tariff_kopecks,
                                price_per_unit, debt_start, paid, charged, social_support, adjustments, debt_end,
                                penalties, total_to_pay)
SELECT block_id, ord, contract_id, zone, unit, quantity, factor, tariff_kopecks, price_per_unit, debt_start, charged,
       charged, 0, 0, debt_start, 0, debt_start
FROM widen_lines;

INSERT INTO billing_payments (external_id, payment_date, account_id, provider_id, sub_account, amount, status, period)
SELECT 'H' || number || '-' || replace(period, '-', '') || '-' || provider,
       period || '-' || lpad((3 + block_id % 18)::text, 2, '0'), account_id, provider_id, sub_account, SUM(charged),
       'credited', period
FROM widen_lines GROUP BY block_id, number, period, provider, account_id, provider_id, sub_account
HAVING SUM(charged) > 0;

-- Readings: from each meter zone's earliest value v, k months back v − ⌊v·(10k + (7k + meter) mod 5)/600⌋,
-- which falls by at least 6/600 of v a month and stays ≥ 0 for k ≤ 47.
CREATE TEMP TABLE widen_readings ON COMMIT DROP AS
SELECT DISTINCT ON (r.meter_id, r.zone) r.meter_id, r.zone, r.reading_date, r.period, r.value_units, r.source,
       length(split_part(r.value, '.', 2)) AS scale
FROM billing_readings r JOIN billing_meters m ON m.id = r.meter_id JOIN billing_contracts c ON c.id = m.contract_id
JOIN widen_bills w ON w.account_id = c.account_id
ORDER BY r.meter_id, r.zone, r.reading_date;

INSERT INTO billing_readings (meter_id, zone, reading_date, period, value, value_units, source)
SELECT meter_id, zone, to_char(to_date(reading_date, 'YYYY-MM-DD') - make_interval(months => k), 'YYYY-MM-DD'),
       to_char(to_date(period || '-01', 'YYYY-MM-DD') - make_interval(months => k), 'YYYY-MM'),
       round(units / 10::numeric ^ scale, scale)::text, units, source
FROM (SELECT r.*, k, r.value_units - r.value_units * (10 * k + (7 * k + r.meter_id) % 5) / 600 AS units
      FROM widen_readings r CROSS JOIN generate_series(1, 47) AS k) AS back;

SET maintenance_work_mem = '1GB';
DO $$ DECLARE d record; BEGIN
    FOR d IN SELECT * FROM widen_schema ORDER BY kind = 'f' LOOP -- keys before the foreign keys to them
        EXECUTE d.definition;
    END LOOP;
END $$;

INSERT INTO account_versions (account_id, version)
SELECT DISTINCT l.account_id, 1 FROM account_links l JOIN widen_bills w ON w.account_id = l.account_id
ON CONFLICT (account_id) DO UPDATE SET version = account_versions.version + 1;

COMMIT;
