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
    /// Every saved funnel, by name (each with its name set); one that no longer reads is an
    /// error naming it.
    static Result<std::vector<FunnelDefinition>> loadAll(Database& db);
    /// name, steps, saved_at, saved_by; by name.
    static Result<ResultTable> list(Database& db);
};

} // namespace leadloop
