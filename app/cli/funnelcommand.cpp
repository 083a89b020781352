#include "analytics/funnelreport.h"
#include "clicommand.h"
#include "clicontext.h"
#include "reportoptions.h"

using namespace Qt::StringLiterals;

namespace leadloop::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FunnelCommand)
};

int runFunnel(CliContext& context)
{
    const QCommandLineParser& p = context.parser();
    FunnelReport::Query query;
    if (p.isSet(u"by"_s))
        query.dimension = p.value(u"by"_s);
    if (p.isSet(u"model"_s)) {
        const auto model = attribution::modelFromId(p.value(u"model"_s));
        if (!model)
            return context.usage(Tr::tr("--model takes first_touch, last_touch or "
                                        "last_non_direct, not '%1'.")
                                     .arg(p.value(u"model"_s)));
        query.position = *model;
    }
    if (Status read = ReportOptions::readFilter(p, query.filter); !read)
        return context.fail(read.error());
    auto workspace = context.openWorkspace(Workspace::Access::ReadOnly);
    if (!workspace)
        return context.fail(workspace.error());
    return context.print(ReportOptions::withIntervals(
        p, FunnelReport::run((*workspace)->database(), query), FunnelReport::rates()));
}

} // namespace

CliCommand funnelCommand()
{
    return {u"funnel"_s,
            Tr::tr("Visitors, leads, opportunities, customers and revenue per group, with step "
                   "rates and days between stages."),
            u"funnel [--by DIM] [--model first_touch|last_touch|last_non_direct] [--intervals] "_s +
                ReportOptions::filterUsage(),
            [](QCommandLineParser& parser) {
                ReportOptions::addDimension(parser, u"by"_s);
                parser.addOption({u"model"_s,
                                  Tr::tr("The touch that groups a person (default "
                                         "first_touch)."),
                                  u"M"_s});
                ReportOptions::addFilter(parser, Tr::tr("each stage"));
                ReportOptions::addIntervals(parser);
            },
            runFunnel};
}

} // namespace leadloop::cli
