#pragma once

#include "analytics/attributionmodels.h"
#include "analytics/attributionreport.h"
#include "analytics/rateintervals.h"
#include "analytics/reportfilter.h"
#include "common/result.h"
#include "common/resulttable.h"

#include <optional>
#include <QCoreApplication>

namespace leadloop {

class Database;

/// The `channels` report (docs/metrics.md, "Channels"): per channel or other session dimension,
/// the traffic, the leads, opportunities, customers and revenue credited by one attribution
/// model, the cost, and what the cost bought (cost per lead, acquisition cost, ROI, ROAS).
class ChannelsReport final
{
    Q_DECLARE_TR_FUNCTIONS(ChannelsReport)

public:
    struct Query
    {
        QString dimension = QStringLiteral("channel");
        attribution::Model model = attribution::Model::Linear;
        attribution::Options options;
        int lookbackDays = 90;
        ReportFilter filter; ///< sessions, conversions and costs dated in its range, and kept
        /// Bootstrap intervals of the credited leads, opportunities, customers and revenue.
        BootstrapOptions bootstrap;
    };
    static Result<ResultTable> run(Database& db, const Query& query);
    /// Its rates and the counts they divide, for their intervals (RateIntervals): credited
    /// people, read as counts.
    static std::vector<RateIntervals::Rate> rates();
};

} // namespace leadloop
