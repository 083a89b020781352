-- Version 5: the rest of a team workspace's change log (docs/team.md, "What syncs"). Besides
-- outcome events (team_events), a replica records each import, import removal, setting,
-- lost-reason list, channel grouping and identity decision its users make (ChangeLog), and
-- the ones it applies from the server. uid is the change's id on the server and every replica,
-- seq its place in the server's log (NULL until sent), batch_id the import it made or removed
-- here. A change the server refused is taken back here and keeps the server's message.
CREATE TABLE team_changes (
    uid      TEXT    PRIMARY KEY,
    kind     TEXT    NOT NULL,                   -- import, batch_removed, setting,
                                                 -- lost_reasons, channel_rules, identity, tag
    at       INTEGER NOT NULL,                   -- when the user made it (UTC ms)
    by_user  TEXT    NOT NULL,
    payload  TEXT    NOT NULL,                   -- JSON, see docs/team.md
    batch_id INTEGER REFERENCES import_batches(id),
    seq      INTEGER,
    refused  TEXT
);
CREATE INDEX team_changes_unsent ON team_changes(at) WHERE seq IS NULL AND refused IS NULL;
CREATE INDEX team_changes_batch ON team_changes(batch_id) WHERE batch_id IS NOT NULL;

-- The file an import read, in zlib-compressed pieces, until the change is sent.
CREATE TABLE team_change_data (
    uid  TEXT    NOT NULL REFERENCES team_changes(uid) ON DELETE CASCADE,
    n    INTEGER NOT NULL,
    data BLOB    NOT NULL,
    PRIMARY KEY (uid, n)
);
