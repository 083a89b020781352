-- LeadLoop workspace schema, version 1. Documented in docs/data-model.md.
-- Times are UTC milliseconds since 1970-01-01 (INTEGER); calendar days are the UTC midnight of
-- that day in the same unit. Money is INTEGER minor units (cents) with a currency code beside it.

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE import_batches (
    id               INTEGER PRIMARY KEY,
    kind             TEXT    NOT NULL,            -- tracking, crm, costs, rates, demo
    source_name      TEXT    NOT NULL,            -- file name or generator name
    source_size      INTEGER,
    source_sha256    TEXT,
    preset           TEXT,
    options          TEXT,                        -- JSON of the options the import ran with
    started_at       INTEGER NOT NULL,
    finished_at      INTEGER,
    status           TEXT    NOT NULL DEFAULT 'running', -- running, committed, removed
    created_by       TEXT,
    rows_read        INTEGER NOT NULL DEFAULT 0,
    rows_imported    INTEGER NOT NULL DEFAULT 0,
    rows_rejected    INTEGER NOT NULL DEFAULT 0,
    duplicates       INTEGER NOT NULL DEFAULT 0,
    visitors_created INTEGER NOT NULL DEFAULT 0,
    sessions_created INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE import_issues (
    id         INTEGER PRIMARY KEY,
    batch_id   INTEGER NOT NULL REFERENCES import_batches(id) ON DELETE CASCADE,
    severity   TEXT    NOT NULL,                  -- error (row rejected), warning, info
    row_number INTEGER,                           -- 1-based line of the source, header is row 1
    column_name TEXT,
    code       TEXT    NOT NULL,
    message    TEXT    NOT NULL,
    raw_row    TEXT
);
CREATE INDEX import_issues_batch ON import_issues(batch_id, row_number);

CREATE TABLE visitors (
    id         INTEGER PRIMARY KEY,
    cookie_id  TEXT    NOT NULL,
    first_seen INTEGER NOT NULL,
    last_seen  INTEGER NOT NULL,
    batch_id   INTEGER REFERENCES import_batches(id)
);
CREATE UNIQUE INDEX visitors_cookie ON visitors(cookie_id);

-- Every distinct URL (pages viewed, landing pages, referrers) is stored once; rows point here.
-- key is 64 bits of the text's fingerprint (docs/data-model.md): lookups go through its small
-- integer index and then compare the text.
CREATE TABLE urls (
    id   INTEGER PRIMARY KEY,
    key  INTEGER NOT NULL,
    url  TEXT    NOT NULL,
    host TEXT,                                    -- lower case, without "www."
    path TEXT                                     -- the path without query or fragment
);
CREATE INDEX urls_key ON urls(key);

-- Every distinct page title is stored once, found like URLs.
CREATE TABLE page_titles (
    id    INTEGER PRIMARY KEY,
    key   INTEGER NOT NULL,
    title TEXT    NOT NULL
);
CREATE INDEX page_titles_key ON page_titles(key);

CREATE TABLE sessions (
    id            INTEGER PRIMARY KEY,
    visitor_id    INTEGER NOT NULL REFERENCES visitors(id),
    external_id   TEXT,                           -- ga_session_id, visitId, domain_sessionid
    started_at    INTEGER NOT NULL,
    ended_at      INTEGER NOT NULL,
    landing_url_id  INTEGER REFERENCES urls(id),
    referrer_url_id INTEGER REFERENCES urls(id),
    referrer_host TEXT,
    source        TEXT    NOT NULL DEFAULT '(direct)',
    medium        TEXT    NOT NULL DEFAULT '(none)',
    campaign      TEXT,
    term          TEXT,
    content       TEXT,
    utm_id        TEXT,
    click_id_type TEXT,                           -- gclid, fbclid, msclkid, ...
    click_id      TEXT,
    channel       TEXT    NOT NULL,
    channel_rule  TEXT,                           -- the rule that fired, e.g. ga4:paid_search
    pageviews     INTEGER NOT NULL DEFAULT 0,
    events        INTEGER NOT NULL DEFAULT 0,
    conversions   INTEGER NOT NULL DEFAULT 0,
    batch_id      INTEGER REFERENCES import_batches(id)
);
CREATE INDEX sessions_visitor ON sessions(visitor_id, started_at, channel);
CREATE INDEX sessions_started ON sessions(started_at);

-- Page views are clustered by session: a visitor's journey reads one range of the table.
CREATE TABLE pageviews (
    session_id      INTEGER NOT NULL REFERENCES sessions(id),
    seq             INTEGER NOT NULL,             -- 0, 1, ... in the order the views were stored
    ts              INTEGER NOT NULL,
    url_id          INTEGER REFERENCES urls(id),
    title_id        INTEGER REFERENCES page_titles(id),
    referrer_url_id INTEGER REFERENCES urls(id),
    event_key       TEXT,                         -- source event id, used to skip duplicates
    batch_id        INTEGER REFERENCES import_batches(id),
    PRIMARY KEY (session_id, seq)
) WITHOUT ROWID;

-- Page views with their text, for reading.
CREATE VIEW pageview_details AS
SELECT p.session_id, p.seq, s.visitor_id, p.ts, u.url, u.host, u.path, t.title,
       r.url AS referrer, p.event_key, p.batch_id
FROM pageviews p
JOIN sessions s ON s.id = p.session_id
LEFT JOIN urls u ON u.id = p.url_id
LEFT JOIN page_titles t ON t.id = p.title_id
LEFT JOIN urls r ON r.id = p.referrer_url_id;

-- Sessions with their landing page and referrer as text, for reading.
CREATE VIEW session_details AS
SELECT s.*, l.url AS landing_url, l.path AS landing_path, r.url AS referrer
FROM sessions s
LEFT JOIN urls l ON l.id = s.landing_url_id
LEFT JOIN urls r ON r.id = s.referrer_url_id;

CREATE TABLE events (
    id            INTEGER PRIMARY KEY,
    session_id    INTEGER REFERENCES sessions(id),
    visitor_id    INTEGER NOT NULL,               -- denormalised from the session
    ts            INTEGER NOT NULL,
    name          TEXT    NOT NULL,
    event_key     TEXT,                           -- source event id, used to skip duplicates
    is_conversion INTEGER NOT NULL DEFAULT 0,
    value_cents   INTEGER,
    currency      TEXT,
    email         TEXT,                           -- normalised e-mail carried by a form
    user_id       TEXT,
    url           TEXT,
    batch_id      INTEGER REFERENCES import_batches(id)
);
CREATE INDEX events_visitor ON events(visitor_id, ts);
CREATE INDEX events_session ON events(session_id);
CREATE UNIQUE INDEX events_key ON events(event_key) WHERE event_key IS NOT NULL;

CREATE TABLE contacts (
    id              INTEGER PRIMARY KEY,
    external_id     TEXT UNIQUE,                  -- CRM record id
    email           TEXT UNIQUE,                  -- normalised: trimmed, lower-case
    first_name      TEXT,
    last_name       TEXT,
    phone           TEXT,
    company         TEXT,
    job_title       TEXT,
    created_at      INTEGER NOT NULL,             -- CRM creation or first conversion, earlier
    lifecycle_stage TEXT,
    lead_source     TEXT,
    owner           TEXT,
    batch_id        INTEGER REFERENCES import_batches(id)
);

CREATE TABLE identity_links (
    id         INTEGER PRIMARY KEY,
    visitor_id INTEGER NOT NULL REFERENCES visitors(id),
    contact_id INTEGER NOT NULL REFERENCES contacts(id),
    method     TEXT    NOT NULL,                  -- form_email, crm_cookie, manual
    linked_at  INTEGER NOT NULL,
    active     INTEGER NOT NULL DEFAULT 1,
    batch_id   INTEGER REFERENCES import_batches(id),
    UNIQUE (visitor_id, contact_id)
);
CREATE INDEX identity_links_contact ON identity_links(contact_id);

CREATE TABLE identity_log (
    id         INTEGER PRIMARY KEY,
    visitor_id INTEGER NOT NULL REFERENCES visitors(id),
    contact_id INTEGER REFERENCES contacts(id),
    action     TEXT    NOT NULL,                  -- link, unlink, conflict, keep_apart
    at         INTEGER NOT NULL,
    by_user    TEXT    NOT NULL,
    reason     TEXT
);

CREATE TABLE deals (
    id           INTEGER PRIMARY KEY,
    external_id  TEXT UNIQUE,
    contact_id   INTEGER REFERENCES contacts(id),
    name         TEXT,
    amount_cents INTEGER,
    currency     TEXT,
    stage        TEXT,
    outcome      TEXT    NOT NULL DEFAULT 'open' CHECK (outcome IN ('open', 'won', 'lost')),
    created_at   INTEGER NOT NULL,
    closed_at    INTEGER,
    lost_reason  TEXT,
    owner        TEXT,
    product      TEXT,
    account      TEXT,
    campaign     TEXT,
    batch_id     INTEGER REFERENCES import_batches(id)
);
CREATE INDEX deals_contact ON deals(contact_id);

CREATE TABLE deal_stage_history (
    id           INTEGER PRIMARY KEY,
    deal_id      INTEGER NOT NULL REFERENCES deals(id),
    stage        TEXT    NOT NULL,
    changed_at   INTEGER NOT NULL,
    amount_cents INTEGER,
    origin       TEXT    NOT NULL,                -- import, manual, demo
    batch_id     INTEGER REFERENCES import_batches(id)
);
CREATE INDEX deal_stage_history_deal ON deal_stage_history(deal_id, changed_at);

-- Append-only audit of every outcome change; triggers below refuse updates.
CREATE TABLE outcome_events (
    id           INTEGER PRIMARY KEY,
    deal_id      INTEGER NOT NULL REFERENCES deals(id),
    at           INTEGER NOT NULL,                -- when the outcome took effect
    recorded_at  INTEGER NOT NULL,                -- when LeadLoop wrote this row
    by_user      TEXT    NOT NULL,
    old_outcome  TEXT    NOT NULL CHECK (old_outcome IN ('open', 'won', 'lost')),
    new_outcome  TEXT    NOT NULL CHECK (new_outcome IN ('open', 'won', 'lost')),
    amount_cents INTEGER,
    currency     TEXT,
    reason       TEXT,
    note         TEXT,
    origin       TEXT    NOT NULL,                -- manual, crm, demo, undo
    batch_id     INTEGER REFERENCES import_batches(id)
);
CREATE INDEX outcome_events_deal ON outcome_events(deal_id, at);
CREATE TRIGGER outcome_events_append_only BEFORE UPDATE ON outcome_events
BEGIN
    SELECT RAISE(ABORT, 'outcome_events is append-only');
END;

CREATE TABLE lost_reasons (
    id       INTEGER PRIMARY KEY,
    name     TEXT    NOT NULL UNIQUE,
    position INTEGER NOT NULL
);
INSERT INTO lost_reasons (name, position) VALUES
    ('price', 1), ('timing', 2), ('competitor', 3), ('no budget', 4), ('no response', 5),
    ('not a fit', 6);

CREATE TABLE campaigns (
    id         INTEGER PRIMARY KEY,
    name       TEXT    NOT NULL,                  -- utm_campaign
    source     TEXT    NOT NULL DEFAULT '',
    medium     TEXT    NOT NULL DEFAULT '',
    channel    TEXT,
    utm_id     TEXT,
    starts_on  INTEGER,
    ends_on    INTEGER,
    batch_id   INTEGER REFERENCES import_batches(id),
    UNIQUE (name, source, medium)
);

-- Contacts a CRM campaign reached (Salesforce campaign members), with their member status.
CREATE TABLE campaign_members (
    id         INTEGER PRIMARY KEY,
    campaign   TEXT    NOT NULL,                  -- the CRM's campaign id or name
    contact_id INTEGER NOT NULL REFERENCES contacts(id),
    status     TEXT,                              -- e.g. Sent, Responded
    joined_at  INTEGER,
    batch_id   INTEGER REFERENCES import_batches(id),
    UNIQUE (campaign, contact_id)
);

CREATE TABLE campaign_costs (
    id           INTEGER PRIMARY KEY,
    campaign_id  INTEGER NOT NULL REFERENCES campaigns(id),
    day          INTEGER NOT NULL,
    cost_cents   INTEGER NOT NULL,
    currency     TEXT    NOT NULL,
    clicks       INTEGER,
    impressions  INTEGER,
    batch_id     INTEGER REFERENCES import_batches(id),
    UNIQUE (campaign_id, day, currency)
);

CREATE TABLE currency_rates (
    day        INTEGER NOT NULL,
    currency   TEXT    NOT NULL,
    rate       TEXT    NOT NULL,                  -- reporting currency units per 1 unit, decimal
    batch_id   INTEGER REFERENCES import_batches(id),
    PRIMARY KEY (day, currency)
);

CREATE TABLE channel_rules (
    id        INTEGER PRIMARY KEY,
    rule_set  TEXT    NOT NULL,                   -- custom rule sets; ga4 and hubspot ship in resources
    position  INTEGER NOT NULL,
    channel   TEXT    NOT NULL,
    condition TEXT    NOT NULL,                   -- JSON condition, see docs/tracking.md
    UNIQUE (rule_set, position)
);

INSERT INTO settings (key, value) VALUES
    ('reporting_currency', 'EUR'),
    ('session_timeout_minutes', '30'),
    ('channel_rule_set', 'ga4'),
    ('attribution_lookback_days', '90');
