-- 0015: the caller search by surname reads customers only (docs/operations.md, «Operator
-- search»). Released: never edit, add a new file instead. Same dialect rules as 0001.

-- One index range for "customers whose surname starts with …", in the search's order (surname,
-- then id), so neither database sorts the range. On its own, search_surname left SQLite (no
-- statistics) to prefer users_role_idx and read every customer.
CREATE INDEX users_customer_surname_idx ON users (role, search_surname, id);
DROP INDEX users_search_surname_idx;
