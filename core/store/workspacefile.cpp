#include "workspacefile.h"

#include <QFile>
#include <QFileInfo>
#include <QtEndian>

namespace leadloop {

WorkspaceFileHeader WorkspaceFileHeader::read(const QString& path)
{
    WorkspaceFileHeader header;
    const QFileInfo info(path);
    header.exists = info.exists();
    if (!header.exists)
        return header;
    header.size = info.size();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return header;
    const QByteArray bytes = file.read(100);
    // https://www.sqlite.org/fileformat.html: magic string, user_version at 60, application_id
    // at 68.
    static constexpr char magic[] = "SQLite format 3";
    if (bytes.size() < 100 || !bytes.startsWith(QByteArrayView(magic, sizeof magic)))
        return header;
    header.isSqlite = true;
    header.userVersion = qFromBigEndian<qint32>(bytes.constData() + 60);
    header.applicationId = qFromBigEndian<quint32>(bytes.constData() + 68);
    return header;
}

} // namespace leadloop
