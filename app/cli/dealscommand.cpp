#include "analytics/dealsreport.h"
#include "clicommand.h"
#include "clicontext.h"
#include "reportoptions.h"

using namespace Qt::StringLiterals;

namespace leadloop::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DealsCommand)
};

int runDeals(CliContext& context)
{
    const QCommandLineParser& p = context.parser();
    ReportFilter filter;
    if (Status read = ReportOptions::readFilter(p, filter); !read)
        return context.fail(read.error());
    auto workspace = context.openWorkspace(Workspace::Access::ReadOnly);
    if (!workspace)
        return context.fail(workspace.error());
    return context.print(ReportOptions::withIntervals(
        p,
        DealsReport::run((*workspace)->database(), p.isSet(u"by"_s) ? p.value(u"by"_s) : u"owner"_s,
                         filter),
        DealsReport::rates()));
}

} // namespace

CliCommand dealsCommand()
{
    return {u"deals"_s,
            Tr::tr("Deals, win rate, won value and days to close per owner, product, account, "
                   "channel, stage or lost reason."),
            u"deals [--by owner|product|account|channel|stage|lost-reason] [--intervals] "_s +
                ReportOptions::filterUsage(),
            [](QCommandLineParser& parser) {
                parser.addOption({u"by"_s, Tr::tr("The grouping (default owner)."), u"DIM"_s});
                ReportOptions::addFilter(parser, Tr::tr("deal creation"));
                ReportOptions::addIntervals(parser);
            },
            runDeals};
}

} // namespace leadloop::cli
