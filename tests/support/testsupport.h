#pragma once

#include <QCryptographicHash>
#include <QFile>
#include <QString>

namespace leadloop::test {

/// The SHA-256 of a file's bytes, to prove that a refused file was left untouched.
inline QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

inline bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

} // namespace leadloop::test

#include "store/database.h"
#include "store/statement.h"

#include <QStringList>

namespace leadloop::test {

/// The rows a query returns, each as its cells joined by '|', NULL as "NULL".
inline QStringList queryRows(Database& db, const char* sql)
{
    Statement query(db.handle(), sql);
    QStringList out;
    while (query.next()) {
        QStringList cells;
        for (int i = 0; i < query.columnCount(); ++i)
            cells.append(query.isNull(i) ? QStringLiteral("NULL") : query.text(i));
        out.append(cells.join(u'|'));
    }
    return out;
}

} // namespace leadloop::test
