#include "integritycheck.h"

#include "database.h"
#include "pagechecksums.h"
#include "sqliteerror.h"
#include "workspace.h"
#include "workspacefile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace leadloop {

std::optional<FileFingerprint> FileFingerprint::of(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return std::nullopt;
    FileFingerprint print;
    print.size = info.size();
    print.modifiedMs = info.lastModified().toMSecsSinceEpoch();
    // Read the way that keeps this process's SQLite locks (docs/architecture.md).
    print.changeCounter = WorkspaceFileHeader::read(path).changeCounter;
    return print;
}

namespace {

/// Progress from the pages read so far (cache misses) against the file's page count.
struct CheckProgress
{
    sqlite3* db;
    qint64 pages;
    const IntegrityCheck::Progress* report;
    int lastPercent = -1;
    bool cancelled = false;
};

int onProgress(void* context)
{
    auto* p = static_cast<CheckProgress*>(context);
    int misses = 0, highWater = 0;
    sqlite3_db_status(p->db, SQLITE_DBSTATUS_CACHE_MISS, &misses, &highWater, 0);
    const int percent =
        p->pages > 0 ? int(std::min<qint64>(99, qint64(misses) * 100 / p->pages)) : 0;
    if (percent != p->lastPercent) {
        p->lastPercent = percent;
        if (!(*p->report)(percent)) {
            p->cancelled = true;
            return 1; // interrupts the check
        }
    }
    return 0;
}

} // namespace

Result<IntegrityReport> IntegrityCheck::run(const QString& path, const Progress& progress)
{
    if (!QFileInfo::exists(path))
        return Error{ErrorCode::NotFound,
                     tr("The workspace %1 does not exist.").arg(QDir::toNativeSeparators(path))};
    IntegrityReport report;
    PageChecksums::takeLastFailedPage(); // this check's own failures only
    // A transaction a crashed writer left half done is rolled back first: it is not damage.
    if (Status finished = Workspace::finishInterruptedWrite(path);
        !finished && finished.error().code != ErrorCode::Locked)
        return finished.error();
    auto opened = Database::open(path, Database::Access::ReadOnly);
    if (!opened) {
        report.whole = false;
        report.problems.append(opened.error().message);
        return report;
    }
    Database& db = **opened;
    sqlite3* handle = db.handle();
    auto pages = db.scalar(u"PRAGMA page_count"_s);
    if (!pages) {
        report.whole = false;
        report.problems.append(pages.error().message);
        return report;
    }
    CheckProgress state{handle, *pages, &progress};
    if (progress)
        sqlite3_progress_handler(handle, 20000, &onProgress, &state);
    // A small cache: every page is read once, in order; the check's own b-trees stay small.
    (void)db.exec(u"PRAGMA cache_size = -8192"_s);
    sqlite3_stmt* check = nullptr;
    int rc = sqlite3_prepare_v2(handle, "PRAGMA quick_check(20)", -1, &check, nullptr);
    if (rc == SQLITE_OK)
        while ((rc = sqlite3_step(check)) == SQLITE_ROW) {
            const auto* line = reinterpret_cast<const char*>(sqlite3_column_text(check, 0));
            if (line && qstrcmp(line, "ok") != 0)
                for (const QString& part : QString::fromUtf8(line).split(u'\n'))
                    if (!part.startsWith(u"***"_s))
                        report.problems.append(part);
        }
    if (rc != SQLITE_DONE && !state.cancelled) {
        // A page that fails its checksum, or one SQLite cannot read at all, stops the check.
        const Error error = SqliteError::fromConnection(handle, rc);
        report.problems.append(QString::fromUtf8(sqlite3_errmsg(handle)));
        if (const quint32 page = PageChecksums::takeLastFailedPage(); page > 0)
            report.problems.append(tr("Page %1 does not match its checksum.").arg(page));
        if (error.code != ErrorCode::Corrupt && error.code != ErrorCode::Io &&
            error.code != ErrorCode::Database) {
            sqlite3_finalize(check);
            return error;
        }
    }
    sqlite3_finalize(check);
    sqlite3_progress_handler(handle, 0, nullptr, nullptr);
    if (state.cancelled)
        return Error{ErrorCode::Cancelled, tr("The check was cancelled.")};
    report.whole = report.problems.isEmpty();
    if (progress)
        progress(100);
    return report;
}

IntegrityCache::IntegrityCache(QString group)
    : m_group(std::move(group))
{}

QString IntegrityCache::keyOf(const QString& path) const
{
    const QString canonical = QFileInfo(path).canonicalFilePath();
    const QByteArray hash =
        QCryptographicHash::hash(
            (canonical.isEmpty() ? QFileInfo(path).absoluteFilePath() : canonical).toUtf8(),
            QCryptographicHash::Sha1)
            .toHex();
    return m_group + u'/' + QString::fromLatin1(hash);
}

bool IntegrityCache::isKnownWhole(const QString& path) const
{
    const auto now = FileFingerprint::of(path);
    if (!now)
        return false;
    const QSettings settings;
    const QString key = keyOf(path);
    const QStringList stored = settings.value(key).toStringList();
    return stored.size() == 3 && stored[0].toLongLong() == now->size &&
           stored[1].toLongLong() == now->modifiedMs && stored[2].toUInt() == now->changeCounter;
}

void IntegrityCache::rememberWhole(const QString& path) const
{
    const auto now = FileFingerprint::of(path);
    if (!now)
        return;
    QSettings().setValue(keyOf(path),
                         QStringList{QString::number(now->size), QString::number(now->modifiedMs),
                                     QString::number(now->changeCounter)});
}

void IntegrityCache::forget(const QString& path) const
{
    QSettings().remove(keyOf(path));
}

} // namespace leadloop
