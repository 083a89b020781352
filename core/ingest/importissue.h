#pragma once

#include "common/result.h"

#include <QList>
#include <QString>

namespace leadloop {

class Database;

/// One problem found while importing: a rejected row (severity "error") or a note about a row
/// that was imported with a change ("warning"). Row numbers are 1-based file lines.
struct ImportIssue
{
    QString severity;
    qint64 row = 0;
    QString column;
    QString code;
    QString message;
    QString raw;
};

/// Stores a batch's issues in import_issues, and writes the rejected rows to a CSV file.
class ImportIssues final
{
public:
    static Status store(Database& db, qint64 batchId, const QList<ImportIssue>& issues);
    /// CSV with columns row, column, reason, original; written through QSaveFile.
    static Status writeRejects(const QString& path, const QList<ImportIssue>& issues);
};

} // namespace leadloop
