#pragma once

#include "common/result.h"

#include <optional>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace leadloop {

class Database;

/// What an import batch was and what it did; one row of import_batches.
struct ImportBatch
{
    qint64 id = 0;
    QString kind;
    QString sourceName;
    std::optional<qint64> sourceSize;
    QString preset;
    qint64 startedAt = 0;
    std::optional<qint64> finishedAt;
    QString status;
    QString createdBy;
    qint64 rowsRead = 0;
    qint64 rowsImported = 0;
    qint64 rowsRejected = 0;
    qint64 duplicates = 0;
    qint64 visitorsCreated = 0;
    qint64 sessionsCreated = 0;
};

/// Records import batches: opened inside the import's transaction and committed with it, so a
/// batch row exists exactly when its data does.
class ImportBatches final
{
    Q_DECLARE_TR_FUNCTIONS(ImportBatches)

public:
    /// Inserts a running batch (status "running") and returns its id.
    static Result<qint64> begin(Database& db, const ImportBatch& batch);
    /// Stores the final counts and marks the batch committed.
    static Status finish(Database& db, const ImportBatch& batch);
    /// Every batch, oldest first.
    static Result<QList<ImportBatch>> list(Database& db);
};

} // namespace leadloop
