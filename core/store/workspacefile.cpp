#include "workspacefile.h"

#include "opendescriptor.h"

#include <QFile>
#include <QFileInfo>
#include <QtEndian>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace leadloop {

WorkspaceFileHeader WorkspaceFileHeader::read(const QString& path)
{
    WorkspaceFileHeader header;
    const QFileInfo info(path);
    header.exists = info.exists();
    if (!header.exists)
        return header;
    header.size = info.size();
    // When this process has the file open already (a workspace being written, and the desktop
    // opening a reader beside it), read through that descriptor: opening and closing one of our
    // own would drop the writer's locks (docs/architecture.md).
    QByteArray bytes;
#ifdef Q_OS_UNIX
    // The descriptor is another connection's and may close meanwhile (the desktop's readers
    // come and go on worker threads): the bytes count only if it still names the same file.
    const auto sameFile = [&path](int fd) {
        struct stat byDescriptor
        {
        }, byPath{};
        return ::fstat(fd, &byDescriptor) == 0 &&
               ::stat(QFile::encodeName(path).constData(), &byPath) == 0 &&
               byDescriptor.st_dev == byPath.st_dev && byDescriptor.st_ino == byPath.st_ino;
    };
    if (const int fd = openDescriptorOf(path); fd >= 0) {
        bytes.resize(100);
        const ssize_t n = ::pread(fd, bytes.data(), size_t(bytes.size()), 0);
        bytes.resize(n > 0 && sameFile(fd) ? qsizetype(n) : 0);
    }
    if (bytes.isEmpty())
#endif
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return header;
        bytes = file.read(100);
    }
    // https://www.sqlite.org/fileformat.html: magic string, user_version at 60, application_id
    // at 68.
    static constexpr char magic[] = "SQLite format 3";
    if (bytes.size() < 100 || !bytes.startsWith(QByteArrayView(magic, sizeof magic)))
        return header;
    header.isSqlite = true;
    header.userVersion = qFromBigEndian<qint32>(bytes.constData() + 60);
    header.changeCounter = qFromBigEndian<quint32>(bytes.constData() + 24);
    header.reservedBytes = uchar(bytes[20]);
    header.applicationId = qFromBigEndian<quint32>(bytes.constData() + 68);
    return header;
}

} // namespace leadloop
