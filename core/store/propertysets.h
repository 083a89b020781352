#pragma once

#include "common/result.h"

#include <functional>
#include <QtGlobal>
#include <string_view>

namespace leadloop {

class Database;

/// Each contact's current properties packed as one JSON object (schema version 8), rebuilt for
/// the contacts whose property rows changed since, which triggers mark stale (docs/scoring.md,
/// "Speed").
class PropertySets final
{
public:
    /// A contact and its current properties as a JSON object of name → value, names in order.
    using Visit = std::function<void(qint64 contact, std::string_view json)>;

    /// Packs the stale contacts again (in the caller's transaction when there is one).
    static Status refresh(Database& db);
    /// Drops every packed set and marks every contact with properties stale: for a file whose
    /// sets cannot be trusted (a recovered one).
    static Status invalidate(Database& db);
    /// Visits every contact with current properties: the packed set, or for a stale contact its
    /// values read from the rows (the same object), so what is read is never behind.
    static Status read(Database& db, const Visit& visit);
    /// How many contacts wait to be packed again.
    static Result<qint64> staleCount(Database& db);
};

} // namespace leadloop
