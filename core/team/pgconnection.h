#pragma once

#include "common/result.h"
#include "serveraddress.h"

#include <memory>
#include <optional>
#include <QByteArray>
#include <QCoreApplication>
#include <vector>

struct pg_conn;
struct pg_result;

namespace leadloop {

/// One parameter of a server statement: text, binary (bytea) or NULL.
struct PgParam
{
    QByteArray value;
    bool isNull = false;
    bool binary = false;

    static PgParam text(const QString& value) { return {value.toUtf8(), false, false}; }
    static PgParam number(qint64 value) { return {QByteArray::number(value), false, false}; }
    static PgParam optional(const std::optional<qint64>& value)
    {
        return value ? number(*value) : PgParam{{}, true, false};
    }
    static PgParam null() { return {{}, true, false}; }
    static PgParam bytes(QByteArray value) { return {std::move(value), false, true}; }
    /// A text[] array (in the server's text form); a null QString is an SQL NULL element.
    static PgParam textArray(const QStringList& values);
};

/// The rows a server statement returned, owned until this goes away.
class PgRows final
{
public:
    explicit PgRows(pg_result* result);
    PgRows(PgRows&& other) noexcept;
    ~PgRows();

    int count() const;
    bool isNull(int row, int column) const;
    QString text(int row, int column) const;
    qint64 int64(int row, int column) const;
    QByteArray bytes(int row, int column) const; ///< a bytea column, decoded

private:
    pg_result* m_result;
};

/// A connection to a team server through libpq. Every statement is parameterised; an error
/// becomes a translated message that names the server without its password, and a refusal for
/// lack of privilege (SQLSTATE 42501, or a row-level security check) becomes ErrorCode::Refused.
/// One thread uses a connection at a time.
class PgConnection final
{
    Q_DECLARE_TR_FUNCTIONS(PgConnection)
    Q_DISABLE_COPY_MOVE(PgConnection)

public:
    /// Connects; Offline when the server cannot be reached, Refused when it turns the login
    /// away.
    static Result<std::unique_ptr<PgConnection>> open(const ServerAddress& address);
    ~PgConnection();

    const ServerAddress& address() const { return m_address; }
    /// Runs statements without parameters or results (schema scripts, BEGIN, COMMIT).
    Status exec(const QString& sql);
    /// Runs one statement with $1… parameters.
    Result<PgRows> query(const char* sql, const std::vector<PgParam>& params = {});

    /// The connection's socket, to wait for notifications on (after LISTEN).
    int socket() const;
    /// Reads what has arrived and returns the payloads of the notifications received; Offline
    /// when the connection is lost.
    Result<QStringList> notifications();

private:
    PgConnection(pg_conn* conn, ServerAddress address);
    Error errorOf(pg_result* result) const;

    pg_conn* m_conn;
    ServerAddress m_address;
};

/// Runs statements in one server transaction: BEGIN now, ROLLBACK unless commit() succeeds.
class PgTransaction final
{
    Q_DISABLE_COPY_MOVE(PgTransaction)

public:
    explicit PgTransaction(PgConnection& connection);
    ~PgTransaction();
    const Status& begun() const { return m_begun; }
    Status commit();

private:
    PgConnection& m_connection;
    Status m_begun;
    bool m_open = false;
};

} // namespace leadloop
