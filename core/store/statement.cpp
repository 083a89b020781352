#include "statement.h"

#include "common/utf8.h"

#include <sqlite3.h>

namespace leadloop {

Statement::Statement(sqlite3* db, const char* sql)
    : m_db(db)
{
    if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
        return;
    }
    // Sized once: a later resize would move short strings whose bytes SQLite points at.
    m_text.resize(size_t(sqlite3_bind_parameter_count(m_stmt)) + 1);
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

QString Statement::errorString() const
{
    return m_error;
}

Statement& Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement& Statement::bind(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

Statement& Statement::bind(int index, const QString& value)
{
    if (value.isNull())
        return bindNull(index);
    // Encode into this parameter's own buffer, reused from row to row (no allocation once it
    // has grown); it stays untouched until the parameter is bound again, after the step.
    if (size_t(index) >= m_text.size())
        return *this; // no such parameter; sqlite3_bind_* would fail the same way
    std::string& buffer = m_text[size_t(index)];
    buffer.clear();
    appendUtf8(buffer, value);
    sqlite3_bind_text(m_stmt, index, buffer.data(), int(buffer.size()), SQLITE_STATIC);
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
    sqlite3_bind_text(m_stmt, index, value.data(), int(value.size()), SQLITE_STATIC);
    return *this;
}

Statement& Statement::bindUtf8Text(int index, std::string_view value)
{
    sqlite3_bind_text(m_stmt, index, value.data(), int(value.size()), SQLITE_STATIC);
    return *this;
}

Statement& Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

Status Statement::execute()
{
    if (!m_stmt)
        return Error{ErrorCode::Database, m_error};
    const int rc = sqlite3_step(m_stmt);
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    if (rc == SQLITE_DONE || rc == SQLITE_ROW)
        return {};
    m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    return Error{ErrorCode::Database, m_error};
}

Status Statement::executeRebound()
{
    if (!m_stmt)
        return Error{ErrorCode::Database, m_error};
    const int rc = sqlite3_step(m_stmt);
    sqlite3_reset(m_stmt);
    if (rc == SQLITE_DONE || rc == SQLITE_ROW)
        return {};
    m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    return Error{ErrorCode::Database, m_error};
}

Result<qint64> Statement::insert()
{
    if (Status done = execute(); !done)
        return done.error();
    return qint64(sqlite3_last_insert_rowid(m_db));
}

bool Statement::next()
{
    if (!m_stmt)
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    return false;
}

void Statement::reset()
{
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

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

} // namespace leadloop
