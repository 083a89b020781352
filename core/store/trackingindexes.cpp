#include "trackingindexes.h"

#include "database.h"

using namespace Qt::StringLiterals;

namespace leadloop {

// Keep in step with sql/001_initial.sql.
Status TrackingIndexes::drop(Database& db)
{
    return db.exec(u"DROP INDEX sessions_visitor; DROP INDEX sessions_external; "
                   u"DROP INDEX events_visitor;"_s);
}

Status TrackingIndexes::create(Database& db)
{
    return db.exec(u"CREATE INDEX sessions_visitor ON sessions(visitor_id, started_at);"
                   u"CREATE INDEX sessions_external ON sessions(visitor_id, external_id);"
                   u"CREATE INDEX events_visitor ON events(visitor_id, ts);"_s);
}

} // namespace leadloop
