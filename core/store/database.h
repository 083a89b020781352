#pragma once

#include "common/result.h"

#include <atomic>
#include <memory>
#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QVariant>

struct sqlite3;

namespace leadloop {

/// One SQLite connection, opened through SQLite's own API (not QtSql, whose process-wide
/// connection registry every thread would share). Not shared between threads: a
/// worker thread opens its own Database on the same file, or the connection is handed to it
/// for a while (HeldConnection). The thread that holds it is recorded; with strict checks on
/// (common/strictchecks.h), use from any other thread aborts the process.
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
    /// SQLite's handle, valid while this object lives. Only for the
    /// thread that holds the connection.
    sqlite3* handle() const
    {
        checkHolder();
        return m_handle;
    }
    /// Whether the calling thread holds the connection (the one that opened it, unless it was
    /// handed over).
    bool isHeldHere() const;

    /// Runs one or more SQL statements with no result rows.
    Status exec(const QString& sql);
    /// Runs a query whose first column of the first row is an integer.
    Result<qint64> scalar(const QString& sql);
    /// How many rows the last INSERT, UPDATE or DELETE on this connection changed.
    qint64 changes() const;
    /// The text of SQLite's last error on this connection.
    QString lastError() const;

    /// A value that lasts as long as this connection and is never written to the file (what
    /// the connection is doing for its caller, such as applying a team member's change).
    QVariant state(const QString& key) const { return m_state.value(key); }
    void setState(const QString& key, const QVariant& value)
    {
        if (value.isValid())
            m_state.insert(key, value);
        else
            m_state.remove(key);
    }

private:
    friend class HeldConnection;
    Database(QString path, Access access, sqlite3* handle);
    void checkHolder() const;

    QString m_path;
    Access m_access;
    sqlite3* m_handle;
    std::atomic<Qt::HANDLE> m_holder;
    QHash<QString, QVariant> m_state;
};

/// Hands a connection to the calling thread for its lifetime and back to the previous holder
/// afterwards: a worker that borrows the GUI thread's connection while the GUI thread waits.
class HeldConnection final
{
    Q_DISABLE_COPY_MOVE(HeldConnection)

public:
    explicit HeldConnection(Database& db);
    ~HeldConnection();

private:
    Database& m_db;
    Qt::HANDLE m_previous;
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

/// A SAVEPOINT: a unit of work that is a transaction of its own when none is open, and a part
/// of the caller's when one is (rolled back alone when it is not released).
class Savepoint final
{
    Q_DISABLE_COPY_MOVE(Savepoint)

public:
    explicit Savepoint(Database& db);
    ~Savepoint();

    bool isActive() const { return m_active; }
    const Error& error() const { return m_error; }
    Status release();

private:
    Database& m_db;
    bool m_active = false;
    bool m_outermost = false; // began a transaction: releasing it commits
    Error m_error{ErrorCode::Database, {}};
};

} // namespace leadloop
