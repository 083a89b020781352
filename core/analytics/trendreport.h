#pragma once

#include "analytics/periods.h"
#include "analytics/reportfilter.h"
#include "common/result.h"
#include "common/resulttable.h"

#include <optional>
#include <QCoreApplication>

namespace leadloop {

class Database;

/// The `trend` report (docs/metrics.md, "Trend"): one metric per day, ISO week, month or
/// quarter, optionally split by a dimension.
class TrendReport final
{
    Q_DECLARE_TR_FUNCTIONS(TrendReport)

public:
    struct Query
    {
        QString metric = QStringLiteral("sessions"); ///< sessions, leads, customers, revenue, cost
        Periods::Unit period = Periods::Unit::Week;
        QString split;       ///< empty, or a dimension
        ReportFilter filter; ///< events dated in its range, of the people and sessions it keeps
    };
    static QStringList metrics();
    static Result<ResultTable> run(Database& db, const Query& query);
};

} // namespace leadloop
