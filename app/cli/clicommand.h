#pragma once

#include <functional>
#include <QCommandLineParser>
#include <QList>
#include <QString>

namespace leadloop::cli {

class CliContext;

/// One `leadloop-cli` command: its name, a one-line summary, its own options and its body.
struct CliCommand
{
    QString name;
    QString summary;
    QString synopsis; ///< e.g. "demo --out PATH [--seed N]"
    std::function<void(QCommandLineParser&)> addOptions;
    std::function<int(CliContext&)> run;
    int arguments = 0; ///< how many positional arguments may follow the command's name
};

/// Every command the CLI knows, in the order `--help` lists them.
QList<CliCommand> allCommands();

// One factory per command file.
CliCommand demoCommand();
CliCommand infoCommand();
CliCommand checkCommand();
CliCommand snapshotsCommand();
CliCommand restoreCommand();
CliCommand recoverCommand();
CliCommand upgradeCommand();
CliCommand importCommand();
CliCommand tagCommand();
CliCommand untagCommand();
CliCommand historyCommand();
CliCommand exportCommand();
CliCommand lostReasonsCommand();
CliCommand identitiesCommand();
CliCommand linkCommand();
CliCommand unlinkCommand();
CliCommand keepApartCommand();
CliCommand attributionCommand();
CliCommand drillDownCommand();
CliCommand reportCommand();
CliCommand dealsCommand();
CliCommand campaignsCommand();
CliCommand headlinesCommand();
CliCommand leadsCommand();
CliCommand channelsCommand();
CliCommand settingsCommand();
CliCommand pathsCommand();
CliCommand funnelCommand();
CliCommand trendCommand();
CliCommand timeToConvertCommand();
CliCommand cohortsCommand();
CliCommand journeyCommand();
CliCommand importsCommand();
CliCommand sessionsCommand();
CliCommand reclassifyCommand();
CliCommand classifyCommand();
CliCommand teamCommand();
CliCommand propertiesCommand();
CliCommand scoreCommand();
CliCommand consentCommand();

/// After an import or its removal: scores the open leads again with the newest scoring model,
/// when one was trained (docs/scoring.md, "Scores"), and notes it on stderr. Returns the exit
/// code of the whole command.
int rescoreAfterChange(CliContext& context);

/// After a command that wrote to a team replica: sends its unsent changes at once, unless
/// --no-sync is given (docs/team.md). An unreachable server is no failure: the changes wait for
/// the next sync, and a note on stderr says so. Returns the exit code of the whole command.
int syncAfterWrite(CliContext& context);

} // namespace leadloop::cli
