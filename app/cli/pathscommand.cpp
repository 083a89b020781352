#include "analytics/pathsreport.h"
#include "clicommand.h"
#include "clicontext.h"
#include "reportoptions.h"
#include "store/database.h"

using namespace Qt::StringLiterals;

namespace leadloop::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PathsCommand)
};

int runPaths(CliContext& context)
{
    const QCommandLineParser& p = context.parser();
    PathQuery query;
    const QString conversion = p.isSet(u"conversion"_s) ? p.value(u"conversion"_s) : u"lead"_s;
    const auto kind = ConversionPaths::kindFromName(conversion, &query.eventName);
    if (!kind)
        return context.usage(Tr::tr("--conversion takes lead, opportunity, customer, revenue, "
                                    "event or event:NAME, not '%1'.")
                                 .arg(conversion));
    query.kind = *kind;
    if (p.isSet(u"by"_s))
        query.dimension = p.value(u"by"_s);
    int top = 10;
    if (p.isSet(u"top"_s)) {
        bool ok = false;
        top = p.value(u"top"_s).toInt(&ok);
        if (!ok || top < 1)
            return context.usage(Tr::tr("--top takes 1 or more."));
    }
    auto range = ReportOptions::dateRange(p);
    if (!range)
        return context.fail(range.error());
    query.from = range->from;
    query.to = range->to;
    auto workspace = context.openWorkspace(Workspace::Access::ReadOnly);
    if (!workspace)
        return context.fail(workspace.error());
    Database& db = (*workspace)->database();
    auto lookback = ReportOptions::lookbackDays(p, db);
    if (!lookback)
        return context.fail(lookback.error());
    query.lookbackDays = *lookback;
    auto table = PathsReport::run(db, query, top);
    if (!table)
        return context.fail(table.error());
    return context.print(*table);
}

} // namespace

CliCommand pathsCommand()
{
    return {u"paths"_s, Tr::tr("The most frequent paths of touches to conversion."),
            u"paths [--top N] [--conversion KIND] [--by DIM] [--lookback-days N] [--from DATE] "
            u"[--to DATE]"_s,
            [](QCommandLineParser& parser) {
                parser.addOption({u"top"_s, Tr::tr("How many paths (default 10)."), u"N"_s});
                parser.addOption({u"conversion"_s,
                                  Tr::tr("What counts as a conversion (default lead)."),
                                  u"KIND"_s});
                parser.addOption({u"by"_s,
                                  Tr::tr("channel (default), source-medium, source, medium, "
                                         "campaign or landing-page."),
                                  u"DIM"_s});
                ReportOptions::addAttribution(parser);
                ReportOptions::addDateRange(parser, Tr::tr("conversions"));
            },
            runPaths};
}

} // namespace leadloop::cli
