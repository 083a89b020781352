#include "sqliteerror.h"

#include <QDir>
#include <sqlite3.h>

namespace leadloop {

ErrorCode SqliteError::codeFor(int extendedResult)
{
    if (extendedResult == SQLITE_IOERR_DATA) // a page whose checksum does not match
        return ErrorCode::Corrupt;
    switch (extendedResult & 0xff) {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return ErrorCode::Corrupt;
    case SQLITE_FULL:
        return ErrorCode::DiskFull;
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
        return ErrorCode::Io;
    case SQLITE_READONLY:
        return ErrorCode::ReadOnly;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return ErrorCode::Locked;
    case SQLITE_INTERRUPT:
        return ErrorCode::Cancelled;
    default:
        return ErrorCode::Database;
    }
}

QString SqliteError::damagedMessage(const QString& path)
{
    return tr("The workspace %1 is damaged: figures read from it may be wrong. Restore a "
              "snapshot (File > Restore…, or leadloop-cli restore) or recover what can be read "
              "into a new file (File > Recover…, or leadloop-cli recover).")
        .arg(QDir::toNativeSeparators(path));
}

Error SqliteError::fromConnection(sqlite3* db, int result)
{
    const int extended = db ? sqlite3_extended_errcode(db) : result;
    // The connection's code is the more precise one unless it was reset by a later call.
    const int code = (db && (extended & 0xff) == (result & 0xff)) ? extended : result;
    const char* file = db ? sqlite3_db_filename(db, "main") : nullptr;
    const QString path = QDir::toNativeSeparators(QString::fromUtf8(file ? file : ""));
    const QString detail = QString::fromUtf8(
        db && (extended & 0xff) == (result & 0xff) ? sqlite3_errmsg(db) : sqlite3_errstr(result));
    const ErrorCode errorCode = codeFor(code);
    switch (errorCode) {
    case ErrorCode::Corrupt:
        return {errorCode, damagedMessage(path)};
    case ErrorCode::DiskFull:
        return {errorCode, tr("There is no space left on the disk that holds %1: free some space "
                              "and try again.")
                               .arg(path)};
    case ErrorCode::Io:
        return {errorCode, tr("The disk or file system reported an error while reading or "
                              "writing %1 (%2).")
                               .arg(path, detail)};
    case ErrorCode::ReadOnly:
        return {errorCode,
                tr("%1 cannot be written: the file or its folder is read-only.").arg(path)};
    case ErrorCode::Locked:
        return {errorCode, tr("%1 is busy: another program is writing to it. Try again in a "
                              "moment.")
                               .arg(path)};
    case ErrorCode::Cancelled:
        return {errorCode, tr("The operation was cancelled.")};
    default:
        return {errorCode, tr("Database error in %1: %2").arg(path, detail)};
    }
}

} // namespace leadloop
