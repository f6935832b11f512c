-- 0016: the billing import's own references without foreign keys on PostgreSQL
-- (docs/billing-import.md, «References»). Released: never edit, add a new file instead. A
-- statement starting with {{POSTGRES}} runs on that database only.
-- Only the import writes these tables, it resolves every reference it writes to a row in the
-- same transaction (or one it just inserted), imports serialize, and nothing deletes the rows
-- referred to; checking each inserted row again was most of the server's work in an import. The
-- references of tables the cabinet writes too (readings, payments) keep their keys. SQLite keeps
-- all its keys (dropping one there means rebuilding the table; its check is a lookup by row id).
{{POSTGRES}} ALTER TABLE billing_tariff_values DROP CONSTRAINT billing_tariff_values_tariff_id_fkey;
{{POSTGRES}} ALTER TABLE billing_contracts DROP CONSTRAINT billing_contracts_account_id_fkey, DROP CONSTRAINT billing_contracts_provider_id_fkey;
{{POSTGRES}} ALTER TABLE billing_contract_tariffs DROP CONSTRAINT billing_contract_tariffs_contract_id_fkey, DROP CONSTRAINT billing_contract_tariffs_tariff_id_fkey;
{{POSTGRES}} ALTER TABLE billing_meters DROP CONSTRAINT billing_meters_contract_id_fkey;
{{POSTGRES}} ALTER TABLE billing_bills DROP CONSTRAINT billing_bills_account_id_fkey;
{{POSTGRES}} ALTER TABLE billing_bill_providers DROP CONSTRAINT billing_bill_providers_bill_id_fkey, DROP CONSTRAINT billing_bill_providers_provider_id_fkey;
{{POSTGRES}} ALTER TABLE billing_bill_lines DROP CONSTRAINT billing_bill_lines_bill_provider_id_fkey, DROP CONSTRAINT billing_bill_lines_contract_id_fkey;

-- Only the cabinet's readings and payments have a submission or an order; the imported ones (nearly
-- all rows) stay out of these indexes, and so does the import's work on them.
DROP INDEX billing_readings_submission_idx;
CREATE INDEX billing_readings_submission_idx ON billing_readings (submission_ref) WHERE submission_ref IS NOT NULL;
DROP INDEX billing_payments_order_idx;
CREATE INDEX billing_payments_order_idx ON billing_payments (order_id) WHERE order_id IS NOT NULL;
