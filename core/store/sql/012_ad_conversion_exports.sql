-- Version 12: what each export of offline conversions sent to an ad platform
-- (docs/ad-platforms.md, "What LeadLoop remembers"): a re-export sends only what is new, and a
-- deal reopened or lost after it was sent as won is retracted where the platform allows it.
-- Contacts and deals are named by id without a reference: what was sent stays on record when an
-- import is removed.
CREATE TABLE ad_conversion_exports (
    id              INTEGER PRIMARY KEY,
    kind            TEXT    NOT NULL CHECK (kind IN ('conversion', 'retraction')),
    platform        TEXT    NOT NULL,   -- google-ads, google-ads-enhanced, microsoft-ads, meta, linkedin
    conversion_name TEXT    NOT NULL,
    stage           TEXT    NOT NULL CHECK (stage IN ('lead', 'opportunity', 'customer')),
    contact_id      INTEGER NOT NULL,
    deal_id         INTEGER NOT NULL DEFAULT 0,   -- 0 for a lead
    conversion_at   INTEGER NOT NULL,             -- UTC ms
    value_cents     INTEGER,
    currency        TEXT,
    click_kind      TEXT,
    click_id        TEXT,
    order_id        TEXT,
    exported_at     INTEGER NOT NULL,             -- UTC ms
    file            TEXT    NOT NULL,
    by_user         TEXT    NOT NULL
);
CREATE INDEX ad_conversion_exports_subject
    ON ad_conversion_exports (platform, conversion_name, stage, contact_id, deal_id, id);
