-- 0002: billing data loaded by `lkk-server import` (docs/billing-import.md). Released: never edit,
-- add a new file instead. Keys of the exchange format are UNIQUE here so imports upsert by them.
-- Money is BIGINT kopecks; exact decimals (quantities, areas) are TEXT in their machine form
-- ("0.0280"); dates are TEXT YYYY-MM-DD, billing periods TEXT YYYY-MM; times BIGINT ms (UTC).
CREATE TABLE billing_imports (
    id {{ID}},
    file_name TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    generated_at TEXT NOT NULL,
    generated_at_ms BIGINT NOT NULL,
    period_up_to TEXT NOT NULL,
    inserted INTEGER NOT NULL,
    updated INTEGER NOT NULL,
    unchanged INTEGER NOT NULL,
    imported_at BIGINT NOT NULL
);
CREATE INDEX billing_imports_generated_idx ON billing_imports (generated_at_ms);

CREATE TABLE billing_providers (
    id {{ID}},
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    inn TEXT NOT NULL,
    kpp TEXT NOT NULL,
    bank_name TEXT NOT NULL,
    bic TEXT NOT NULL,
    settlement_account TEXT NOT NULL,
    correspondent_account TEXT NOT NULL,
    operation_code TEXT NOT NULL DEFAULT ''
);

CREATE TABLE billing_tariffs (
    id {{ID}},
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    unit TEXT NOT NULL,
    zone TEXT NOT NULL DEFAULT ''
);

CREATE TABLE billing_tariff_values (
    id {{ID}},
    tariff_id BIGINT NOT NULL REFERENCES billing_tariffs (id),
    valid_from TEXT NOT NULL,
    value_kopecks BIGINT NOT NULL,
    period TEXT NOT NULL,
    UNIQUE (tariff_id, valid_from)
);

CREATE TABLE billing_accounts (
    id {{ID}},
    number TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    postal_code TEXT NOT NULL,
    region TEXT NOT NULL,
    district TEXT NOT NULL DEFAULT '',
    locality TEXT NOT NULL,
    street TEXT NOT NULL,
    house TEXT NOT NULL,
    flat TEXT NOT NULL DEFAULT '',
    address_display TEXT NOT NULL,
    address_full TEXT NOT NULL,
    owner_name TEXT NOT NULL,
    total_area TEXT NOT NULL,
    living_area TEXT NOT NULL,
    residents INTEGER NOT NULL,
    link_code TEXT NOT NULL
);

CREATE TABLE billing_contracts (
    id {{ID}},
    code TEXT NOT NULL UNIQUE,
    account_id BIGINT NOT NULL REFERENCES billing_accounts (id),
    provider_id BIGINT NOT NULL REFERENCES billing_providers (id),
    sub_account TEXT NOT NULL,
    service TEXT NOT NULL,
    service_kind TEXT NOT NULL
);
CREATE INDEX billing_contracts_account_idx ON billing_contracts (account_id);

-- The contract's tariffs in file order (ord), one per zone.
CREATE TABLE billing_contract_tariffs (
    contract_id BIGINT NOT NULL REFERENCES billing_contracts (id),
    tariff_id BIGINT NOT NULL REFERENCES billing_tariffs (id),
    ord INTEGER NOT NULL,
    PRIMARY KEY (contract_id, tariff_id)
);

CREATE TABLE billing_meters (
    id {{ID}},
    external_id TEXT NOT NULL UNIQUE,
    number TEXT NOT NULL,
    contract_id BIGINT NOT NULL REFERENCES billing_contracts (id),
    unit TEXT NOT NULL,
    zones TEXT NOT NULL,
    capacity_integer INTEGER NOT NULL,
    capacity_fraction INTEGER NOT NULL,
    verified_until TEXT NOT NULL,
    automatic INTEGER NOT NULL,
    installed_at TEXT NOT NULL DEFAULT ''
);
CREATE INDEX billing_meters_contract_idx ON billing_meters (contract_id);

-- value_units is the reading as an integer at the meter's scale (capacity_fraction digits).
CREATE TABLE billing_readings (
    id {{ID}},
    meter_id BIGINT NOT NULL REFERENCES billing_meters (id),
    zone TEXT NOT NULL,
    reading_date TEXT NOT NULL,
    period TEXT NOT NULL,
    value TEXT NOT NULL,
    value_units BIGINT NOT NULL,
    source TEXT NOT NULL,
    UNIQUE (meter_id, zone, reading_date)
);

CREATE TABLE billing_bills (
    id {{ID}},
    account_id BIGINT NOT NULL REFERENCES billing_accounts (id),
    period TEXT NOT NULL,
    total_to_pay BIGINT NOT NULL,
    penalties BIGINT NOT NULL,
    UNIQUE (account_id, period)
);

CREATE TABLE billing_bill_providers (
    id {{ID}},
    bill_id BIGINT NOT NULL REFERENCES billing_bills (id) ON DELETE CASCADE,
    ord INTEGER NOT NULL,
    provider_id BIGINT NOT NULL REFERENCES billing_providers (id),
    sub_account TEXT NOT NULL,
    debt_start BIGINT NOT NULL,
    paid BIGINT NOT NULL,
    charged BIGINT NOT NULL,
    social_support BIGINT NOT NULL,
    adjustments BIGINT NOT NULL,
    debt_end BIGINT NOT NULL,
    penalties BIGINT NOT NULL,
    total_to_pay BIGINT NOT NULL,
    UNIQUE (bill_id, provider_id)
);

-- quantity, factor, unit: '' when the line has none; tariff, price_per_unit: NULL then.
CREATE TABLE billing_bill_lines (
    id {{ID}},
    bill_provider_id BIGINT NOT NULL REFERENCES billing_bill_providers (id) ON DELETE CASCADE,
    ord INTEGER NOT NULL,
    contract_id BIGINT NOT NULL REFERENCES billing_contracts (id),
    zone TEXT NOT NULL DEFAULT '',
    unit TEXT NOT NULL DEFAULT '',
    quantity TEXT NOT NULL DEFAULT '',
    factor TEXT NOT NULL DEFAULT '',
    tariff_kopecks BIGINT,
    price_per_unit BIGINT,
    debt_start BIGINT NOT NULL,
    paid BIGINT NOT NULL,
    charged BIGINT NOT NULL,
    social_support BIGINT NOT NULL,
    adjustments BIGINT NOT NULL,
    debt_end BIGINT NOT NULL,
    penalties BIGINT NOT NULL,
    total_to_pay BIGINT NOT NULL,
    UNIQUE (bill_provider_id, contract_id, zone)
);

CREATE TABLE billing_payments (
    id {{ID}},
    external_id TEXT NOT NULL UNIQUE,
    payment_date TEXT NOT NULL,
    account_id BIGINT NOT NULL REFERENCES billing_accounts (id),
    provider_id BIGINT NOT NULL REFERENCES billing_providers (id),
    sub_account TEXT NOT NULL,
    amount BIGINT NOT NULL,
    status TEXT NOT NULL,
    period TEXT NOT NULL DEFAULT ''
);
CREATE INDEX billing_payments_account_idx ON billing_payments (account_id, payment_date);
