#pragma once

#include "common/result.h"

#include <functional>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace leadloop {

class Database;

/// Where and how many good states of a workspace LeadLoop keeps.
struct SnapshotPolicy
{
    bool enabled = true;
    int keep = 5;                               ///< the newest this many
    qint64 maxBytes = 2LL * 1024 * 1024 * 1024; ///< and no more than this in all (the newest stays)
    QString folder; ///< empty: "<workspace file>.snapshots" beside the workspace

    bool operator==(const SnapshotPolicy&) const = default;
};

/// One kept state: a whole workspace file, and what came after it.
struct Snapshot
{
    QString path;
    QDateTime takenAt; ///< UTC
    QString before;    ///< the change it was taken before ("import of visits.csv")
    qint64 bytes = 0;
    int schemaVersion = 0;
};

/// Keeps good states of one workspace: before each change that could lose data (an import, a
/// removal, an upgrade, an erasure) a copy written through SQLite's online backup API and
/// verified with quick_check, kept rolling by the policy; lists them and puts one back.
/// Snapshot files are workspaces themselves, with a small `.json` beside each saying when and
/// before what it was taken.
class Snapshots final
{
    Q_DECLARE_TR_FUNCTIONS(Snapshots)

public:
    /// `done` and `total` in pages; returning false cancels.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    Snapshots(QString workspacePath, SnapshotPolicy policy);

    const SnapshotPolicy& policy() const { return m_policy; }
    /// The folder the snapshots of this workspace go to.
    QString folder() const;

    /// Copies the workspace through `db` (its own open connection, outside a transaction) into
    /// a new snapshot, verifies the copy and drops the oldest beyond the policy. Fails (leaving
    /// no partial file) when the copy cannot be written or does not check whole; a disabled
    /// policy takes none and returns an empty Snapshot.
    Result<Snapshot> take(Database& db, const QString& before, const Progress& progress = {}) const;
    /// The snapshots kept for this workspace, newest first.
    Result<QList<Snapshot>> list() const;
    /// Puts a snapshot back in place of the workspace file, which no process may have open for
    /// writing. The snapshot is checked first; the file it replaces is kept as a snapshot of
    /// its own ("before restoring …") even when it is damaged; a crashed writer's journal of the
    /// replaced file is removed, so that it is never applied to the restored one.
    Status restore(const Snapshot& snapshot) const;

private:
    Status prune() const;

    QString m_workspacePath;
    SnapshotPolicy m_policy;
};

} // namespace leadloop
