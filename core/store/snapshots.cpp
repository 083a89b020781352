#include "snapshots.h"

#include "database.h"
#include "integritycheck.h"
#include "pagechecksums.h"
#include "sqliteerror.h"
#include "workspace.h"
#include "workspacefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace leadloop {

namespace {

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

QString sidecarOf(const QString& snapshot)
{
    return snapshot.chopped(qsizetype(qstrlen(".leadloop"))) + u".json"_s;
}

Status writeSidecar(const Snapshot& s)
{
    QSaveFile file(sidecarOf(s.path));
    const QJsonObject object{{u"taken_at"_s, s.takenAt.toString(Qt::ISODateWithMs)},
                             {u"before"_s, s.before},
                             {u"schema_version"_s, s.schemaVersion}};
    const QByteArray bytes = QJsonDocument(object).toJson();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error{
            ErrorCode::Io,
            Snapshots::tr("Cannot write %1: %2").arg(native(file.fileName()), file.errorString())};
    return {};
}

/// Copies `db` into the file `path` (which must not exist) through the backup API.
Status backUp(Database& db, const QString& path, const Snapshots::Progress& progress)
{
    auto target = Database::open(path, Database::Access::ReadWrite);
    if (!target)
        return target.error();
    sqlite3* dest = (*target)->handle();
    // The copy's pages may reach the disk before its header says they carry checksums.
    if (WorkspaceFileHeader::read(db.path()).reservedBytes == PageChecksums::ReservedBytes)
        sqlite3_file_control(dest, "main", PageChecksums::StampWritesControl, nullptr);
    sqlite3_backup* backup = sqlite3_backup_init(dest, "main", db.handle(), "main");
    if (!backup)
        return SqliteError::fromConnection(dest, sqlite3_errcode(dest));
    int rc = SQLITE_OK;
    bool cancelled = false;
    do {
        rc = sqlite3_backup_step(backup, 1024); // about 4 MB at a time, for progress and cancel
        if (progress && (rc == SQLITE_OK || rc == SQLITE_DONE) &&
            !progress(sqlite3_backup_pagecount(backup) - sqlite3_backup_remaining(backup),
                      sqlite3_backup_pagecount(backup)))
            cancelled = true;
    } while ((rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED) && !cancelled);
    sqlite3_backup_finish(backup);
    if (cancelled)
        return Error{ErrorCode::Cancelled, Snapshots::tr("The snapshot was cancelled.")};
    if (rc != SQLITE_DONE)
        return SqliteError::fromConnection(dest, rc);
    return {};
}

void removeSnapshotFiles(const QString& path)
{
    QFile::remove(path);
    QFile::remove(sidecarOf(path));
}

} // namespace

Snapshots::Snapshots(QString workspacePath, SnapshotPolicy policy)
    : m_workspacePath(std::move(workspacePath))
    , m_policy(std::move(policy))
{}

QString Snapshots::folder() const
{
    const QFileInfo workspace(m_workspacePath);
    if (m_policy.folder.isEmpty())
        return workspace.absoluteFilePath() + u".snapshots"_s;
    // One subfolder per workspace in a folder the user chose.
    return QDir(m_policy.folder).filePath(workspace.fileName() + u".snapshots"_s);
}

Result<Snapshot> Snapshots::take(Database& db, const QString& before,
                                 const Progress& progress) const
{
    if (!m_policy.enabled)
        return Snapshot{};
    const QString dir = folder();
    if (!QDir().mkpath(dir))
        return Error{
            ErrorCode::Io,
            tr("Cannot create the snapshot folder %1; nothing was changed.").arg(native(dir))};
    Snapshot s;
    s.takenAt = QDateTime::currentDateTimeUtc();
    s.before = before;
    s.schemaVersion = WorkspaceFileHeader::read(m_workspacePath).userVersion;
    QString name = s.takenAt.toString(u"yyyyMMdd-HHmmss-zzz"_s);
    while (QFileInfo::exists(QDir(dir).filePath(name + u".leadloop"_s)))
        name += u"-1"_s;
    s.path = QDir(dir).filePath(name + u".leadloop"_s);
    const QString partial = s.path + u".partial"_s;
    QFile::remove(partial);
    Status copied = backUp(db, partial, progress);
    if (copied) {
        // A snapshot that does not check whole is no good state to go back to.
        auto check = IntegrityCheck::run(partial);
        if (!check)
            copied = check.error();
        else if (!check->whole)
            copied = Error{ErrorCode::Corrupt,
                           tr("The snapshot of %1 did not check whole (%2); nothing was changed.")
                               .arg(native(m_workspacePath), check->problems.value(0))};
    }
    if (copied && !QFile::rename(partial, s.path))
        copied = Error{ErrorCode::Io, tr("Cannot write the snapshot %1.").arg(native(s.path))};
    if (copied)
        copied = writeSidecar(s);
    if (!copied) {
        QFile::remove(partial);
        removeSnapshotFiles(s.path);
        return copied.error();
    }
    s.bytes = QFileInfo(s.path).size();
    if (Status pruned = prune(); !pruned)
        return pruned.error();
    return s;
}

