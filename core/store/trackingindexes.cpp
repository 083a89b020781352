#include "trackingindexes.h"

#include "database.h"

using namespace Qt::StringLiterals;

namespace leadloop {

// Keep in step with the schema (sql/001_initial.sql and the later steps).
Status TrackingIndexes::drop(Database& db)
{
    return db.exec(u"DROP INDEX visitors_cookie; DROP INDEX urls_key; DROP INDEX page_titles_key;"
                   u"DROP INDEX sessions_visitor;"
                   u"DROP INDEX events_visitor; DROP INDEX urls_path;"_s);
}

Status TrackingIndexes::create(Database& db)
{
    return db.exec(u"CREATE UNIQUE INDEX visitors_cookie ON visitors(cookie_id);"
                   u"CREATE INDEX urls_key ON urls(key);"
                   u"CREATE INDEX page_titles_key ON page_titles(key);"
                   u"CREATE INDEX sessions_visitor ON sessions(visitor_id, started_at, channel);"
                   u"CREATE INDEX events_visitor ON events(visitor_id, ts);"
                   u"CREATE INDEX urls_path ON urls(path);"_s);
}

} // namespace leadloop
