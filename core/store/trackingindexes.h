#pragma once

#include "common/result.h"

namespace leadloop {

class Database;

/// The visitor-keyed indexes of the tracking tables, whose keys arrive in random order during a
/// load. A bulk load into empty tracking tables drops them first and builds them once at the end,
/// inside the same transaction: building an index over sorted data is far cheaper than keeping it
/// up to date row by row (shared/reference/performance-anchors.md, section 2). The indexes keyed
/// by session id and start time stay: sessions get their ids as they close, so those keys arrive
/// in order and only ever append.
class TrackingIndexes final
{
public:
    static Status drop(Database& db);
    static Status create(Database& db);
};

} // namespace leadloop
