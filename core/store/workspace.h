#pragma once

#include "common/result.h"
#include "database.h"
#include "migrationplan.h"
#include "snapshots.h"

#include <memory>
#include <optional>
#include <QCoreApplication>
#include <QString>

class QLockFile;

namespace leadloop {

/// An open LeadLoop workspace file: its connection, its writer lock and its schema version.
///
/// Opening checks the file header first and refuses, untouched, a file that is not a workspace
/// or that a newer LeadLoop wrote. A ReadWrite workspace holds a lock file beside the workspace
/// (`<file>.lock`) so only one process writes at a time; an older schema is upgraded after a
/// backup copy (`<file>.v<N>.bak`). All failures come back as Error values.
class Workspace final
{
    Q_DECLARE_TR_FUNCTIONS(Workspace)
    Q_DISABLE_COPY_MOVE(Workspace)

public:
    using Access = Database::Access;

    /// Creates a new workspace; fails with AlreadyExists if a non-empty file is there.
    static Result<std::unique_ptr<Workspace>>
    create(const QString& path, const MigrationPlan& plan = MigrationPlan::standard());
    /// Opens an existing workspace, upgrading it first when opened for writing (after a
    /// snapshot under `snapshots`).
    static Result<std::unique_ptr<Workspace>>
    open(const QString& path, Access access, const MigrationPlan& plan = MigrationPlan::standard(),
         const SnapshotPolicy& snapshots = {});
    /// Opens for writing, creating the file first when it does not exist.
    static Result<std::unique_ptr<Workspace>> openOrCreate(const QString& path);
    /// A writer that died mid-transaction (a crash, kill -9, a power cut) leaves its rollback
    /// journal beside the file. When no live process holds the workspace for writing, this
    /// rolls that transaction back, as SQLite does on the next write; readers cannot, and would
    /// otherwise be refused. Nothing to do is success; Locked while a live writer holds it.
    static Status finishInterruptedWrite(const QString& path);

    ~Workspace();

    const QString& path() const { return m_db->path(); }
    /// The file name without folder and extension, as shown in title and status bars.
    QString displayName() const;
    int schemaVersion() const { return m_schemaVersion; }
    bool isWritable() const { return m_db->access() == Access::ReadWrite; }
    /// ReadOnly, naming the file, when the workspace is open read-only (the one message every
    /// change gives then).
    Status checkWritable() const;
    /// The backup written before an upgrade during this open, or empty.
    const QString& backupPath() const { return m_backupPath; }
    Database& database() { return *m_db; }

    /// Where and how many snapshots this workspace keeps (default: the policy's defaults).
    void setSnapshotPolicy(SnapshotPolicy policy) { m_snapshotPolicy = std::move(policy); }
    const SnapshotPolicy& snapshotPolicy() const { return m_snapshotPolicy; }
    /// Keeps a snapshot of the workspace as it is now, before a change that could lose data
    /// (`before` says which, for the list of snapshots). Nothing is kept while the workspace
    /// holds no import yet. Called outside any transaction; its error means "do not go on".
    Status keepGoodState(const QString& before);
    /// Whether the file at path() is still the one this workspace opened: not deleted, moved
    /// away or replaced by another file, for then every write would go to a file no one sees.
    /// keepGoodState() checks it before each change.
    Status checkStillInPlace() const;

private:
    Workspace(std::unique_ptr<Database> db, std::unique_ptr<QLockFile> lock, int version);
    static Result<std::unique_ptr<QLockFile>> acquireLock(const QString& path);
    static Status configure(Database& db);

    std::unique_ptr<Database> m_db;
    std::unique_ptr<QLockFile> m_lock;
    int m_schemaVersion = 0;
    QString m_backupPath;
    SnapshotPolicy m_snapshotPolicy;
    std::optional<std::pair<quint64, quint64>> m_fileId; ///< device and inode, as opened
};

} // namespace leadloop
