#include "pgconnection.h"

#include <libpq-fe.h>

using namespace Qt::StringLiterals;

namespace leadloop {

PgParam PgParam::textArray(const QStringList& values)
{
    QByteArray out = "{";
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i)
            out += ',';
        if (values[i].isNull()) {
            out += "NULL";
            continue;
        }
        out += '"';
        for (const char c : values[i].toUtf8()) {
            if (c == '"' || c == '\\')
                out += '\\';
            out += c;
        }
        out += '"';
    }
    out += '}';
    return {out, false, false};
}

PgRows::PgRows(pg_result* result)
    : m_result(result)
{}

PgRows::PgRows(PgRows&& other) noexcept
    : m_result(std::exchange(other.m_result, nullptr))
{}

PgRows::~PgRows()
{
    PQclear(m_result);
}

int PgRows::count() const
{
    return m_result ? PQntuples(m_result) : 0;
}

bool PgRows::isNull(int row, int column) const
{
    return PQgetisnull(m_result, row, column) != 0;
}

QString PgRows::text(int row, int column) const
{
    return QString::fromUtf8(PQgetvalue(m_result, row, column), PQgetlength(m_result, row, column));
}

qint64 PgRows::int64(int row, int column) const
{
    return QByteArray(PQgetvalue(m_result, row, column)).toLongLong();
}

QByteArray PgRows::bytes(int row, int column) const
{
    size_t size = 0;
    unsigned char* decoded = PQunescapeBytea(
        reinterpret_cast<const unsigned char*>(PQgetvalue(m_result, row, column)), &size);
    QByteArray out(reinterpret_cast<const char*>(decoded), qsizetype(size));
    PQfreemem(decoded);
    return out;
}

PgConnection::PgConnection(pg_conn* conn, ServerAddress address)
    : m_conn(conn)
    , m_address(std::move(address))
{}

PgConnection::~PgConnection()
{
    PQfinish(m_conn);
}

Result<std::unique_ptr<PgConnection>> PgConnection::open(const ServerAddress& address)
{
    // The application name shows in the server's pg_stat_activity; the client encoding is
    // UTF-8 whatever the server's default.
    // A server that does not answer is offline after 10 s, unless the URI says otherwise (it
    // comes later, so it wins).
    const QByteArray keys[] = {"connect_timeout", "dbname", "application_name", "client_encoding"};
    const QByteArray values[] = {"10", address.uri().toUtf8(), "LeadLoop", "UTF8"};
    const char* keywords[] = {keys[0].constData(), keys[1].constData(), keys[2].constData(),
                              keys[3].constData(), nullptr};
    const char* settings[] = {values[0].constData(), values[1].constData(), values[2].constData(),
                              values[3].constData(), nullptr};
    pg_conn* conn = PQconnectdbParams(keywords, settings, 1);
    if (!conn)
        return Error{ErrorCode::Offline,
                     tr("Out of memory while connecting to %1.").arg(address.uri())};
    if (PQstatus(conn) != CONNECTION_OK) {
        const QString detail = QString::fromUtf8(PQerrorMessage(conn)).trimmed();
        PQfinish(conn);
        // A server that answered and turned the login away is a refusal, not an outage.
        const bool refused = detail.contains(u"permission denied"_s) ||
                             detail.contains(u"authentication failed"_s) ||
                             detail.contains(u"does not exist"_s);
        return Error{
            refused ? ErrorCode::Refused : ErrorCode::Offline,
            refused ? tr("The team server %1 refused the login: %2").arg(address.uri(), detail)
                    : tr("The team server %1 cannot be reached: %2").arg(address.uri(), detail)};
    }
    return std::unique_ptr<PgConnection>(new PgConnection(conn, address));
}

int PgConnection::socket() const
{
    return PQsocket(m_conn);
}

Result<QStringList> PgConnection::notifications()
{
    if (!PQconsumeInput(m_conn) || PQstatus(m_conn) != CONNECTION_OK)
        return Error{
            ErrorCode::Offline,
            tr("The connection to the team server %1 was lost: %2")
                .arg(m_address.uri(), QString::fromUtf8(PQerrorMessage(m_conn)).trimmed())};
    QStringList payloads;
    while (PGnotify* notify = PQnotifies(m_conn)) {
        payloads.append(QString::fromUtf8(notify->extra));
        PQfreemem(notify);
    }
    return payloads;
}

Error PgConnection::errorOf(pg_result* result) const
{
    const char* state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    const QString code = state ? QString::fromLatin1(state) : QString();
    const QString detail =
        QString::fromUtf8(result ? PQresultErrorMessage(result) : PQerrorMessage(m_conn)).trimmed();
    // A server shutting down or crashing says so (class 57P: 57P01 admin shutdown, 57P02 crash
    // shutdown, 57P03 cannot connect now) before the connection is seen to be gone; class 08 is
    // a connection exception. Both mean the server is away, not that the change is wrong. So
    // does an error without any SQLSTATE: every error the server sends has one, so it is libpq's
    // own, about the connection ("server closed the connection unexpectedly" when a write fails
    // mid-push, which leaves the connection looking fine until libpq reads again).
    if (PQstatus(m_conn) != CONNECTION_OK || code.isEmpty() || code.startsWith(u"57P"_s) ||
        code.startsWith(u"08"_s))
        return {
            ErrorCode::Offline,
            tr("The connection to the team server %1 was lost: %2").arg(m_address.uri(), detail)};
    // 42501: insufficient privilege, which row-level security checks report too.
    if (code == u"42501")
        return {ErrorCode::Refused,
                tr("The team server %1 refused: %2").arg(m_address.uri(), detail)};
    return {ErrorCode::Database,
            tr("The team server %1 reported: %2").arg(m_address.uri(), detail)};
}

Status PgConnection::exec(const QString& sql)
{
    pg_result* result = PQexec(m_conn, sql.toUtf8().constData());
    const ExecStatusType status = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        Error error = errorOf(result);
        PQclear(result);
        return error;
    }
    PQclear(result);
    return {};
}

Result<PgRows> PgConnection::query(const char* sql, const std::vector<PgParam>& params)
{
    std::vector<const char*> values;
    std::vector<int> lengths, formats;
    values.reserve(params.size());
    for (const PgParam& param : params) {
        values.push_back(param.isNull ? nullptr : param.value.constData());
        lengths.push_back(int(param.value.size()));
        formats.push_back(param.binary ? 1 : 0);
    }
    pg_result* result = PQexecParams(m_conn, sql, int(params.size()), nullptr, values.data(),
                                     lengths.data(), formats.data(), 0);
    const ExecStatusType status = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        Error error = errorOf(result);
        PQclear(result);
        return error;
    }
    return PgRows(result);
}

PgTransaction::PgTransaction(PgConnection& connection)
    : m_connection(connection)
{
    m_begun = m_connection.exec(u"BEGIN"_s);
    m_open = m_begun.ok();
}

PgTransaction::~PgTransaction()
{
    if (m_open)
        (void)m_connection.exec(u"ROLLBACK"_s);
}

Status PgTransaction::commit()
{
    m_open = false;
    return m_connection.exec(u"COMMIT"_s);
}

} // namespace leadloop
