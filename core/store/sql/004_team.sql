-- Version 4: team workspaces (docs/team.md). A workspace that is a replica of a team server
-- (the setting team.server is set) records each outcome event its users make for the next sync:
-- uid is the event's id on the server and every replica, seq its place in the server's log
-- (NULL until it is sent). Events pulled from the server are written with their uid and seq
-- while the setting team.applying is set, so that they are not sent back.
CREATE TABLE team_events (
    uid      TEXT    PRIMARY KEY,
    event_id INTEGER NOT NULL UNIQUE REFERENCES outcome_events(id),
    seq      INTEGER
);
CREATE INDEX team_events_unsent ON team_events(event_id) WHERE seq IS NULL;

CREATE TRIGGER team_events_record AFTER INSERT ON outcome_events
WHEN NEW.origin IN ('manual', 'undo')
    AND EXISTS (SELECT 1 FROM settings WHERE key = 'team.server')
    AND NOT EXISTS (SELECT 1 FROM settings WHERE key = 'team.applying')
BEGIN
    INSERT INTO team_events (uid, event_id) VALUES (lower(hex(randomblob(16))), NEW.id);
END;
