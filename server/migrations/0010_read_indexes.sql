-- 0010: indexes of the read routes. Released: never edit, add a new file instead.
-- A meter zone's readings by billing period: the readings routes read the periods they show and
-- the few before them (docs/domain.md §6) without going through the meter's whole past.
CREATE INDEX billing_readings_period_idx ON billing_readings (meter_id, zone, period);
