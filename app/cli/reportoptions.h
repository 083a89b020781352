#pragma once

#include "analytics/conversionpaths.h"
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
    static void addDateRange(QCommandLineParser& parser, const QString& what);
    static void addAttribution(QCommandLineParser& parser);
    static Result<DateRange> dateRange(const QCommandLineParser& parser);
    /// --lookback-days, else the workspace's attribution_lookback_days.
    static Result<int> lookbackDays(const QCommandLineParser& parser, Database& db);
    /// --half-life-days, else 7.
    static Result<double> halfLifeDays(const QCommandLineParser& parser);
    /// --from and --to into the two bounds.
    static Status readRange(const QCommandLineParser& parser, std::optional<qint64>& from,
                            std::optional<qint64>& to);
    /// --conversion (default lead), --by and the date range of a path query.
    static Status readPathQuery(const QCommandLineParser& parser, PathQuery& query);
};

} // namespace leadloop::cli
