#pragma once

#include "analytics/resampling.h"
#include "analytics/attributionmodels.h"
#include "analytics/conversionpaths.h"
#include "common/result.h"
#include "common/resulttable.h"

#include <QCoreApplication>

namespace leadloop {

class Database;

/// The `attribution` report (docs/metrics.md): conversions and value credited to each group by
/// one model, or by every model side by side.
class AttributionReport final
{
    Q_DECLARE_TR_FUNCTIONS(AttributionReport)

public:
    using Bootstrap = BootstrapOptions;

    /// One model: columns <dimension>, conversions, value. Several: <model>_conversions and
    /// <model>_value per model. Rows by the first model's conversions, largest first.
    static Result<ResultTable> run(Database& db, const QList<attribution::Model>& models,
                                   const PathQuery& query, const attribution::Options& options,
                                   const Bootstrap& bootstrap = {});
    /// The same table from paths already built (a workspace's, or path data), with the meta
    /// models, half_life_days, conversions and value.
    static ResultTable credit(const std::vector<attribution::Path>& paths,
                              const QList<attribution::Model>& models,
                              const attribution::Options& options,
                              const QString& dimension = QStringLiteral("channel"),
                              const ReportFilter& filter = {}, const Bootstrap& bootstrap = {});
};

} // namespace leadloop
