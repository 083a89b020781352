#include "analytics/trendreport.h"
#include "clicommand.h"
#include "clicontext.h"
#include "reportoptions.h"

using namespace Qt::StringLiterals;

namespace leadloop::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TrendCommand)
};

int runTrend(CliContext& context)
{
    const QCommandLineParser& p = context.parser();
    TrendReport::Query query;
    if (p.isSet(u"metric"_s))
        query.metric = p.value(u"metric"_s);
    if (p.isSet(u"period"_s)) {
        const auto unit = Periods::fromName(p.value(u"period"_s));
        if (!unit)
            return context.usage(Tr::tr("--period takes day, week, month or quarter, not '%1'.")
                                     .arg(p.value(u"period"_s)));
        query.period = *unit;
    }
    query.split = p.value(u"split"_s);
    if (Status read = ReportOptions::readFilter(p, query.filter); !read)
        return context.fail(read.error());
    auto workspace = context.openWorkspace(Workspace::Access::ReadOnly);
    if (!workspace)
        return context.fail(workspace.error());
    return context.print(TrendReport::run((*workspace)->database(), query));
}

} // namespace

CliCommand trendCommand()
{
    return {u"trend"_s, Tr::tr("A metric per day, ISO week, month or quarter."),
            u"trend [--metric sessions|leads|customers|revenue|cost] [--period "
            u"day|week|month|quarter] [--split DIM] "_s +
                ReportOptions::filterUsage(),
            [](QCommandLineParser& parser) {
                parser.addOption(
                    {u"metric"_s, Tr::tr("What to count (default sessions)."), u"METRIC"_s});
                parser.addOption({u"period"_s, Tr::tr("The period (default week)."), u"PERIOD"_s});
                ReportOptions::addDimension(parser, u"split"_s);
                ReportOptions::addFilter(parser, Tr::tr("the metric"));
            },
            runTrend};
}

} // namespace leadloop::cli
