#pragma once

#include "common/result.h"
#include "database.h"
#include "migrationplan.h"

#include <memory>
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
    /// Opens an existing workspace, upgrading it first when opened for writing.
    static Result<std::unique_ptr<Workspace>>
    open(const QString& path, Access access, const MigrationPlan& plan = MigrationPlan::standard());
    /// Opens for writing, creating the file first when it does not exist.
    static Result<std::unique_ptr<Workspace>> openOrCreate(const QString& path);

    ~Workspace();

    const QString& path() const { return m_db->path(); }
    /// The file name without folder and extension, as shown in title and status bars.
    QString displayName() const;
    int schemaVersion() const { return m_schemaVersion; }
    bool isWritable() const { return m_db->access() == Access::ReadWrite; }
    /// The backup written before an upgrade during this open, or empty.
    const QString& backupPath() const { return m_backupPath; }
    Database& database() { return *m_db; }

private:
    Workspace(std::unique_ptr<Database> db, std::unique_ptr<QLockFile> lock, int version);
    static Result<std::unique_ptr<QLockFile>> acquireLock(const QString& path);
    static Status configure(Database& db);

    std::unique_ptr<Database> m_db;
    std::unique_ptr<QLockFile> m_lock;
    int m_schemaVersion = 0;
    QString m_backupPath;
};

} // namespace leadloop
