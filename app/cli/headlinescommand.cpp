#include "analytics/headlinereport.h"
#include "clicommand.h"
#include "clicontext.h"
#include "reportoptions.h"

using namespace Qt::StringLiterals;

namespace leadloop::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(HeadlinesCommand)
};

int runHeadlines(CliContext& context)
{
    ReportFilter filter;
    if (Status read = ReportOptions::readFilter(context.parser(), filter); !read)
        return context.fail(read.error());
    auto workspace = context.openWorkspace(Workspace::Access::ReadOnly);
    if (!workspace)
        return context.fail(workspace.error());
    return context.print(HeadlineReport::run((*workspace)->database(), filter));
}

} // namespace

CliCommand headlinesCommand()
{
    return {
        u"headlines"_s,
        Tr::tr("The dashboard's figures for a period, with the change against the period "
               "before."),
        u"headlines "_s + ReportOptions::filterUsage(),
        [](QCommandLineParser& parser) { ReportOptions::addFilter(parser, Tr::tr("the period")); },
        runHeadlines};
}

} // namespace leadloop::cli
