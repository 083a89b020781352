-- Version 6: a contact's properties (docs/scoring.md, "Lead attributes"): every column of a CRM
-- import that no field maps, as read. Each import that changes a property adds a row, so the
-- current value is the one of the newest import (an empty value clears it) and removing an
-- import brings back the value before it. Types (number, category, date, yes/no, text) are
-- inferred from the current values when read.
CREATE TABLE contact_properties (
    contact_id INTEGER NOT NULL REFERENCES contacts(id),
    name       TEXT    NOT NULL,
    batch_id   INTEGER NOT NULL REFERENCES import_batches(id),
    value      TEXT,                               -- NULL: the import left it empty
    PRIMARY KEY (contact_id, name, batch_id)
);
CREATE INDEX contact_properties_name ON contact_properties(name);
CREATE INDEX contact_properties_batch ON contact_properties(batch_id);
