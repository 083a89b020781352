#include "importissue.h"

#include "export/tableformatter.h"
#include "store/database.h"
#include "store/statement.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace leadloop {

Status ImportIssues::store(Database& db, qint64 batchId, const QList<ImportIssue>& issues)
{
    Statement insert(db.handle(), "INSERT INTO import_issues (batch_id, severity, row_number, "
                                  "column_name, code, message, raw_row) VALUES (?1, ?2, ?3, ?4, "
                                  "?5, ?6, ?7)");
    for (const ImportIssue& issue : issues) {
        insert.bind(1, batchId)
            .bind(2, issue.severity)
            .bind(3, issue.row)
            .bind(4, issue.column)
            .bind(5, issue.code)
            .bind(6, issue.message)
            .bind(7, issue.raw);
        if (Status done = insert.execute(); !done)
            return done;
    }
    return {};
}

Status ImportIssues::writeRejects(const QString& path, const QList<ImportIssue>& issues)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{ErrorCode::Io,
                     QCoreApplication::translate("ImportIssues", "Cannot write %1: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString())};
    QByteArray out = "row,column,reason,original\r\n";
    for (const ImportIssue& issue : issues) {
        if (issue.severity != u"error")
            continue;
        out += (QString::number(issue.row) + u',' + csvCell(issue.column) + u',' +
                csvCell(issue.message) + u',' + csvCell(issue.raw) + u"\r\n"_s)
                   .toUtf8();
    }
    file.write(out);
    if (!file.commit())
        return Error{ErrorCode::Io,
                     QCoreApplication::translate("ImportIssues", "Cannot write %1: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString())};
    return {};
}

} // namespace leadloop
