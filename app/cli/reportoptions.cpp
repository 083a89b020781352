#include "reportoptions.h"

#include "ingest/timeparser.h"
#include "store/database.h"
#include "store/workspacesettings.h"

using namespace Qt::StringLiterals;

namespace leadloop::cli {

void ReportOptions::addFilter(QCommandLineParser& parser, const QString& what)
{
    parser.addOption({u"from"_s, tr("First day of %1 counted (UTC).").arg(what), u"DATE"_s});
    parser.addOption({u"to"_s, tr("Last day of %1 counted (UTC).").arg(what), u"DATE"_s});
    parser.addOption({u"channel"_s, tr("Only sessions of this channel (repeatable)."), u"NAME"_s});
    parser.addOption(
        {u"campaign"_s, tr("Only sessions of this campaign (repeatable)."), u"NAME"_s});
    parser.addOption({u"source-medium"_s,
                      tr("Only sessions of this source / medium, as 'google / cpc' "
                         "(repeatable)."),
                      u"TEXT"_s});
    parser.addOption({u"source"_s, tr("Only sessions of this source (repeatable)."), u"NAME"_s});
    parser.addOption({u"medium"_s, tr("Only sessions of this medium (repeatable)."), u"NAME"_s});
    parser.addOption({u"landing-page"_s,
                      tr("Only sessions that landed on this page, as '/pricing' "
                         "(repeatable)."),
                      u"PAGE"_s});
    parser.addOption(
        {u"owner"_s, tr("Only deals and people of this owner (repeatable)."), u"NAME"_s});
    parser.addOption(
        {u"product"_s, tr("Only deals of this product and their people (repeatable)."), u"NAME"_s});
    parser.addOption({u"contact"_s,
                      tr("Only people whose field has this value: FIELD=VALUE with FIELD one of "
                         "%1 (repeatable).")
                          .arg(ReportFilter::contactFieldNames().join(u", "_s)),
                      u"FIELD=VALUE"_s});
}

QString ReportOptions::filterUsage()
{
    return u"[--from DATE] [--to DATE] [--channel NAME] [--campaign NAME] [--source-medium TEXT] "
           u"[--source NAME] [--medium NAME] [--landing-page PAGE] [--owner NAME] [--product NAME] [--contact FIELD=VALUE]"_s;
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

void ReportOptions::addBootstrap(QCommandLineParser& parser, const QString& description)
{
    parser.addOption({u"bootstrap"_s,
                      description.isEmpty()
                          ? tr("Add each credit's 95 % bootstrap interval from N resamples of the "
                               "journeys (columns KEY_low and KEY_high).")
                          : description,
                      u"N"_s});
    parser.addOption({u"seed"_s,
                      tr("The bootstrap's seed: the same seed, the same bounds (default 1)."),
                      u"N"_s});
}

Result<BootstrapOptions> ReportOptions::bootstrap(const QCommandLineParser& parser)
{
    BootstrapOptions b;
    if (parser.isSet(u"bootstrap"_s)) {
        bool ok = false;
        b.replicates = parser.value(u"bootstrap"_s).toInt(&ok);
        if (!ok || b.replicates < 2 || b.replicates > 100000)
            return Error{ErrorCode::InvalidArgument,
                         tr("--bootstrap takes a number of resamples from 2 to 100000, not '%1'.")
                             .arg(parser.value(u"bootstrap"_s))};
    }
    if (parser.isSet(u"seed"_s)) {
        bool ok = false;
        b.seed = parser.value(u"seed"_s).toULongLong(&ok);
        if (!ok)
            return Error{ErrorCode::InvalidArgument,
                         tr("--seed takes a whole number, not '%1'.").arg(parser.value(u"seed"_s))};
    }
    return b;
}

void ReportOptions::addIntervals(QCommandLineParser& parser)
{
    parser.addOption({u"intervals"_s, tr("Add the 95 % Wilson interval of every rate (columns "
                                         "RATE_low and RATE_high).")});
}

Result<ResultTable> ReportOptions::withIntervals(const QCommandLineParser& parser,
                                                 Result<ResultTable> table,
                                                 const std::vector<RateIntervals::Rate>& rates)
{
    if (table && parser.isSet(u"intervals"_s)) {
        RateIntervals::add(*table, rates);
        table->meta.insert(u"intervals"_s, u"wilson_95"_s);
    }
    return table;
}

void ReportOptions::addDimension(QCommandLineParser& parser, const QString& name)
{
    parser.addOption({name,
                      tr("channel (default for --by), source-medium, source, medium, campaign, "
                         "landing-page, owner, product or account."),
                      u"DIM"_s});
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
        return WorkspaceSettings::attributionLookbackDays(db);
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

Status ReportOptions::readFilter(const QCommandLineParser& parser, ReportFilter& filter)
{
    auto range = dateRange(parser);
    if (!range)
        return range.error();
    filter.from = range->from;
    filter.to = range->to;
    filter.channels = parser.values(u"channel"_s);
    filter.campaigns = parser.values(u"campaign"_s);
    filter.sourceMediums = parser.values(u"source-medium"_s);
    filter.sources = parser.values(u"source"_s);
    filter.mediums = parser.values(u"medium"_s);
    filter.landingPages = parser.values(u"landing-page"_s);
    filter.owners = parser.values(u"owner"_s);
    filter.products = parser.values(u"product"_s);
    for (const QString& pair : parser.values(u"contact"_s)) {
        const qsizetype equals = pair.indexOf(u'=');
        if (equals <= 0)
            return Error{ErrorCode::InvalidArgument,
                         tr("--contact takes FIELD=VALUE, as lifecycle_stage=customer, not '%1'.")
                             .arg(pair)};
        const QString field = pair.left(equals).trimmed();
        if (const QString problem = ReportFilter::checkContactField(field); !problem.isEmpty())
            return Error{ErrorCode::InvalidArgument, u"--contact: "_s + problem};
        filter.contactFields[field].append(pair.mid(equals + 1).trimmed());
    }
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
    return readFilter(parser, query.filter);
}

} // namespace leadloop::cli
