-- Dateline corpus store, PostgreSQL, version 2: indexes measured on a 1M-event synthetic corpus (docs/PERFORMANCE.md).
-- The dyad series reads only this index (day, quad class and Goldstein are in it); it replaces events_dyad.
CREATE INDEX events_dyad_series ON events(source_country, target_country, event_date, quad_class, goldstein);
DROP INDEX events_dyad;
-- PLOVER type lists in date order (with an actor filter on top).
CREATE INDEX events_plover ON events(plover_type, event_date);
