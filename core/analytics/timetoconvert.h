#pragma once

#include "analytics/funneldefinition.h"
#include "analytics/rateintervals.h"
#include "common/result.h"
#include "common/resulttable.h"

#include <optional>
#include <QCoreApplication>

namespace leadloop {

class Database;

/// How long people take from one step to another (docs/metrics.md, "Time to convert"): per
/// group (a dimension, or the week or month the first step happened in), how many took the
/// first step and how many then the second, the days between as percentiles and mean, and a
/// histogram of them.
class TimeToConvert final
{
    Q_DECLARE_TR_FUNCTIONS(TimeToConvert)

public:
    struct Query
    {
        FunnelStep from, to;
        QString dimension; ///< empty: everyone together
        QString cohort;    ///< week or month: group by the first step's period instead
    };
    static Result<ResultTable> run(Database& db, const Query& query);
    /// Its rate and the counts it divides, for its intervals (RateIntervals).
    static std::vector<RateIntervals::Rate> rates();
    /// The histogram's columns, shortest time first.
    static QStringList histogramKeys();
    /// A step as the CLI names it: first-visit, lead, opportunity, customer, lost, form,
    /// event:NAME, page:PATTERN, deal-stage:STAGE, lifecycle-stage:STAGE, or a channel:NAME
    /// (source:, medium:, campaign:) session.
    static Result<FunnelStep> parseStep(const QString& text);
};

} // namespace leadloop
