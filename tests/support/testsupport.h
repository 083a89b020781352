#pragma once

#include <QCryptographicHash>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

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

/// A temporary directory that test files are written into, removed with it.
class ScratchDir
{
public:
    QString path(const QString& name) const { return m_dir.filePath(name); }
    /// Writes the bytes to a file of that name and returns its path.
    QString file(const QString& name, const QByteArray& bytes) const
    {
        writeFile(path(name), bytes);
        return path(name);
    }

private:
    QTemporaryDir m_dir;
};

} // namespace leadloop::test

#include "store/database.h"
#include "store/statement.h"

#include <QMap>
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
    if (Status read = query.status(); !read) // never compares equal to real rows
        out.append(QStringLiteral("SQL ERROR: ") + read.error().message);
    return out;
}

/// A digest of each table's rows (in sorted order, so physical order does not matter), by table
/// name: two workspaces with the same digests hold the same data. A read error shows up as a
/// table named "(error)".
inline QMap<QString, QByteArray> tableDigests(Database& db)
{
    QMap<QString, QByteArray> digests;
    const QStringList tables =
        queryRows(db, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
    for (const QString& table : tables) {
        if (table.startsWith(QStringLiteral("SQL ERROR"))) {
            digests.insert(QStringLiteral("(error)"), table.toUtf8());
            continue;
        }
        const QByteArray sql = "SELECT * FROM \"" + table.toUtf8() + "\"";
        QStringList rows = queryRows(db, sql.constData());
        rows.sort();
        QCryptographicHash hash(QCryptographicHash::Sha256);
        for (const QString& row : rows)
            hash.addData(row.toUtf8().append('\n'));
        digests.insert(table, hash.result().toHex());
    }
    return digests;
}

} // namespace leadloop::test

#include "common/resulttable.h"

namespace leadloop::test {

/// A report's rows, each as its cells joined by '|' (empty for null), optionally sorted.
inline QStringList tableLines(const ResultTable& table, bool sorted = true)
{
    QStringList out;
    for (const QVariantList& row : table.rows) {
        QStringList cells;
        for (const QVariant& cell : row)
            cells.append(cell.toString());
        out.append(cells.join(u'|'));
    }
    if (sorted)
        out.sort();
    return out;
}

} // namespace leadloop::test

#include <functional>

namespace leadloop::test {

/// A value made by setting some of its fields, for data-driven rows: with<Filter>([](Filter& f)
/// { f.owners = {"Ewa"}; }).
template <typename T> T with(const std::function<void(T&)>& set)
{
    T value{};
    set(value);
    return value;
}

} // namespace leadloop::test

#include <QSettings>
#include <QStandardPaths>

namespace leadloop::test {

/// Gives this test process settings of its own, in a folder that lives as long as the process,
/// so test programs running side by side (ctest -j) do not overwrite each other's settings.
inline void isolateSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    static QTemporaryDir folder;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, folder.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, folder.path());
}

} // namespace leadloop::test
