#include "workspace.h"

#include "pagechecksums.h"
#include "sqliteerror.h"
#include "workspacefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QThread>
#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace Qt::StringLiterals;

namespace leadloop {

static QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

namespace {

/// The device and inode of a file, where the system has them.
std::optional<std::pair<quint64, quint64>> fileIdOf(const QString& path)
{
#ifdef Q_OS_UNIX
    struct stat info;
    if (::stat(QFile::encodeName(path).constData(), &info) == 0)
        return std::pair{quint64(info.st_dev), quint64(info.st_ino)};
#else
    Q_UNUSED(path);
#endif
    return std::nullopt;
}

} // namespace

Workspace::Workspace(std::unique_ptr<Database> db, std::unique_ptr<QLockFile> lock, int version)
    : m_db(std::move(db))
    , m_lock(std::move(lock))
    , m_schemaVersion(version)
    , m_fileId(fileIdOf(m_db->path()))
{}

Status Workspace::checkWritable() const
{
    if (isWritable())
        return {};
    return Error{ErrorCode::ReadOnly,
                 tr("%1 is open read-only: nothing can be written to it.").arg(native(path()))};
}

Status Workspace::checkStillInPlace() const
{
    if (!m_fileId)
        return {};
    const auto now = fileIdOf(path());
    if (now == m_fileId)
        return {};
    return Error{ErrorCode::Io,
                 now ? tr("%1 was replaced by another file while LeadLoop had it open; nothing "
                          "was written. Open it again to see the file that is there now.")
                           .arg(native(path()))
                     : tr("%1 was deleted or moved while LeadLoop had it open; nothing was "
                          "written. Open it again from where it is now.")
                           .arg(native(path()))};
}

Workspace::~Workspace()
{
    m_db.reset();
    m_lock.reset(); // unlocks after the connection is closed
}

QString Workspace::displayName() const
{
    return QFileInfo(path()).completeBaseName();
}

Result<std::unique_ptr<QLockFile>> Workspace::acquireLock(const QString& path)
{
    auto lock = std::make_unique<QLockFile>(path + u".lock"_s);
    lock->setStaleLockTime(0); // stale only when the holder's process is gone
    if (lock->tryLock(0))
        return lock;
    qint64 pid = 0;
    QString host, app;
    if (lock->error() == QLockFile::LockFailedError && !lock->getLockInfo(&pid, &host, &app)) {
        // A lock file that names no process: one starting right now has created it and not yet
        // written it (microseconds), or one was killed in between. Qt holds a native lock on it
        // from creation, so removeStaleLockFile() removes it only when no live process holds it.
        QThread::msleep(50);
        if (!lock->getLockInfo(&pid, &host, &app) && lock->removeStaleLockFile() &&
            lock->tryLock(0))
            return lock;
    }
    if (lock->error() == QLockFile::LockFailedError) {
        lock->getLockInfo(&pid, &host, &app);
        return Error{ErrorCode::Locked,
                     tr("The workspace %1 is already open for writing by %2 (process %3 on host "
                        "%4). Close it there first.")
                         .arg(native(path), app.isEmpty() ? u"LeadLoop"_s : app)
                         .arg(pid)
                         .arg(host)};
    }
    return Error{ErrorCode::Io,
                 tr("Cannot create the lock file beside %1; check that the folder is writable.")
                     .arg(native(path))};
}

Status Workspace::configure(Database& db)
{
    // DELETE journal: one file on disk and the fastest bulk loads (docs/architecture.md).
    return db.exec(u"PRAGMA foreign_keys = ON; PRAGMA journal_mode = DELETE;"
                   u"PRAGMA synchronous = NORMAL; PRAGMA temp_store = MEMORY;"_s);
}

Result<std::unique_ptr<Workspace>> Workspace::create(const QString& path, const MigrationPlan& plan)
{
    const WorkspaceFileHeader header = WorkspaceFileHeader::read(path);
    if (header.exists && !header.isEmpty())
        return Error{ErrorCode::AlreadyExists,
                     tr("%1 already exists; choose another file name.").arg(native(path))};
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder))
        return Error{ErrorCode::Io, tr("Cannot create the folder %1.").arg(native(folder))};

    auto lock = acquireLock(path);
    if (!lock)
        return lock.error();
    auto db = Database::open(path, Access::ReadWrite);
    if (!db)
        return db.error();
    Database& database = **db;
    // Room for a checksum on every page (PageChecksums); only possible before the first write.
    int reserved = PageChecksums::ReservedBytes;
    sqlite3_file_control(database.handle(), "main", SQLITE_FCNTL_RESERVE_BYTES, &reserved);
    Status ready = configure(database);
    if (ready)
        ready = database.exec(
            u"PRAGMA application_id = %1"_s.arg(WorkspaceFileHeader::LeadLoopApplicationId));
    if (ready)
        ready = plan.migrate(database, 0);
    if (!ready) {
        db->reset();
        QFile::remove(path);
        return ready.error();
    }
    return std::unique_ptr<Workspace>(
        new Workspace(std::move(*db), std::move(*lock), plan.latestVersion()));
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString& path, Access access,
                                                   const MigrationPlan& plan,
                                                   const SnapshotPolicy& snapshots)
{
    const WorkspaceFileHeader header = WorkspaceFileHeader::read(path);
    if (!header.exists)
        return Error{ErrorCode::NotFound, tr("The workspace %1 does not exist.").arg(native(path))};
    if (!header.isWorkspace())
        return Error{
            ErrorCode::NotAWorkspace,
            tr("%1 is not a LeadLoop workspace; it was left unchanged.").arg(native(path))};
    if (header.userVersion > plan.latestVersion())
        return Error{ErrorCode::NewerVersion,
                     tr("%1 was saved by a newer LeadLoop (workspace version %2; this version "
                        "reads up to %3). Update LeadLoop to open it; the file was left unchanged.")
                         .arg(native(path))
                         .arg(header.userVersion)
                         .arg(plan.latestVersion())};
    // From version 3 every workspace has room for page checksums: a header without it was
    // damaged (its other fields could be too).
    if (header.userVersion >= MigrationPlan::ChecksumsVersion &&
        header.reservedBytes != PageChecksums::ReservedBytes)
        return Error{ErrorCode::Corrupt, SqliteError::damagedMessage(path)};
    if (header.userVersion < plan.latestVersion() && access == Access::ReadOnly)
        return Error{
            ErrorCode::ReadOnly,
            tr("%1 was saved by an older LeadLoop and needs an upgrade from version %2 to %3: open "
               "it in LeadLoop, or run leadloop-cli upgrade (a copy of the old file is "
               "kept beside it).")
                .arg(native(path))
                .arg(header.userVersion)
                .arg(plan.latestVersion())};

    std::unique_ptr<QLockFile> lock;
    if (access == Access::ReadWrite) {
        auto acquired = acquireLock(path);
        if (!acquired)
            return acquired.error();
        lock = std::move(*acquired);
    } else if (Status finished = finishInterruptedWrite(path);
               !finished && finished.error().code != ErrorCode::Locked) {
        return finished.error();
    }
    auto db = Database::open(path, access);
    if (!db)
        return db.error();
    // Reading the schema detects a damaged file before anything is written to it.
    if (auto check = (*db)->scalar(u"SELECT count(*) FROM sqlite_master"_s); !check)
        return Error{
            ErrorCode::Corrupt,
            tr("%1 is damaged and cannot be opened; it was left unchanged.").arg(native(path))};
    if (access == Access::ReadWrite) {
        if (Status ready = configure(**db); !ready)
            return ready.error();
    } else if (Status ready = (*db)->exec(u"PRAGMA foreign_keys = ON; PRAGMA mmap_size = "
                                          u"1073741824; PRAGMA cache_size = -32768"_s);
               !ready) {
        // Reports read through a memory map (no copy per page) and a 32 MB cache.
        return ready.error();
    }

    QString backup;
    if (header.userVersion < plan.latestVersion()) {
        backup = path + u".v%1.bak"_s.arg(header.userVersion);
        QFile::remove(backup);
        if (!QFile::copy(path, backup))
            return Error{ErrorCode::Io,
                         tr("Cannot write the backup %1 before upgrading; nothing was changed.")
                             .arg(native(backup))};
        if (auto kept = Snapshots(path, snapshots)
                            .take(**db, tr("the upgrade from version %1 to %2")
                                            .arg(header.userVersion)
                                            .arg(plan.latestVersion()));
            !kept)
            return kept.error();
        if (header.reservedBytes != PageChecksums::ReservedBytes &&
            plan.latestVersion() >= MigrationPlan::ChecksumsVersion) {
            // Rewritten page by page with room for a checksum on each (the backup is kept),
            // before the version changes: a version-3 file without checksums would be damaged,
            // so a crash between the two steps must leave the old version, checksummed or not.
            int reserved = PageChecksums::ReservedBytes;
            sqlite3_file_control((*db)->handle(), "main", SQLITE_FCNTL_RESERVE_BYTES, &reserved);
            sqlite3_file_control((*db)->handle(), "main", PageChecksums::StampWritesControl,
                                 nullptr);
            if (Status vacuumed = (*db)->exec(u"VACUUM"_s); !vacuumed)
                return vacuumed.error();
        }
        if (Status migrated = plan.migrate(**db, header.userVersion); !migrated)
            return migrated.error();
    }
    auto workspace = std::unique_ptr<Workspace>(
        new Workspace(std::move(*db), std::move(lock), plan.latestVersion()));
    workspace->m_backupPath = backup;
    workspace->m_snapshotPolicy = snapshots;
    return workspace;
}

