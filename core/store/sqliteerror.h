#pragma once

#include "common/error.h"

#include <QCoreApplication>

struct sqlite3;

namespace leadloop {

/// The one rule that turns an SQLite result code into LeadLoop's Error: damaged pages (including
/// a failed page checksum) are Corrupt, a full disk is DiskFull, other I/O failures are Io, a
/// read-only file is ReadOnly, a busy file is Locked; the message names the workspace file.
class SqliteError final
{
    Q_DECLARE_TR_FUNCTIONS(SqliteError)

public:
    /// The ErrorCode for an (extended) SQLite result code other than OK, ROW and DONE.
    static ErrorCode codeFor(int extendedResult);
    /// The error `db` last met, given the result code the failing call returned.
    static Error fromConnection(sqlite3* db, int result);
    /// The sentence shown for a damaged workspace, naming its file.
    static QString damagedMessage(const QString& path);
};

} // namespace leadloop
