-- Version 11: what each person said about ad measurement (docs/ad-platforms.md, "Consent"):
-- Google's two consent signals, ad_user_data (may their data be sent to the ad platforms) and
-- ad_personalization (may it be used for personalised ads), as imported from a CRM column (per
-- contact) or a tracking column (per visitor), or set by hand.
CREATE TABLE consent_events (
    id         INTEGER PRIMARY KEY,
    contact_id INTEGER REFERENCES contacts(id),
    visitor_id INTEGER REFERENCES visitors(id),
    signal     TEXT    NOT NULL CHECK (signal IN ('ad_user_data', 'ad_personalization')),
    state      TEXT    NOT NULL CHECK (state IN ('granted', 'denied', 'unknown')),
    source     TEXT    NOT NULL CHECK (source IN ('crm', 'tracking', 'manual')),
    at         INTEGER NOT NULL,                   -- UTC ms: when it was said or set
    batch_id   INTEGER REFERENCES import_batches(id),
    by_user    TEXT,                               -- who set it by hand
    CHECK ((contact_id IS NULL) <> (visitor_id IS NULL))
);
CREATE INDEX consent_events_contact ON consent_events(contact_id, signal);
CREATE INDEX consent_events_visitor ON consent_events(visitor_id, signal);

-- The rule, written once: a person's state of a signal is the latest choice set by hand (an
-- "unknown" set by hand clears it); without one, denied when any import says denied (the
-- person's CRM row, or the tracking of a visitor linked to them), else granted when one says
-- granted, else unknown.
CREATE VIEW contact_consent AS
    WITH signals (signal) AS (VALUES ('ad_user_data'), ('ad_personalization'))
    SELECT c.id AS contact_id, s.signal,
           coalesce(
               (SELECT nullif(m.state, 'unknown') FROM consent_events m
                WHERE m.contact_id = c.id AND m.signal = s.signal AND m.source = 'manual'
                ORDER BY m.at DESC, m.id DESC LIMIT 1),
               CASE WHEN EXISTS (SELECT 1 FROM consent_events x
                                 WHERE x.contact_id = c.id AND x.signal = s.signal
                                   AND x.source <> 'manual' AND x.state = 'denied')
                      OR EXISTS (SELECT 1 FROM identity_links l
                                 JOIN consent_events e ON e.visitor_id = l.visitor_id
                                 WHERE l.contact_id = c.id AND l.active = 1
                                   AND e.signal = s.signal AND e.state = 'denied')
                    THEN 'denied'
                    WHEN EXISTS (SELECT 1 FROM consent_events x
                                 WHERE x.contact_id = c.id AND x.signal = s.signal
                                   AND x.source <> 'manual' AND x.state = 'granted')
                      OR EXISTS (SELECT 1 FROM identity_links l
                                 JOIN consent_events e ON e.visitor_id = l.visitor_id
                                 WHERE l.contact_id = c.id AND l.active = 1
                                   AND e.signal = s.signal AND e.state = 'granted')
                    THEN 'granted' END,
               'unknown') AS state
    FROM contacts c CROSS JOIN signals s;
