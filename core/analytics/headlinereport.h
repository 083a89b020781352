#pragma once

#include "analytics/reportfilter.h"
#include "common/result.h"
#include "common/resulttable.h"

#include <QCoreApplication>

namespace leadloop {

class Database;

/// The dashboard's headline figures (docs/metrics.md, "Headlines"): visitors, leads, customers,
/// revenue, cost, ROI and win rate for a period, each with the same figure for the period of the
/// same length just before it and the change between them.
class HeadlineReport final
{
    Q_DECLARE_TR_FUNCTIONS(HeadlineReport)

public:
    /// Rows: metric, value, previous, change (a ratio; empty without a previous period or when
    /// the previous figure is 0). Without dates there is no previous period.
    static Result<ResultTable> run(Database& db, const ReportFilter& filter);
    /// Whether a figure's change is for the better: up, except for cost.
    static bool isImprovement(const QString& metric, double change)
    {
        return metric == QStringLiteral("cost") ? change <= 0 : change >= 0;
    }
};

} // namespace leadloop
