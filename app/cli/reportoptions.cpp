#include "reportoptions.h"

#include "ingest/timeparser.h"
#include "store/database.h"

using namespace Qt::StringLiterals;

namespace leadloop::cli {

void ReportOptions::addDateRange(QCommandLineParser& parser, const QString& what)
{
    parser.addOption({u"from"_s, tr("First day of %1 counted (UTC).").arg(what), u"DATE"_s});
    parser.addOption({u"to"_s, tr("Last day of %1 counted (UTC).").arg(what), u"DATE"_s});
}

void ReportOptions::addAttribution(QCommandLineParser& parser)
{
    parser.addOption({u"lookback-days"_s,
                      tr("Touches at most this many days before a conversion; 0 means unlimited "
                         "(default: the workspace's, 90)."),
                      u"N"_s});
    parser.addOption(
        {u"half-life-days"_s, tr("The time_decay half-life in days (default 7)."), u"N"_s});
}

Result<DateRange> ReportOptions::dateRange(const QCommandLineParser& parser)
{
    DateRange range;
    for (const QString& option : {u"from"_s, u"to"_s}) {
        if (!parser.isSet(option))
            continue;
        const QByteArray text = parser.value(option).toUtf8();
        const auto day =
            TimeParser().parse(std::string_view(text.constData(), size_t(text.size())));
        if (!day)
            return Error{ErrorCode::InvalidArgument,
                         tr("--%1: '%2' is not a date (write 2024-03-05).")
                             .arg(option, parser.value(option))};
        if (option == u"from")
            range.from = *day;
        else
            range.to = *day + 86'400'000 - 1; // the whole day, inclusive
    }
    return range;
}

Result<int> ReportOptions::lookbackDays(const QCommandLineParser& parser, Database& db)
{
    if (!parser.isSet(u"lookback-days"_s))
        return int(db.scalar(u"SELECT CAST(value AS INTEGER) FROM settings WHERE key = "
                             u"'attribution_lookback_days'"_s)
                       .value_or(90));
    bool ok = false;
    const int days = parser.value(u"lookback-days"_s).toInt(&ok);
    if (!ok || days < 0)
        return Error{ErrorCode::InvalidArgument,
                     tr("--lookback-days takes 0 (unlimited) or more days.")};
    return days;
}

Result<double> ReportOptions::halfLifeDays(const QCommandLineParser& parser)
{
    if (!parser.isSet(u"half-life-days"_s))
        return 7.0;
    bool ok = false;
    const double days = parser.value(u"half-life-days"_s).toDouble(&ok);
    if (!ok || days <= 0)
        return Error{ErrorCode::InvalidArgument,
                     tr("--half-life-days takes a positive number of days.")};
    return days;
}

Status ReportOptions::readRange(const QCommandLineParser& parser, std::optional<qint64>& from,
                                std::optional<qint64>& to)
{
    auto range = dateRange(parser);
    if (!range)
        return range.error();
    from = range->from;
    to = range->to;
    return {};
}

Status ReportOptions::readPathQuery(const QCommandLineParser& parser, PathQuery& query)
{
    const QString conversion =
        parser.isSet(u"conversion"_s) ? parser.value(u"conversion"_s) : u"lead"_s;
    const auto kind = ConversionPaths::kindFromName(conversion, &query.eventName);
    if (!kind)
        return Error{ErrorCode::InvalidArgument,
                     tr("--conversion takes lead, opportunity, customer, revenue, event or "
                        "event:NAME, not '%1'.")
                         .arg(conversion)};
    query.kind = *kind;
    if (parser.isSet(u"by"_s))
        query.dimension = parser.value(u"by"_s);
    return readRange(parser, query.from, query.to);
}

} // namespace leadloop::cli
