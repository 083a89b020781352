-- Version 7: lead scoring (docs/scoring.md). Every model trained is kept with what it was trained
-- on and how it did on its hold-out; the scores of open leads come from the newest model and are
-- replaced whole each time they are computed.
CREATE TABLE score_models (
    id           INTEGER PRIMARY KEY,
    trained_at   INTEGER NOT NULL,                 -- UTC ms
    trained_by   TEXT    NOT NULL,
    target       TEXT    NOT NULL,                 -- customer, won, property:NAME
    options      TEXT    NOT NULL,                 -- JSON: holdout, seed, split_date, exclude
    features     TEXT    NOT NULL,                 -- JSON: the feature list (docs/scoring.md)
    model        BLOB    NOT NULL,                 -- XGBoost's JSON; X'' once a newer model exists
    evaluation   TEXT    NOT NULL,                 -- JSON: metrics, curves, importance, leaks
    data_from    INTEGER,                          -- the training leads' earliest cut-off, UTC ms
    data_to      INTEGER,                          -- and latest
    train_rows   INTEGER NOT NULL,
    holdout_rows INTEGER NOT NULL,
    positives    INTEGER NOT NULL,
    auc          REAL,
    baseline_auc REAL,
    brier        REAL
);

CREATE TABLE lead_scores (
    contact_id  INTEGER PRIMARY KEY REFERENCES contacts(id),
    model_id    INTEGER NOT NULL REFERENCES score_models(id),
    scored_at   INTEGER NOT NULL,                  -- UTC ms
    cutoff      INTEGER NOT NULL,                  -- the moment the features describe, UTC ms
    probability REAL    NOT NULL,
    score       INTEGER NOT NULL,                  -- 0-100
    tier        TEXT,                              -- very_high, high, medium, low; NULL: no tiers
    factors     TEXT    NOT NULL                   -- JSON: [{feature, value, points}]
);
