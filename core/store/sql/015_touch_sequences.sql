-- Version 15: each person's touches precomputed (docs/architecture.md, "Touch sequences"), so a
-- report reads one packed row per person instead of joining identity links to sessions.
--
-- Derived data, rebuilt for the people whose sessions, links or contact changed since
-- (TouchSequences::refresh), which every commit of a transaction does before it commits and
-- which the triggers below mark; a reader finding anything marked reads the sessions instead,
-- so what it reads is never behind.

-- The texts the packed touches refer to (channels, sources, media, campaigns).
CREATE TABLE touch_labels (
    id   INTEGER PRIMARY KEY,
    text TEXT    NOT NULL UNIQUE
);
-- A person is a contact (its id) or a visitor no contact owns (minus its id). A visitor belongs
-- to the contact of its earliest active link. Every contact has a row; a visitor has one when
-- it has sessions and no contact.
CREATE TABLE touch_sequences (
    person      INTEGER PRIMARY KEY,
    lead_at     INTEGER,           -- milestone: the contact's creation (NULL for a visitor)
    first_visit INTEGER,           -- milestone: its first session's start (NULL without one)
    sessions    INTEGER NOT NULL,  -- how many sessions `touches` packs
    touches     BLOB    NOT NULL   -- the sessions by visitor, each visitor's in time order
);
-- What to rebuild: minus a visitor id (its sessions or links changed), a contact id (it or its
-- links changed), or 0 (everything).
CREATE TABLE touch_stale (
    person INTEGER PRIMARY KEY
);

-- (No OR IGNORE in the triggers: an outer statement's conflict clause would override it.)
CREATE TRIGGER touch_sessions_inserted AFTER INSERT ON sessions BEGIN
    INSERT INTO touch_stale (person) SELECT -NEW.visitor_id
        WHERE NOT EXISTS (SELECT 1 FROM touch_stale WHERE person = -NEW.visitor_id);
END;
CREATE TRIGGER touch_sessions_updated AFTER UPDATE OF visitor_id, started_at, channel, source,
    medium, campaign, landing_url_id ON sessions
    WHEN OLD.visitor_id IS NOT NEW.visitor_id OR OLD.started_at IS NOT NEW.started_at
      OR OLD.channel IS NOT NEW.channel OR OLD.source IS NOT NEW.source
      OR OLD.medium IS NOT NEW.medium OR OLD.campaign IS NOT NEW.campaign
      OR OLD.landing_url_id IS NOT NEW.landing_url_id BEGIN
    INSERT INTO touch_stale (person) SELECT -OLD.visitor_id
        WHERE NOT EXISTS (SELECT 1 FROM touch_stale WHERE person = -OLD.visitor_id);
    INSERT INTO touch_stale (person) SELECT -NEW.visitor_id
        WHERE NOT EXISTS (SELECT 1 FROM touch_stale WHERE person = -NEW.visitor_id);
END;
CREATE TRIGGER touch_sessions_deleted AFTER DELETE ON sessions BEGIN
    INSERT INTO touch_stale (person) SELECT -OLD.visitor_id
        WHERE NOT EXISTS (SELECT 1 FROM touch_stale WHERE person = -OLD.visitor_id);
END;
CREATE TRIGGER touch_links_inserted AFTER INSERT ON identity_links BEGIN
    INSERT INTO touch_stale (person) SELECT -NEW.visitor_id
        WHERE NOT EXISTS (SELECT 1 FROM touch_stale WHERE person = -NEW.visitor_id);
    INSERT INTO touch_stale (person) SELECT NEW.contact_id
        WHERE NOT EXISTS (SELECT 1 FROM touch_stale WHERE person = NEW.contact_id);
END;
CREATE TRIGGER touch_links_updated AFTER UPDATE OF visitor_id, contact_id, linked_at, active
    ON identity_links BEGIN
    INSERT INTO touch_stale (person) SELECT -OLD.visitor_id
        WHERE NOT EXISTS (SELECT 1 FROM touch_stale WHERE person = -OLD.visitor_id);
    INSERT INTO touch_stale (person) SELECT OLD.contact_id
        WHERE NOT EXISTS (SELECT 1 FROM touch_stale WHERE person = OLD.contact_id);
    INSERT INTO touch_stale (person) SELECT -NEW.visitor_id
        WHERE NOT EXISTS (SELECT 1 FROM touch_stale WHERE person = -NEW.visitor_id);
    INSERT INTO touch_stale (person) SELECT NEW.contact_id
        WHERE NOT EXISTS (SELECT 1 FROM touch_stale WHERE person = NEW.contact_id);
END;
CREATE TRIGGER touch_links_deleted AFTER DELETE ON identity_links BEGIN
    INSERT INTO touch_stale (person) SELECT -OLD.visitor_id
        WHERE NOT EXISTS (SELECT 1 FROM touch_stale WHERE person = -OLD.visitor_id);
    INSERT INTO touch_stale (person) SELECT OLD.contact_id
        WHERE NOT EXISTS (SELECT 1 FROM touch_stale WHERE person = OLD.contact_id);
END;
CREATE TRIGGER touch_contacts_inserted AFTER INSERT ON contacts BEGIN
    INSERT INTO touch_stale (person) SELECT NEW.id
        WHERE NOT EXISTS (SELECT 1 FROM touch_stale WHERE person = NEW.id);
END;
CREATE TRIGGER touch_contacts_updated AFTER UPDATE OF id, created_at ON contacts
    WHEN OLD.id IS NOT NEW.id OR OLD.created_at IS NOT NEW.created_at BEGIN
    INSERT INTO touch_stale (person) SELECT OLD.id
        WHERE NOT EXISTS (SELECT 1 FROM touch_stale WHERE person = OLD.id);
    INSERT INTO touch_stale (person) SELECT NEW.id
        WHERE NOT EXISTS (SELECT 1 FROM touch_stale WHERE person = NEW.id);
END;
CREATE TRIGGER touch_contacts_deleted AFTER DELETE ON contacts BEGIN
    INSERT INTO touch_stale (person) SELECT OLD.id
        WHERE NOT EXISTS (SELECT 1 FROM touch_stale WHERE person = OLD.id);
END;
-- Everything, built when this step commits.
INSERT INTO touch_stale (person) VALUES (0);
