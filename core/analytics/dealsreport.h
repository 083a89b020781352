#pragma once

#include "analytics/rateintervals.h"
#include "analytics/reportfilter.h"
#include "common/result.h"
#include "common/resulttable.h"

#include <optional>
#include <QCoreApplication>

namespace leadloop {

class Database;

/// The `deals` report (docs/metrics.md, "Deals"): per owner, product, account, first-touch
/// channel, stage or lost reason: deals, open, won, lost, won value, win rate, average won deal
/// and median days from creation to close.
class DealsReport final
{
    Q_DECLARE_TR_FUNCTIONS(DealsReport)

public:
    static QStringList dimensions();
    /// Deals created in the filter's range that it keeps (docs/metrics.md, "Filters").
    static Result<ResultTable> run(Database& db, const QString& dimension,
                                   const ReportFilter& filter = {});
    /// Its rates and the counts they divide, for their intervals (RateIntervals).
    static std::vector<RateIntervals::Rate> rates();
};

} // namespace leadloop
