-- 0017: the readings history's ranges by date. Released: never edit, add a new file instead.
-- The history finds, per meter, the periods of its readings dated in the asked range; with the
-- date second and the period in the index, that is one range of it per meter, read from the index
-- alone, instead of every reading of the meter (SQLite) or a table row per reading (PostgreSQL).
CREATE INDEX billing_readings_date_idx ON billing_readings (meter_id, reading_date, period);
