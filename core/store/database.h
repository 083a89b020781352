#pragma once

#include "common/result.h"

#include <memory>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

struct sqlite3;

namespace leadloop {

/// One SQLite connection, opened through Qt's QSQLITE driver and usable both through QtSql and
/// through the driver's own `sqlite3*` handle for the hot paths. Not shared between threads: a
/// worker thread opens its own Database on the same file.
class Database final
{
    Q_DECLARE_TR_FUNCTIONS(Database)
    Q_DISABLE_COPY_MOVE(Database)

public:
    enum class Access
    {
        ReadOnly,
        ReadWrite
    };

    /// Opens (ReadWrite creates) the file. Fails with Database or Corrupt, never throws.
    static Result<std::unique_ptr<Database>> open(const QString& path, Access access);
    ~Database();

    const QString& path() const { return m_path; }
    Access access() const { return m_access; }
    QSqlDatabase connection() const;
    /// The driver's handle; owned by the driver, valid while this object lives.
    sqlite3* handle() const { return m_handle; }

    /// Runs one or more SQL statements with no result rows.
    Status exec(const QString& sql);
    /// Runs a query whose first column of the first row is an integer.
    Result<qint64> scalar(const QString& sql);
    /// How many rows the last INSERT, UPDATE or DELETE on this connection changed.
    qint64 changes() const;
    /// The text of SQLite's last error on this connection.
    QString lastError() const;

private:
    Database(QString path, QString connectionName, Access access, sqlite3* handle);

    QString m_path;
    QString m_connectionName;
    Access m_access;
    sqlite3* m_handle;
};

/// A transaction that rolls back unless commit() succeeds; one per batch of writes.
class Transaction final
{
    Q_DISABLE_COPY_MOVE(Transaction)

public:
    explicit Transaction(Database& db);
    ~Transaction();

    /// Whether BEGIN succeeded; when it did not, error() says why.
    bool isActive() const { return m_active; }
    const Error& error() const { return m_error; }
    Status commit();
    void rollback();

private:
    Database& m_db;
    bool m_active = false;
    Error m_error{ErrorCode::Database, {}};
};

} // namespace leadloop
