#pragma once

#include "analytics/attributionreport.h"
#include "analytics/conversionpaths.h"
#include "analytics/rateintervals.h"
#include "common/result.h"

#include <optional>
#include <QCommandLineParser>

namespace leadloop {
class Database;
}

namespace leadloop::cli {

/// --from and --to as UTC milliseconds: the start of the first day and the end of the last.
struct DateRange
{
    std::optional<qint64> from, to;
};

/// The options the report commands share (attribution, channels, deals): their definitions and
/// their parsing, with usage errors that name the option.
class ReportOptions final
{
    Q_DECLARE_TR_FUNCTIONS(ReportOptions)

public:
    /// --from and --to (the days of `what` counted), and the filter options: --channel,
    /// --campaign, --source-medium, --owner, --product and --contact FIELD=VALUE, repeatable.
    static void addFilter(QCommandLineParser& parser, const QString& what);
    /// The usage line's part for the filter options.
    static QString filterUsage();
    static void addAttribution(QCommandLineParser& parser);
    /// --bootstrap N and --seed N: percentile-bootstrap intervals of credits (or, described by
    /// `description`, of something else).
    static void addBootstrap(QCommandLineParser& parser, const QString& description = {});
    /// The bootstrap asked for (0 replicates: none), or a usage error naming the option.
    static Result<BootstrapOptions> bootstrap(const QCommandLineParser& parser);
    /// --intervals: the 95 % Wilson interval of every rate, as columns KEY_low and KEY_high.
    static void addIntervals(QCommandLineParser& parser);
    /// The table with its rates' intervals when --intervals was given (docs/metrics.md,
    /// "Uncertainty"); an error stays the error.
    static Result<ResultTable> withIntervals(const QCommandLineParser& parser,
                                             Result<ResultTable> table,
                                             const std::vector<RateIntervals::Rate>& rates);
    /// A dimension option (--by, --split): the session and people dimensions.
    static void addDimension(QCommandLineParser& parser, const QString& name);
    static Result<DateRange> dateRange(const QCommandLineParser& parser);
    /// --lookback-days, else the workspace's attribution_lookback_days.
    static Result<int> lookbackDays(const QCommandLineParser& parser, Database& db);
    /// --half-life-days, else 7.
    static Result<double> halfLifeDays(const QCommandLineParser& parser);
    /// The date range and the filter options into a filter.
    static Status readFilter(const QCommandLineParser& parser, ReportFilter& filter);
    /// --conversion (default lead), --by and the date range of a path query.
    static Status readPathQuery(const QCommandLineParser& parser, PathQuery& query);
};

} // namespace leadloop::cli
