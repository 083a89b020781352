#include "trackingindexes.h"

#include "database.h"

using namespace Qt::StringLiterals;

namespace leadloop {

// Keep in step with sql/001_initial.sql.
Status TrackingIndexes::drop(Database& db)
{
    return db.exec(u"DROP INDEX visitors_cookie; DROP INDEX urls_url; DROP INDEX page_titles_title;"
                   u"DROP INDEX sessions_visitor; DROP INDEX sessions_started;"
                   u"DROP INDEX events_visitor;"_s);
}

Status TrackingIndexes::create(Database& db)
{
    return db.exec(u"CREATE UNIQUE INDEX visitors_cookie ON visitors(cookie_id);"
                   u"CREATE UNIQUE INDEX urls_url ON urls(url);"
                   u"CREATE UNIQUE INDEX page_titles_title ON page_titles(title);"
                   u"CREATE INDEX sessions_visitor ON sessions(visitor_id, started_at);"
                   u"CREATE INDEX sessions_started ON sessions(started_at);"
                   u"CREATE INDEX events_visitor ON events(visitor_id, ts);"_s);
}

} // namespace leadloop