Status Workspace::keepGoodState(const QString& before)
{
    if (Status inPlace = checkStillInPlace(); !inPlace)
        return inPlace;
    // An empty workspace has nothing to lose (and the first import is the usual case).
    auto imports = m_db->scalar(u"SELECT EXISTS (SELECT 1 FROM import_batches WHERE status = "
                                u"'committed')"_s);
    if (!imports)
        return imports.error();
    if (*imports == 0)
        return {};
    auto kept = Snapshots(path(), m_snapshotPolicy).take(*m_db, before);
    if (!kept)
        return kept.error();
    return {};
}

Status Workspace::finishInterruptedWrite(const QString& path)
{
    const QFileInfo journal(path + u"-journal"_s);
    if (!journal.exists() || journal.size() == 0)
        return {};
    auto lock = acquireLock(path);
    if (!lock)
        return lock.error(); // a live writer: its journal is its own, not an interrupted one
    auto db = Database::open(path, Access::ReadWrite);
    if (!db)
        return db.error();
    // The first read of a file with a hot journal rolls it back (and deletes the journal).
    if (auto read = (*db)->scalar(u"SELECT count(*) FROM sqlite_master"_s); !read)
        return read.error();
    return {};
}

Result<std::unique_ptr<Workspace>> Workspace::openOrCreate(const QString& path)
{
    const WorkspaceFileHeader header = WorkspaceFileHeader::read(path);
    if (!header.exists || header.isEmpty())
        return create(path);
    return open(path, Access::ReadWrite);
}

} // namespace leadloop
