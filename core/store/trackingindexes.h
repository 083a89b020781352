#pragma once

#include "common/result.h"

namespace leadloop {

class Database;

/// The secondary indexes of the tracking tables (cookie ids, URLs, titles, visitor-keyed ones),
/// whose keys arrive in random order during a load. A bulk load into empty tracking tables drops
/// them first and builds them once at the end, inside the same transaction: building an index
/// over sorted data is far cheaper than keeping it up to date row by row
/// (shared/reference/performance-anchors.md, section 2). The load itself needs none of them: it
/// keeps what it has written in memory.
class TrackingIndexes final
{
public:
    static Status drop(Database& db);
    static Status create(Database& db);
};

} // namespace leadloop
