#include "statement.h"

#include "common/strictchecks.h"
#include "common/utf8.h"
#include "sqliteerror.h"

#include <cstdlib>
#include <sqlite3.h>

namespace leadloop {

Statement::Statement(sqlite3* db, const char* sql)
    : m_db(db)
{
    if (const int rc = sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
        rc != SQLITE_OK) {
        fail(rc);
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
        return;
    }
    // Sized once: a later resize would move short strings whose bytes SQLite points at.
    m_text.resize(size_t(sqlite3_bind_parameter_count(m_stmt)) + 1);
}

Statement::~Statement()
{
    if (m_failure && !m_failureSeen) {
        // A caller dropped an error: its result may be truncated and was presented as complete.
        qCritical("Unchecked SQLite error (%s) in: %s", qPrintable(m_error),
                  m_stmt ? sqlite3_sql(m_stmt) : "(statement not prepared)");
        if (strictChecks())
            std::abort();
    }
    sqlite3_finalize(m_stmt);
}

void Statement::fail(int result)
{
    m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    if (!m_failure) {
        m_failure = SqliteError::fromConnection(m_db, result);
        m_failureSeen = false;
    }
}

void Statement::bound(int result)
{
    if (result != SQLITE_OK && m_stmt)
        fail(result);
}

QString Statement::errorString() const
{
    m_failureSeen = true;
    return m_error;
}

Status Statement::status() const
{
    m_failureSeen = true;
    if (m_failure)
        return *m_failure;
    return {};
}

Statement& Statement::bind(int index, qint64 value)
{
    bound(sqlite3_bind_int64(m_stmt, index, value));
    return *this;
}

Statement& Statement::bind(int index, double value)
{
    bound(sqlite3_bind_double(m_stmt, index, value));
    return *this;
}

Statement& Statement::bind(int index, const QString& value)
{
    if (value.isNull())
        return bindNull(index);
    // Encode into this parameter's own buffer, reused from row to row (no allocation once it
    // has grown); it stays untouched until the parameter is bound again, after the step.
    if (size_t(index) >= m_text.size()) {
        bound(SQLITE_RANGE); // no such parameter, as sqlite3_bind_* would say
        return *this;
    }
    std::string& buffer = m_text[size_t(index)];
    buffer.clear();
    appendUtf8(buffer, value);
    bound(sqlite3_bind_text(m_stmt, index, buffer.data(), int(buffer.size()), SQLITE_STATIC));
    return *this;
}

Statement& Statement::bind(int index, const std::optional<qint64>& value)
{
    return value ? bind(index, *value) : bindNull(index);
}

Statement& Statement::bindUtf8(int index, std::string_view value)
{
    if (value.empty())
        return bindNull(index);
    bound(sqlite3_bind_text(m_stmt, index, value.data(), int(value.size()), SQLITE_STATIC));
    return *this;
}

Statement& Statement::bindUtf8Text(int index, std::string_view value)
{
    bound(sqlite3_bind_text(m_stmt, index, value.data(), int(value.size()), SQLITE_STATIC));
    return *this;
}

Statement& Statement::bindNamed(const std::string& name, const QString& value)
{
    const int index = m_stmt ? sqlite3_bind_parameter_index(m_stmt, name.c_str()) : 0;
    if (index == 0) {
        bound(SQLITE_RANGE);
        return *this;
    }
    return bind(index, value);
}

Statement& Statement::bindBlob(int index, const QByteArray& bytes)
{
    bound(sqlite3_bind_blob64(m_stmt, index, bytes.constData(), sqlite3_uint64(bytes.size()),
                              SQLITE_TRANSIENT));
    return *this;
}

Statement& Statement::bindBlobBytes(int index, std::string_view bytes)
{
    bound(sqlite3_bind_blob64(m_stmt, index, bytes.data(), sqlite3_uint64(bytes.size()),
                              SQLITE_STATIC));
    return *this;
}

Statement& Statement::bindNull(int index)
{
    bound(sqlite3_bind_null(m_stmt, index));
    return *this;
}

Status Statement::execute()
{
    const Status done = executeRebound();
    if (m_stmt)
        sqlite3_clear_bindings(m_stmt);
    return done;
}

Status Statement::executeRebound()
{
    if (!m_stmt || m_failure)
        return status();
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_DONE || rc == SQLITE_ROW) {
        sqlite3_reset(m_stmt);
        return {};
    }
    // The error is returned here, so it counts as consulted; the statement stays usable.
    const Error error = SqliteError::fromConnection(m_db, rc);
    m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    sqlite3_reset(m_stmt);
    return error;
}

Result<qint64> Statement::insert()
{
    if (Status done = execute(); !done)
        return done.error();
    return qint64(sqlite3_last_insert_rowid(m_db));
}

bool Statement::next()
{
    if (!m_stmt || m_failure)
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        fail(rc);
    return false;
}

Result<std::optional<qint64>> Statement::optionalInt64()
{
    const bool row = next();
    if (Status ok = status(); !ok)
        return ok.error();
    std::optional<qint64> value;
    if (row && !isNull(0))
        value = int64(0);
    reset();
    return value;
}

Result<std::optional<QString>> Statement::optionalText()
{
    const bool row = next();
    if (Status ok = status(); !ok)
        return ok.error();
    std::optional<QString> value;
    if (row)
        value = text(0);
    reset();
    return value;
}

void Statement::reset()
{
    if (!m_stmt)
        return;
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

int Statement::columnCount() const
{
    return m_stmt ? sqlite3_column_count(m_stmt) : 0;
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString Statement::text(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return data ? QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column)) : QString();
}

std::string_view Statement::utf8(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return data ? std::string_view(data, size_t(sqlite3_column_bytes(m_stmt, column)))
                : std::string_view();
}

QByteArray Statement::blob(int column) const
{
    const auto* data = static_cast<const char*>(sqlite3_column_blob(m_stmt, column));
    return data ? QByteArray(data, sqlite3_column_bytes(m_stmt, column)) : QByteArray();
}

std::string_view Statement::blobBytes(int column) const
{
    const auto* data = static_cast<const char*>(sqlite3_column_blob(m_stmt, column));
    return data ? std::string_view(data, size_t(sqlite3_column_bytes(m_stmt, column)))
                : std::string_view();
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

} // namespace leadloop
