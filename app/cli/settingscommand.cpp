#include "clicommand.h"
#include "clicontext.h"
#include "store/database.h"
#include "store/workspacesettings.h"

using namespace Qt::StringLiterals;

namespace leadloop::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SettingsCommand)
};

int runSettings(CliContext& context)
{
    const QStringList changes = context.parser().values(u"set"_s);
    auto workspace = context.openWorkspace(changes.isEmpty() ? Workspace::Access::ReadOnly
                                                             : Workspace::Access::ReadWrite);
    if (!workspace)
        return context.fail(workspace.error());
    Database& db = (*workspace)->database();
    for (const QString& change : changes) {
        const qsizetype eq = change.indexOf(u'=');
        if (eq < 0)
            return context.usage(Tr::tr("--set takes KEY=VALUE, not '%1'.").arg(change));
        if (Status done = WorkspaceSettings::set(db, change.left(eq).trimmed(), change.mid(eq + 1));
            !done)
            return context.fail(done.error());
    }
    auto table = WorkspaceSettings::list(db);
    if (!table)
        return context.fail(table.error());
    return context.print(*table);
}

} // namespace

CliCommand settingsCommand()
{
    return {u"settings"_s, Tr::tr("Show the workspace's settings, or change them."),
            u"settings [--set KEY=VALUE]..."_s,
            [](QCommandLineParser& parser) {
                parser.addOption({u"set"_s,
                                  Tr::tr("reporting_currency, session_timeout_minutes or "
                                         "attribution_lookback_days; repeatable."),
                                  u"KEY=VALUE"_s});
            },
            runSettings};
}

} // namespace leadloop::cli
