#pragma once
// Damaging workspace files the way failing disks and sync tools do (tests only).

#include "store/workspace.h"
#include "testsupport.h"

#include <QFile>

namespace leadloop::test {

/// The pages of one b-tree (a table or an index) of a workspace, by SQLite's dbstat; `type` is
/// "leaf" or "internal".
inline QList<qint64> pagesOf(const QString& path, const QString& name, const char* type)
{
    auto ws = Workspace::open(path, Workspace::Access::ReadOnly);
    if (!ws)
        return {};
    const QByteArray sql = "SELECT pageno FROM dbstat WHERE name = '" + name.toUtf8() +
                           "' AND pagetype = '" + type + "' ORDER BY pageno";
    QList<qint64> pages;
    for (const QString& row : queryRows((*ws)->database(), sql.constData()))
        pages.append(row.toLongLong());
    return pages;
}

/// Flips the bits of `count` bytes at `offset`; false when the file cannot be written.
inline bool flipBytes(const QString& path, qint64 offset, int count)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || !file.seek(offset))
        return false;
    QByteArray bytes = file.read(count);
    for (char& b : bytes)
        b = char(uchar(b) ^ 0x5A);
    return file.seek(offset) && file.write(bytes) == bytes.size();
}

/// Flips a byte in the middle of one of a table's data pages (the workspace's pages are 4 KiB).
inline bool damageTablePage(const QString& path, const QString& table)
{
    const QList<qint64> leaves = pagesOf(path, table, "leaf");
    return !leaves.isEmpty() && flipBytes(path, (leaves[leaves.size() / 2] - 1) * 4096 + 1000, 1);
}

} // namespace leadloop::test
