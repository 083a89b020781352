-- Version 13: custom funnels saved by name (docs/metrics.md, "Custom funnels"): the steps file's
-- JSON as the user saved it.
CREATE TABLE saved_funnels (
    name       TEXT    PRIMARY KEY,
    definition TEXT    NOT NULL,   -- the steps file (JSON)
    saved_at   INTEGER NOT NULL,   -- UTC ms
    saved_by   TEXT    NOT NULL
);
