#include "clicommand.h"
#include "clicontext.h"
#include "tracking/sessionsummary.h"

using namespace Qt::StringLiterals;

namespace leadloop::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SessionsCommand)
};

int runSessions(CliContext& context)
{
    auto workspace = context.openWorkspace(Workspace::Access::ReadOnly);
    if (!workspace)
        return context.fail(workspace.error());
    const QString by = context.parser().value(u"by"_s);
    auto table =
        SessionSummary::byDimension((*workspace)->database(), by.isEmpty() ? u"channel"_s : by);
    if (!table)
        return context.fail(table.error());
    return context.print(*table);
}

} // namespace

CliCommand sessionsCommand()
{
    return {
        u"sessions"_s, Tr::tr("Count sessions, visitors and page views per group."),
        u"sessions [--by channel|source-medium|campaign|landing-page|rule]"_s,
        [](QCommandLineParser& parser) {
            parser.addOption({u"by"_s, Tr::tr("The grouping (default channel)."), u"DIMENSION"_s});
        },
        runSessions};
}

} // namespace leadloop::cli
