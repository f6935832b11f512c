-- 0014: the data versions behind the ETags of the account routes (docs/http-server.md,
-- «ETag»). Released: never edit, add a new file instead. A statement starting with {{SQLITE}}
-- or {{POSTGRES}} runs on that database only.
-- version grows with every write to what an account's answers show besides the billing import
-- (whose imports are counted by billing_imports): its links (and so its co-holders), the readings
-- and payment orders made in the cabinet (the readings and payments they write go with them, in
-- the same transaction), its appeals (the unread answers), and the names and contacts of the
-- customers linked to it. The database keeps it with triggers, so every instance and every
-- writer — the cabinet, the operators, a cascade when a customer is deleted — moves it.
CREATE TABLE account_versions (
    account_id BIGINT PRIMARY KEY,
    version BIGINT NOT NULL
);
INSERT INTO account_versions (account_id, version) SELECT DISTINCT account_id, 1 FROM account_links;

{{SQLITE}} CREATE TRIGGER account_links_version_insert AFTER INSERT ON account_links
BEGIN INSERT INTO account_versions (account_id, version) VALUES (NEW.account_id, 1) ON CONFLICT (account_id) DO UPDATE SET version = version + 1; END;
{{SQLITE}} CREATE TRIGGER account_links_version_update AFTER UPDATE ON account_links
BEGIN INSERT INTO account_versions (account_id, version) VALUES (NEW.account_id, 1) ON CONFLICT (account_id) DO UPDATE SET version = version + 1; END;
{{SQLITE}} CREATE TRIGGER account_links_version_delete AFTER DELETE ON account_links
BEGIN INSERT INTO account_versions (account_id, version) VALUES (OLD.account_id, 1) ON CONFLICT (account_id) DO UPDATE SET version = version + 1; END;
{{SQLITE}} CREATE TRIGGER reading_submissions_version_insert AFTER INSERT ON reading_submissions
BEGIN INSERT INTO account_versions (account_id, version) VALUES (NEW.account_id, 1) ON CONFLICT (account_id) DO UPDATE SET version = version + 1; END;
{{SQLITE}} CREATE TRIGGER reading_submissions_version_update AFTER UPDATE ON reading_submissions
BEGIN INSERT INTO account_versions (account_id, version) VALUES (NEW.account_id, 1) ON CONFLICT (account_id) DO UPDATE SET version = version + 1; END;
{{SQLITE}} CREATE TRIGGER reading_submissions_version_delete AFTER DELETE ON reading_submissions
BEGIN INSERT INTO account_versions (account_id, version) VALUES (OLD.account_id, 1) ON CONFLICT (account_id) DO UPDATE SET version = version + 1; END;
{{SQLITE}} CREATE TRIGGER payment_orders_version_insert AFTER INSERT ON payment_orders
BEGIN INSERT INTO account_versions (account_id, version) VALUES (NEW.account_id, 1) ON CONFLICT (account_id) DO UPDATE SET version = version + 1; END;
{{SQLITE}} CREATE TRIGGER payment_orders_version_update AFTER UPDATE ON payment_orders
BEGIN INSERT INTO account_versions (account_id, version) VALUES (NEW.account_id, 1) ON CONFLICT (account_id) DO UPDATE SET version = version + 1; END;
{{SQLITE}} CREATE TRIGGER payment_orders_version_delete AFTER DELETE ON payment_orders
BEGIN INSERT INTO account_versions (account_id, version) VALUES (OLD.account_id, 1) ON CONFLICT (account_id) DO UPDATE SET version = version + 1; END;
{{SQLITE}} CREATE TRIGGER appeals_version_insert AFTER INSERT ON appeals
BEGIN INSERT INTO account_versions (account_id, version) VALUES (NEW.account_id, 1) ON CONFLICT (account_id) DO UPDATE SET version = version + 1; END;
{{SQLITE}} CREATE TRIGGER appeals_version_update AFTER UPDATE ON appeals
BEGIN INSERT INTO account_versions (account_id, version) VALUES (NEW.account_id, 1) ON CONFLICT (account_id) DO UPDATE SET version = version + 1; END;
{{SQLITE}} CREATE TRIGGER appeals_version_delete AFTER DELETE ON appeals
BEGIN INSERT INTO account_versions (account_id, version) VALUES (OLD.account_id, 1) ON CONFLICT (account_id) DO UPDATE SET version = version + 1; END;
{{SQLITE}} CREATE TRIGGER users_version_update AFTER UPDATE ON users
BEGIN UPDATE account_versions SET version = version + 1 WHERE account_id IN (SELECT account_id FROM account_links WHERE user_id = NEW.id); END;

{{POSTGRES}} CREATE FUNCTION account_version_bump() RETURNS trigger LANGUAGE plpgsql
AS $$ DECLARE target BIGINT; BEGIN IF TG_OP = 'DELETE' THEN target := OLD.account_id; ELSE target := NEW.account_id; END IF; INSERT INTO account_versions (account_id, version) VALUES (target, 1) ON CONFLICT (account_id) DO UPDATE SET version = account_versions.version + 1; RETURN NULL; END $$;
{{POSTGRES}} CREATE TRIGGER account_links_version AFTER INSERT OR UPDATE OR DELETE ON account_links
FOR EACH ROW EXECUTE FUNCTION account_version_bump();
{{POSTGRES}} CREATE TRIGGER reading_submissions_version AFTER INSERT OR UPDATE OR DELETE ON reading_submissions
FOR EACH ROW EXECUTE FUNCTION account_version_bump();
{{POSTGRES}} CREATE TRIGGER payment_orders_version AFTER INSERT OR UPDATE OR DELETE ON payment_orders
FOR EACH ROW EXECUTE FUNCTION account_version_bump();
{{POSTGRES}} CREATE TRIGGER appeals_version AFTER INSERT OR UPDATE OR DELETE ON appeals
FOR EACH ROW EXECUTE FUNCTION account_version_bump();
{{POSTGRES}} CREATE FUNCTION account_version_bump_for_user() RETURNS trigger LANGUAGE plpgsql
AS $$ BEGIN UPDATE account_versions SET version = version + 1 WHERE account_id IN (SELECT account_id FROM account_links WHERE user_id = NEW.id); RETURN NULL; END $$;
{{POSTGRES}} CREATE TRIGGER users_version AFTER UPDATE ON users
FOR EACH ROW EXECUTE FUNCTION account_version_bump_for_user();

-- The payments in processing by account and the moment they count as credited: that moment
-- passing changes the answers without a write, so the version check counts those past it.
CREATE INDEX billing_payments_credit_idx ON billing_payments (account_id, credit_at) WHERE status = 'processing';
