#pragma once

#include "analytics/funneldefinition.h"
#include "common/result.h"
#include "common/resulttable.h"

#include <QCoreApplication>

namespace leadloop {

class Database;

/// Custom funnels kept in the workspace by name (docs/metrics.md, "Custom funnels").
class SavedFunnels final
{
    Q_DECLARE_TR_FUNCTIONS(SavedFunnels)

public:
    /// Saves (or replaces) the funnel under `name`.
    static Status save(Database& db, const QString& name, const FunnelDefinition& definition,
                       const QString& user);
    /// NotFound when there is none of that name.
    static Result<FunnelDefinition> load(Database& db, const QString& name);
    static Status remove(Database& db, const QString& name);
    /// name, steps, saved_at, saved_by; by name.
    static Result<ResultTable> list(Database& db);
};

} // namespace leadloop
