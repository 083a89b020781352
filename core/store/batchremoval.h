#pragma once

#include "common/result.h"

#include <optional>
#include <QCoreApplication>
#include <QList>
#include <utility>

namespace leadloop {

class Database;
class Workspace;

/// Removing an import batch with everything it brought (docs/import.md, "Removing an import"):
/// every row carrying its batch id, and the identity links and log entries of the visitors and
/// contacts it created. Refused while other data depends on those rows.
class BatchRemoval final
{
    Q_DECLARE_TR_FUNCTIONS(BatchRemoval)

public:
    /// What removing the batch would delete: table → rows (tables with none left out).
    static Result<QList<std::pair<QString, qint64>>> preview(Database& db, qint64 batch);
    /// Why the batch cannot be removed, or nothing when it can.
    static Result<std::optional<QString>> blocker(Database& db, qint64 batch);
    /// Removes it in one transaction and marks the batch "removed", after a snapshot of the
    /// workspace as it was; returns what it deleted.
    static Result<QList<std::pair<QString, qint64>>> remove(Workspace& workspace, qint64 batch);
};

} // namespace leadloop
