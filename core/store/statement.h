#pragma once

#include "common/result.h"

#include <optional>
#include <QByteArray>
#include <QString>
#include <string>
#include <string_view>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace leadloop {

/// A prepared SQLite statement on the C API, reused across rows for bulk writes and fast reads.
/// Parameters are 1-based as in SQLite; text is bound as UTF-8 copies.
///
/// Errors are sticky and must be consulted: next() returns false both after the last row and on
/// an error (a damaged page, a failed read), so every loop over next() ends with a look at
/// status(). A statement destroyed with an error nobody consulted is a defect; with the
/// environment variable LEADLOOP_STRICT_CHECKS=1 (set for every test) it aborts the process.
class Statement final
{
    Q_DISABLE_COPY_MOVE(Statement)

public:
    Statement(sqlite3* db, const char* sql);
    ~Statement();

    bool isValid() const { return m_stmt != nullptr; }
    /// SQLite's message when preparing or the last step failed.
    QString errorString() const;
    /// Ok, or the first error met by preparing, binding or stepping this statement, mapped by
    /// SqliteError (Corrupt, Io, DiskFull, …). Consulting it marks the error as handled.
    [[nodiscard]] Status status() const;

    Statement& bind(int index, qint64 value);
    Statement& bind(int index, int value) { return bind(index, qint64(value)); }
    Statement& bind(int index, double value);
    /// A null QString binds SQL NULL; an empty one binds ''.
    Statement& bind(int index, const QString& value);
    Statement& bind(int index, const std::optional<qint64>& value);
    /// Binds UTF-8 bytes without copying: they must stay valid until the statement is executed.
    /// An empty view binds NULL.
    Statement& bindUtf8(int index, std::string_view value);
    /// Like bindUtf8, but an empty view binds '' rather than NULL.
    Statement& bindUtf8Text(int index, std::string_view value);
    Statement& bindNull(int index);
    /// Binds bytes as a blob (copied).
    Statement& bindBlob(int index, const QByteArray& bytes);
    /// Binds bytes as a blob without copying: they must stay valid until the statement runs.
    Statement& bindBlobBytes(int index, std::string_view bytes);
    /// Binds text to a named parameter (":name"); a name the statement lacks is an error.
    Statement& bindNamed(const std::string& name, const QString& value);

    /// Steps once for a statement without rows, then resets it for the next use.
    Status execute();
    /// Like execute(), but keeps the bindings: for bulk writes that bind every parameter again
    /// before each run, where clearing hundreds of parameters per row would only cost time.
    Status executeRebound();
    /// Executes an INSERT like execute() and returns the new row's id.
    Result<qint64> insert();
    /// Steps to the next result row; false at the end or on an error, which status() then holds.
    [[nodiscard]] bool next();
    /// Steps once and reads the first column of the row as an integer: the value, nullopt when
    /// there is no row, or the error.
    Result<std::optional<qint64>> optionalInt64();
    /// Like optionalInt64() for text.
    Result<std::optional<QString>> optionalText();
    /// Resets the statement and clears its bindings.
    void reset();

    /// The number of columns of the statement's result rows.
    int columnCount() const;
    qint64 int64(int column) const;
    double real(int column) const;
    QString text(int column) const;
    /// The column's UTF-8 bytes, valid until the next step or reset (no conversion).
    std::string_view utf8(int column) const;
    bool isNull(int column) const;
    /// The column's bytes as a blob (copied).
    QByteArray blob(int column) const;
    /// The column's bytes as a blob, valid until the next step or reset (no copy).
    std::string_view blobBytes(int column) const;

private:
    void fail(int result);
    void bound(int result);

    sqlite3* m_db;
    sqlite3_stmt* m_stmt = nullptr;
    QString m_error;
    std::optional<Error> m_failure;
    mutable bool m_failureSeen = false;
    std::vector<std::string> m_text; // one reused UTF-8 buffer per parameter
};

} // namespace leadloop
