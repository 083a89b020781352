#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QStringList>

namespace leadloop {

class Database;

/// LeadLoop's own checks of what a workspace's rows say about each other, beyond SQLite's:
/// references to rows that are not there (foreign keys, including the URL and title
/// dictionaries), sessions whose page views or events are fewer than they count, and deals
/// whose outcome is not that of their latest outcome event. After a recovery they say what was
/// lost; on a whole workspace they find nothing.
class ConsistencyCheck final
{
    Q_DECLARE_TR_FUNCTIONS(ConsistencyCheck)

public:
    /// One sentence per problem found; empty when the rows agree.
    static Result<QStringList> run(Database& db);
};

} // namespace leadloop
