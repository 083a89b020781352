#include "clicommand.h"
#include "clicontext.h"
#include "common/version.h"
#include "store/tablecounts.h"

#include <QCoreApplication>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace leadloop::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(InfoCommand)
};

int runInfo(CliContext& context)
{
    auto workspace = context.openWorkspace(Workspace::Access::ReadOnly);
    if (!workspace)
        return context.fail(workspace.error());
    auto counts = countTableRows((*workspace)->database());
    if (!counts)
        return context.fail(counts.error());

    ResultTable table;
    table.addColumn(u"table"_s, Tr::tr("Table"));
    table.addColumn(u"count"_s, Tr::tr("Rows"));
    for (const TableCount& count : *counts)
        table.addRow({count.table, count.rows});
    table.meta = {{u"workspace"_s, QFileInfo((*workspace)->path()).absoluteFilePath()},
                  {u"schema_version"_s, (*workspace)->schemaVersion()},
                  {u"leadloop_version"_s, QString::fromLatin1(versionString())}};
    if (context.format() == TableFormat::Table)
        QTextStream(stdout) << Tr::tr("Workspace %1, schema version %2")
                                   .arg(QFileInfo((*workspace)->path()).absoluteFilePath())
                                   .arg((*workspace)->schemaVersion())
                            << u"\n\n"_s << Qt::flush;
    return context.print(table);
}

} // namespace

CliCommand infoCommand()
{
    return {u"info"_s, Tr::tr("Show the workspace's schema version and the rows in every table."),
            u"info"_s, [](QCommandLineParser&) {}, runInfo};
}

} // namespace leadloop::cli
