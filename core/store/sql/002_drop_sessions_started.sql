-- Version 2: sessions_started goes. The covering index sessions_visitor (visitor_id, started_at,
-- channel) answers every query that read it (the span of sessions, the weekly trend) in the same
-- time, and each tracking import no longer builds and stores a second index of its sessions
-- (0.14 s and 8 MB per 2 million page views; docs/import.md).
DROP INDEX IF EXISTS sessions_started;
