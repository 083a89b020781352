#include "importbatches.h"

#include "database.h"
#include "statement.h"

namespace leadloop {

Result<qint64> ImportBatches::begin(Database& db, const ImportBatch& b)
{
    Statement insert(db.handle(),
                     "INSERT INTO import_batches (kind, source_name, source_size, preset, "
                     "started_at, status, created_by) VALUES (?1, ?2, ?3, ?4, ?5, 'running', ?6)");
    insert.bind(1, b.kind)
        .bind(2, b.sourceName)
        .bind(3, b.sourceSize)
        .bind(4, b.preset)
        .bind(5, b.startedAt)
        .bind(6, b.createdBy);
    return insert.insert();
}

Status ImportBatches::finish(Database& db, const ImportBatch& b)
{
    Statement update(db.handle(),
                     "UPDATE import_batches SET finished_at = ?2, status = 'committed', "
                     "rows_read = ?3, rows_imported = ?4, rows_rejected = ?5, duplicates = ?6, "
                     "visitors_created = ?7, sessions_created = ?8 WHERE id = ?1");
    update.bind(1, b.id)
        .bind(2, b.finishedAt)
        .bind(3, b.rowsRead)
        .bind(4, b.rowsImported)
        .bind(5, b.rowsRejected)
        .bind(6, b.duplicates)
        .bind(7, b.visitorsCreated)
        .bind(8, b.sessionsCreated);
    return update.execute();
}

Result<QList<ImportBatch>> ImportBatches::list(Database& db)
{
    Statement query(db.handle(),
                    "SELECT id, kind, source_name, source_size, preset, started_at, finished_at, "
                    "status, created_by, rows_read, rows_imported, rows_rejected, duplicates, "
                    "visitors_created, sessions_created FROM import_batches ORDER BY id");
    if (!query.isValid())
        return Error{ErrorCode::Database, query.errorString()};
    QList<ImportBatch> batches;
    while (query.next()) {
        ImportBatch b;
        b.id = query.int64(0);
        b.kind = query.text(1);
        b.sourceName = query.text(2);
        if (!query.isNull(3))
            b.sourceSize = query.int64(3);
        b.preset = query.text(4);
        b.startedAt = query.int64(5);
        if (!query.isNull(6))
            b.finishedAt = query.int64(6);
        b.status = query.text(7);
        b.createdBy = query.text(8);
        b.rowsRead = query.int64(9);
        b.rowsImported = query.int64(10);
        b.rowsRejected = query.int64(11);
        b.duplicates = query.int64(12);
        b.visitorsCreated = query.int64(13);
        b.sessionsCreated = query.int64(14);
        batches.append(b);
    }
    if (Status read = query.status(); !read)
        return read.error();
    return batches;
}

} // namespace leadloop
