#pragma once

#include "analytics/attributionmodels.h"
#include "analytics/rateintervals.h"
#include "analytics/reportfilter.h"
#include "analytics/resampling.h"
#include "common/result.h"
#include "common/resulttable.h"

#include <functional>
#include <optional>
#include <QCoreApplication>

namespace leadloop {

class Database;

/// The `funnel` report (docs/metrics.md, "Funnel"): visitors, leads, opportunities, customers
/// and revenue per group, the conversion rate of each step and overall, and the median days
/// between stages. People are grouped by one touch: their first (default), their last before
/// becoming a lead, or their last non-direct one.
class FunnelReport final
{
    Q_DECLARE_TR_FUNCTIONS(FunnelReport)

public:
    struct Query
    {
        QString dimension = QStringLiteral("channel");
        attribution::Model position =
            attribution::Model::FirstTouch; ///< first, last, last non-direct
        ReportFilter filter; ///< each stage counted by its own date; people and touches kept
        /// Sees each person as they are counted at a stage: their contact id, their group and
        /// the stage's column key (leads, opportunities, customers, revenue).
        std::function<void(qint64 person, const QString& group, const QString& stage)> observer;
        /// Bootstrap intervals of the rates (RATE_low, RATE_high): people resampled with their
        /// visitors (RateBootstrap).
        BootstrapOptions bootstrap;
    };
    static Result<ResultTable> run(Database& db, const Query& query);
    /// Its rates and the counts they divide, for their intervals (RateIntervals).
    static std::vector<RateIntervals::Rate> rates();
};

} // namespace leadloop
