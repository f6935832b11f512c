-- 0006: payment orders of the cabinet and the link from billing_payments to them.
-- Released: never edit, add a new file instead. Same dialect rules as 0001: {{ID}} is the only
-- substitution, times are BIGINT milliseconds (UTC), money BIGINT kopecks.
-- An order is created once per (user, Idempotency-Key); request_hash is the SHA-256 of the
-- canonical request so the same key with another body is refused (409 idempotency_conflict).
CREATE TABLE payment_orders (
    id TEXT PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    account_id BIGINT NOT NULL REFERENCES billing_accounts (id),
    idempotency_key TEXT NOT NULL,
    request_hash TEXT NOT NULL,
    status TEXT NOT NULL,
    total BIGINT NOT NULL,
    receipt_email TEXT,
    receipt_phone TEXT,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    processing_until BIGINT,
    paid_at BIGINT,
    decline_reason TEXT,
    receipt_sent INTEGER NOT NULL DEFAULT 0,
    UNIQUE (user_id, idempotency_key)
);
CREATE INDEX payment_orders_account_idx ON payment_orders (account_id, created_at);

CREATE TABLE payment_order_items (
    order_id TEXT NOT NULL REFERENCES payment_orders (id) ON DELETE CASCADE,
    ord INTEGER NOT NULL,
    provider_id BIGINT NOT NULL REFERENCES billing_providers (id),
    sub_account TEXT NOT NULL,
    amount BIGINT NOT NULL,
    PRIMARY KEY (order_id, ord)
);

-- Payments made in the cabinet: the order, when it was paid (for "paid after the bill was
-- issued") and when the processing payment counts as credited (read lazily, never rewritten).
ALTER TABLE billing_payments ADD COLUMN order_id TEXT;
ALTER TABLE billing_payments ADD COLUMN paid_at_ms BIGINT;
ALTER TABLE billing_payments ADD COLUMN credit_at BIGINT;
CREATE INDEX billing_payments_order_idx ON billing_payments (order_id);
