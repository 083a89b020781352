#include "database.h"

#include "common/strictchecks.h"
#include "pagechecksums.h"
#include "sqliteerror.h"
#include "touchsequences.h"

#include <QDir>
#include <QThread>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace leadloop {

/// Turns off SQLite's memory statistics, which LeadLoop never reads: with them on, every
/// allocation inside SQLite takes a global mutex (about 3% of a tracking import). This only
/// takes effect before SQLite's first use in the process; later it is a harmless no-op.
/// Then installs the page checksums as the process's default VFS, so that every connection,
/// and every backup written through one, verifies and writes them (PageChecksums). The VFS is
/// process-wide state in SQLite, so it lives as long as the process.
static void configureLibrary()
{
    static const bool configured = [] {
        sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
        static PageChecksums checksums;
        return checksums.install(true);
    }();
    Q_UNUSED(configured);
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, Access access)
{
    configureLibrary();
    // A private cache, no mutex of SQLite's own (one thread holds a connection at a time) and
    // extended result codes, so that an I/O error says which one (SqliteError).
    const int flags = (access == Access::ReadOnly ? SQLITE_OPEN_READONLY
                                                  : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) |
                      SQLITE_OPEN_PRIVATECACHE | SQLITE_OPEN_NOMUTEX;
    sqlite3* handle = nullptr;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &handle, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString failure = handle ? QString::fromUtf8(sqlite3_errmsg(handle))
                                       : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_close_v2(handle);
        return Error{ErrorCode::Database,
                     tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(path), failure)};
    }
    sqlite3_busy_timeout(handle, 5000);
    sqlite3_extended_result_codes(handle, 1);
    return std::unique_ptr<Database>(new Database(path, access, handle));
}

Database::Database(QString path, Access access, sqlite3* handle)
    : m_path(std::move(path))
    , m_access(access)
    , m_handle(handle)
    , m_holder(QThread::currentThreadId())
{}

bool Database::isHeldHere() const
{
    return m_holder.load() == QThread::currentThreadId();
}

void Database::checkHolder() const
{
    if (strictChecks() && !isHeldHere())
        qFatal("A connection to %s was used by a thread that does not hold it.",
               qPrintable(m_path));
}

HeldConnection::HeldConnection(Database& db)
    : m_db(db)
    , m_previous(db.m_holder.exchange(QThread::currentThreadId()))
{}

HeldConnection::~HeldConnection()
{
    m_db.m_holder.store(m_previous);
}

Database::~Database()
{
    // Statements left unfinalised would keep the file open: close_v2 closes it when they go.
    sqlite3_close_v2(m_handle);
}

qint64 Database::changes() const
{
    return sqlite3_changes64(m_handle);
}

QString Database::lastError() const
{
    return QString::fromUtf8(sqlite3_errmsg(m_handle));
}

Status Database::exec(const QString& sql)
{
    checkHolder();
    char* message = nullptr;
    const int rc = sqlite3_exec(m_handle, sql.toUtf8().constData(), nullptr, nullptr, &message);
    sqlite3_free(message);
    if (rc == SQLITE_OK)
        return {};
    return SqliteError::fromConnection(m_handle, rc);
}

Result<qint64> Database::scalar(const QString& sql)
{
    checkHolder();
    sqlite3_stmt* statement = nullptr;
    const QByteArray text = sql.toUtf8();
    int rc = sqlite3_prepare_v2(m_handle, text.constData(), int(text.size()), &statement, nullptr);
    if (rc == SQLITE_OK)
        rc = sqlite3_step(statement);
    if (rc != SQLITE_ROW) {
        Error error = rc == SQLITE_DONE ? Error{ErrorCode::Database,
                                                tr("Database error in %1: the query returned "
                                                   "no row.")
                                                    .arg(QDir::toNativeSeparators(m_path))}
                                        : SqliteError::fromConnection(m_handle, rc);
        sqlite3_finalize(statement);
        return error;
    }
    const qint64 value = sqlite3_column_int64(statement, 0);
    sqlite3_finalize(statement);
    return value;
}

Transaction::Transaction(Database& db)
    : m_db(db)
{
    const Status begun = m_db.exec(u"BEGIN IMMEDIATE"_s);
    m_active = begun.ok();
    if (!begun)
        m_error = begun.error();
}

Transaction::~Transaction()
{
    rollback();
}

Status Transaction::commit()
{
    if (!m_active)
        return m_error;
    // Derived data kept in step inside the same transaction (docs/architecture.md).
    if (Status derived = TouchSequences::refresh(m_db); !derived)
        return derived;
    const Status done = m_db.exec(u"COMMIT"_s);
    if (done)
        m_active = false;
    return done;
}

void Transaction::rollback()
{
    if (m_active) {
        (void)m_db.exec(u"ROLLBACK"_s);
        m_active = false;
    }
}

Savepoint::Savepoint(Database& db)
    : m_db(db)
{
    m_outermost = sqlite3_get_autocommit(m_db.handle()) != 0;
    const Status begun = m_db.exec(u"SAVEPOINT leadloop_unit"_s);
    m_active = begun.ok();
    if (!begun)
        m_error = begun.error();
}

Savepoint::~Savepoint()
{
    if (m_active)
        (void)m_db.exec(u"ROLLBACK TO leadloop_unit; RELEASE leadloop_unit"_s);
}

Status Savepoint::release()
{
    if (!m_active)
        return m_error;
    if (m_outermost) // releasing commits: derived data as in Transaction::commit()
        if (Status derived = TouchSequences::refresh(m_db); !derived)
            return derived;
    const Status done = m_db.exec(u"RELEASE leadloop_unit"_s);
    if (done)
        m_active = false;
    return done;
}

} // namespace leadloop
