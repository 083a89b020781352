#include "clicommand.h"
#include "clicontext.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace leadloop::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(UpgradeCommand)
};

/// Opening for writing runs the workspace's pending migrations after saving a copy beside it.
int runUpgrade(CliContext& context)
{
    auto workspace = context.openWorkspace(Workspace::Access::ReadWrite);
    if (!workspace)
        return context.fail(workspace.error());
    const QString path = QFileInfo((*workspace)->path()).absoluteFilePath();
    const QString backup = (*workspace)->backupPath();
    ResultTable table;
    table.addColumn(u"workspace"_s, Tr::tr("Workspace"));
    table.addColumn(u"schema_version"_s, Tr::tr("Schema version"));
    table.addColumn(u"backup"_s, Tr::tr("Copy of the old file"));
    table.addRow({path, (*workspace)->schemaVersion(),
                  backup.isEmpty() ? QVariant() : QVariant(QDir::toNativeSeparators(backup))});
    table.meta = {{u"upgraded"_s, !backup.isEmpty()}};
    if (context.format() == TableFormat::Table) {
        QTextStream(stdout) << (backup.isEmpty()
                                    ? Tr::tr("%1 is already at schema version %2.")
                                          .arg(QDir::toNativeSeparators(path))
                                          .arg((*workspace)->schemaVersion())
                                    : Tr::tr("Upgraded %1 to schema version %2; the old file is "
                                             "kept as %3.")
                                          .arg(QDir::toNativeSeparators(path))
                                          .arg((*workspace)->schemaVersion())
                                          .arg(QDir::toNativeSeparators(backup)))
                            << u"\n"_s << Qt::flush;
        return ExitOk;
    }
    return context.print(table);
}

} // namespace

CliCommand upgradeCommand()
{
    return {u"upgrade"_s,
            Tr::tr("Bring a workspace saved by an older LeadLoop to this version's schema, "
                   "after saving a copy of it beside it."),
            u"upgrade"_s, [](QCommandLineParser&) {}, runUpgrade};
}

} // namespace leadloop::cli
