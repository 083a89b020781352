-- Version 10: every ad click id a session's landing URL (or a mapped column) carried, kept for
-- sending outcomes back to the ad platforms (docs/ad-platforms.md). sessions.click_id keeps the
-- one that named the traffic source; a landing with a gclid and an fbclid keeps both here.
CREATE TABLE session_click_ids (
    session_id INTEGER NOT NULL REFERENCES sessions(id),
    kind       TEXT    NOT NULL,   -- gclid, gbraid, wbraid, dclid, msclkid, fbclid, li_fat_id, ttclid
    value      TEXT    NOT NULL,
    PRIMARY KEY (session_id, kind)
) WITHOUT ROWID;
CREATE INDEX session_click_ids_value ON session_click_ids(kind, value);

-- Sessions imported before: the click id they kept.
INSERT INTO session_click_ids (session_id, kind, value)
    SELECT id, click_id_type, click_id FROM sessions
    WHERE click_id_type IS NOT NULL AND click_id IS NOT NULL AND click_id <> '';
