#include "clicommand.h"
#include "clicontext.h"
#include "store/batchremoval.h"
#include "store/importbatches.h"

#include <QDateTime>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace leadloop::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ImportsCommand)
};

/// imports --remove BATCH: the batch and everything it brought, or why not.
int removeImport(CliContext& context, const QString& text)
{
    bool ok = false;
    const qint64 batch = text.toLongLong(&ok);
    if (!ok)
        return context.usage(Tr::tr("--remove takes a batch number, not '%1'.").arg(text));
    auto workspace = context.openWorkspace(Workspace::Access::ReadWrite);
    if (!workspace)
        return context.fail(workspace.error());
    auto removed = BatchRemoval::remove(**workspace, batch);
    if (!removed)
        return context.fail(removed.error());
    ResultTable table;
    table.addColumn(u"table"_s, Tr::tr("Table"));
    table.addColumn(u"rows"_s, Tr::tr("Rows removed"));
    for (const auto& [name, rows] : *removed)
        table.addRow({name, rows});
    table.meta = {{u"batch"_s, batch}, {u"removed"_s, true}};
    return context.print(table);
}

int runImports(CliContext& context)
{
    if (context.parser().isSet(u"remove"_s)) {
        const int code = removeImport(context, context.parser().value(u"remove"_s));
        return code == ExitOk ? rescoreAfterChange(context) : code;
    }
    auto workspace = context.openWorkspace(Workspace::Access::ReadOnly);
    if (!workspace)
        return context.fail(workspace.error());
    auto batches = ImportBatches::list((*workspace)->database());
    if (!batches)
        return context.fail(batches.error());
    ResultTable table;
    table.addColumn(u"batch"_s, Tr::tr("Batch"));
    table.addColumn(u"kind"_s, Tr::tr("Kind"));
    table.addColumn(u"source"_s, Tr::tr("Source"));
    table.addColumn(u"preset"_s, Tr::tr("Preset"));
    table.addColumn(u"imported_at"_s, Tr::tr("Imported at (UTC)"));
    table.addColumn(u"rows_read"_s, Tr::tr("Read"));
    table.addColumn(u"rows_imported"_s, Tr::tr("Imported"));
    table.addColumn(u"rows_rejected"_s, Tr::tr("Rejected"));
    table.addColumn(u"duplicates"_s, Tr::tr("Duplicates"));
    table.addColumn(u"visitors"_s, Tr::tr("Visitors"));
    table.addColumn(u"sessions"_s, Tr::tr("Sessions"));
    table.addColumn(u"status"_s, Tr::tr("Status"));
    for (const ImportBatch& b : *batches)
        table.addRow(
            {b.id, b.kind, b.sourceName, b.preset,
             QDateTime::fromMSecsSinceEpoch(b.startedAt, QTimeZone::utc()).toString(Qt::ISODate),
             b.rowsRead, b.rowsImported, b.rowsRejected, b.duplicates, b.visitorsCreated,
             b.sessionsCreated, b.status});
    table.meta = {{u"batches"_s, qint64(batches->size())}};
    return context.print(table);
}

} // namespace

CliCommand importsCommand()
{
    return {u"imports"_s,
            Tr::tr("List the import batches of the workspace, or remove one with everything it "
                   "brought."),
            u"imports [--remove BATCH]"_s,
            [](QCommandLineParser& parser) {
                parser.addOption({u"remove"_s,
                                  Tr::tr("Remove this batch and everything it brought (refused "
                                         "while other data depends on it)."),
                                  u"BATCH"_s});
            },
            runImports};
}

} // namespace leadloop::cli
