-- Version 8: each contact's current properties packed in one row, so that scoring 50,000 leads
-- reads 50,000 rows instead of five million (docs/scoring.md, "Speed").
--
-- The rule of which value is current, written once: the newest import's row of each contact and
-- name (no row of a later import for the same contact and name); an empty value clears the
-- property. A plain view, so that a query for one contact or name uses the primary key.
CREATE VIEW current_contact_properties AS
    SELECT p.contact_id, p.name, p.value
    FROM contact_properties p
    WHERE p.value IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM contact_properties q
                      WHERE q.contact_id = p.contact_id AND q.name = p.name
                        AND q.batch_id > p.batch_id);

-- The current properties of a contact as a JSON object, names in order. Derived data: rebuilt
-- from the view for the contacts that changed since (PropertySets::refresh); readers take a
-- stale contact's values from the view instead, so this table is never wrong, only behind.
CREATE TABLE contact_property_sets (
    contact_id INTEGER PRIMARY KEY,
    properties TEXT    NOT NULL
);
-- Contacts whose properties changed since their set was packed.
CREATE TABLE contact_property_stale (
    contact_id INTEGER PRIMARY KEY
);
-- (No OR IGNORE in the triggers: an outer statement's conflict clause, an upsert's for one,
-- would override it.)
CREATE TRIGGER contact_properties_inserted AFTER INSERT ON contact_properties BEGIN
    INSERT INTO contact_property_stale (contact_id) SELECT NEW.contact_id
        WHERE NOT EXISTS (SELECT 1 FROM contact_property_stale WHERE contact_id = NEW.contact_id);
END;
CREATE TRIGGER contact_properties_updated AFTER UPDATE ON contact_properties BEGIN
    INSERT INTO contact_property_stale (contact_id) SELECT OLD.contact_id
        WHERE NOT EXISTS (SELECT 1 FROM contact_property_stale WHERE contact_id = OLD.contact_id);
    INSERT INTO contact_property_stale (contact_id) SELECT NEW.contact_id
        WHERE NOT EXISTS (SELECT 1 FROM contact_property_stale WHERE contact_id = NEW.contact_id);
END;
CREATE TRIGGER contact_properties_deleted AFTER DELETE ON contact_properties BEGIN
    INSERT INTO contact_property_stale (contact_id) SELECT OLD.contact_id
        WHERE NOT EXISTS (SELECT 1 FROM contact_property_stale WHERE contact_id = OLD.contact_id);
END;
INSERT INTO contact_property_stale (contact_id) SELECT DISTINCT contact_id FROM contact_properties;
