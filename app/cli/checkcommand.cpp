#include "clicommand.h"
#include "clicontext.h"
#include "store/integritycheck.h"
#include "store/sqliteerror.h"

#include <QCoreApplication>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace leadloop::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)
};

/// Checks the workspace now, whatever the integrity cache remembers, and prints the verdict.
int runCheck(CliContext& context)
{
    auto report = IntegrityCheck::run(context.workspacePath());
    if (!report)
        return context.fail(report.error());
    IntegrityCache cache;
    if (report->whole)
        cache.rememberWhole(context.workspacePath());
    else
        cache.forget(context.workspacePath());
    ResultTable table;
    table.addColumn(u"check"_s, Tr::tr("Check"), ValueKind::Text);
    table.addColumn(u"result"_s, Tr::tr("Result"), ValueKind::Text);
    table.addRow({Tr::tr("Integrity"), report->whole ? Tr::tr("whole") : Tr::tr("damaged")});
    for (const QString& problem : report->problems)
        table.addRow({Tr::tr("Problem"), problem});
    table.meta = {{u"workspace"_s, QFileInfo(context.workspacePath()).absoluteFilePath()},
                  {u"whole"_s, report->whole}};
    const int printed = context.print(table);
    if (printed != ExitOk || report->whole)
        return printed;
    // Damaged: the verdict is printed, and the exit code says it too.
    return context.fail(
        Error{ErrorCode::Corrupt, SqliteError::damagedMessage(context.workspacePath())});
}

} // namespace

CliCommand checkCommand()
{
    return {u"check"_s,
            Tr::tr("Check that the workspace is whole (every page and index); exit code 3 when "
                   "it is damaged."),
            u"check"_s, [](QCommandLineParser&) {}, runCheck};
}

} // namespace leadloop::cli
