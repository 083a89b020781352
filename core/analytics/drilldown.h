#pragma once

#include "analytics/conversionpaths.h"
#include "analytics/customfunnel.h"
#include "analytics/funnelreport.h"
#include "common/result.h"
#include "common/resulttable.h"

#include <QCoreApplication>
#include <vector>

namespace leadloop {

class Database;

/// A figure of a report to drill into (docs/metrics.md, "Drilling down"): the leads or the
/// sessions behind one row of a report, or behind the whole report.
struct DrillRequest
{
    enum class Target
    {
        Leads,
        Sessions
    };
    Target target = Target::Leads;
    PathQuery query;              ///< the report's conversion kind, dimension, lookback and filter
    std::optional<QString> group; ///< the row; none: the whole report
    attribution::Model model = attribution::Model::Linear; ///< whose credit the figure shows
    attribution::Options options;
    QString funnelStage; ///< when set, the funnel's people at this stage (model: its grouping)
    /// When set, a custom funnel's people at one of its steps (group: the row's).
    struct CustomStep
    {
        CustomFunnel::Query funnel;
        int step = 0;            ///< 0-based
        bool droppedOff = false; ///< those who reached the step before it and not this one
    };
    std::optional<CustomStep> customStep;
    int limit = 5000; ///< sessions: at most this many rows, newest first
};

/// The people and sessions behind a report's figure (docs/metrics.md, "Drilling down"), for a
/// filter narrowed to the figure's row (ReportFilter::narrowed).
class DrillDown final
{
    Q_DECLARE_TR_FUNCTIONS(DrillDown)

public:
    /// The contacts behind a credited figure: those with a conversion of the query's kind the
    /// report counts (in the filter's range and scope) on whose path `model` gives `group` a
    /// share (a touch of the group with a positive weight; for markov and shapley, any touch of
    /// it; for "(none)", no touch). Without a group, every contact with a counted conversion.
    /// Ascending ids, each once.
    static Result<std::vector<qint64>> people(Database& db, const PathQuery& query,
                                              const std::optional<QString>& group = {},
                                              attribution::Model model = attribution::Model::Linear,
                                              const attribution::Options& options = {});
    /// The contacts the funnel counts in `group` at `stage` (leads, opportunities, customers,
    /// revenue). Ascending ids.
    static Result<std::vector<qint64>> funnelPeople(Database& db, FunnelReport::Query query,
                                                    const QString& group, const QString& stage);
    /// The people a custom funnel counts in `group` at `step` (0-based), or with `droppedOff`
    /// those it counts at the step before and not at this one: contact ids, ascending; anonymous
    /// visitors (who have no lead to list) only counted in `anonymous`.
    static Result<std::vector<qint64>> customFunnelPeople(Database& db, CustomFunnel::Query query,
                                                          const QString& group, int step,
                                                          bool droppedOff, qint64* anonymous);
    /// The sessions the filter keeps: started in its range, with its session attributes, of
    /// people in its scope (every session without a people filter). Newest first, at most
    /// `limit` rows; the meta `total` counts them all.
    static Result<ResultTable> sessions(Database& db, const ReportFilter& filter, int limit = 5000);
    /// What a request asks for: the leads table (as `leadloop-cli leads` prints it) of the
    /// people behind the figure, or its sessions; meta `people` or `total`, and `filter`.
    static Result<ResultTable> run(Database& db, const DrillRequest& request);
};

} // namespace leadloop