Result<QList<Snapshot>> Snapshots::list() const
{
    QList<Snapshot> out;
    const QDir dir(folder());
    if (!dir.exists())
        return out;
    for (const QFileInfo& file :
         dir.entryInfoList({u"*.leadloop"_s}, QDir::Files, QDir::Name | QDir::Reversed)) {
        Snapshot s;
        s.path = file.absoluteFilePath();
        s.bytes = file.size();
        QFile sidecar(sidecarOf(s.path));
        if (sidecar.open(QIODevice::ReadOnly)) {
            const QJsonObject o = QJsonDocument::fromJson(sidecar.readAll()).object();
            s.takenAt = QDateTime::fromString(o.value(u"taken_at"_s).toString(), Qt::ISODateWithMs);
            s.before = o.value(u"before"_s).toString();
            s.schemaVersion = o.value(u"schema_version"_s).toInt();
        }
        if (!s.takenAt.isValid())
            s.takenAt = file.lastModified().toUTC();
        out.append(s);
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const Snapshot& a, const Snapshot& b) { return a.takenAt > b.takenAt; });
    return out;
}

Status Snapshots::prune() const
{
    auto all = list();
    if (!all)
        return all.error();
    qint64 total = 0;
    for (qsizetype i = 0; i < all->size(); ++i) {
        const Snapshot& s = all->at(i);
        total += s.bytes;
        // The newest always stays; then up to `keep`, within the size.
        if (i > 0 && (i >= m_policy.keep || total > m_policy.maxBytes))
            removeSnapshotFiles(s.path);
    }
    return {};
}

Status Snapshots::restore(const Snapshot& snapshot) const
{
    auto check = IntegrityCheck::run(snapshot.path);
    if (!check)
        return check.error();
    if (!check->whole)
        return Error{
            ErrorCode::Corrupt,
            tr("The snapshot %1 is damaged itself; choose another.").arg(native(snapshot.path))};
    QLockFile lock(m_workspacePath + u".lock"_s);
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0))
        return Error{ErrorCode::Locked, tr("The workspace %1 is open for writing elsewhere; close "
                                           "it there first.")
                                            .arg(native(m_workspacePath))};
    // The state being replaced is kept too, as a file copy: it may be damaged.
    if (QFileInfo::exists(m_workspacePath)) {
        Snapshot replaced;
        replaced.takenAt = QDateTime::currentDateTimeUtc();
        replaced.before = tr("restoring the snapshot of %1")
                              .arg(snapshot.takenAt.toLocalTime().toString(Qt::ISODate));
        replaced.schemaVersion = WorkspaceFileHeader::read(m_workspacePath).userVersion;
        QDir().mkpath(folder());
        replaced.path = QDir(folder()).filePath(
            replaced.takenAt.toString(u"yyyyMMdd-HHmmss-zzz"_s) + u"-replaced.leadloop"_s);
        if (!QFile::copy(m_workspacePath, replaced.path))
            return Error{ErrorCode::Io, tr("Cannot keep a copy of %1 before restoring; nothing was "
                                           "changed.")
                                            .arg(native(m_workspacePath))};
        if (Status written = writeSidecar(replaced); !written)
            return written;
    }
    const QString incoming = m_workspacePath + u".restoring"_s;
    QFile::remove(incoming);
    if (!QFile::copy(snapshot.path, incoming))
        return Error{ErrorCode::Io,
                     tr("Cannot copy the snapshot next to %1.").arg(native(m_workspacePath))};
    // The replaced file's rollback journal must never be played over the restored one.
    QFile::remove(m_workspacePath + u"-journal"_s);
    QFile::remove(m_workspacePath);
    if (!QFile::rename(incoming, m_workspacePath)) {
        QFile::remove(incoming);
        return Error{ErrorCode::Io,
                     tr("Cannot put the snapshot in place of %1.").arg(native(m_workspacePath))};
    }
    return {};
}

} // namespace leadloop
