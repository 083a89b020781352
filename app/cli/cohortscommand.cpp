#include "analytics/cohortsreport.h"
#include "clicommand.h"
#include "clicontext.h"

using namespace Qt::StringLiterals;

namespace leadloop::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CohortsCommand)
};

int runCohorts(CliContext& context)
{
    const QCommandLineParser& p = context.parser();
    CohortsReport::Query query;
    if (p.isSet(u"start"_s))
        query.start = p.value(u"start"_s);
    if (p.isSet(u"period"_s))
        query.period = p.value(u"period"_s);
    if (p.isSet(u"metric"_s))
        query.metric = p.value(u"metric"_s);
    auto workspace = context.openWorkspace(Workspace::Access::ReadOnly);
    if (!workspace)
        return context.fail(workspace.error());
    return context.print(CohortsReport::run((*workspace)->database(), query));
}

} // namespace

CliCommand cohortsCommand()
{
    return {
        u"cohorts"_s,
        Tr::tr("People by the week or month they first visited or became a lead, and the "
               "leads, customers or revenue each cohort reached period by period."),
        u"cohorts [--start first-visit|lead] [--period week|month] "
        u"[--metric leads|customers|revenue]"_s,
        [](QCommandLineParser& parser) {
            parser.addOption({u"start"_s,
                              Tr::tr("What starts a cohort: first-visit (default) or lead."),
                              u"first-visit|lead"_s});
            parser.addOption({u"period"_s, Tr::tr("week or month (default)."), u"week|month"_s});
            parser.addOption({u"metric"_s,
                              Tr::tr("leads, customers (default) or revenue, cumulative."),
                              u"M"_s});
        },
        runCohorts};
}

} // namespace leadloop::cli
