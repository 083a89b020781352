#include "clicommand.h"
#include "clicontext.h"
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

int runImports(CliContext& context)
{
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
    for (const ImportBatch& b : *batches)
        table.addRow(
            {b.id, b.kind, b.sourceName, b.preset,
             QDateTime::fromMSecsSinceEpoch(b.startedAt, QTimeZone::utc()).toString(Qt::ISODate),
             b.rowsRead, b.rowsImported, b.rowsRejected, b.duplicates, b.visitorsCreated,
             b.sessionsCreated});
    table.meta = {{u"batches"_s, qint64(batches->size())}};
    return context.print(table);
}

} // namespace

CliCommand importsCommand()
{
    return {u"imports"_s, Tr::tr("List the import batches of the workspace."), u"imports"_s,
            [](QCommandLineParser&) {}, runImports};
}

} // namespace leadloop::cli
