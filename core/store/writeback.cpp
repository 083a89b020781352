#include "writeback.h"

#include <QDir>
#include <QFileInfo>

#ifdef __linux__
#include <fcntl.h>
#endif

namespace leadloop {

Writeback::Writeback(const QString& path)
{
#ifdef __linux__
    const QString target = QFileInfo(path).canonicalFilePath();
    if (target.isEmpty())
        return;
    const QDir descriptors(QStringLiteral("/proc/self/fd"));
    for (const QString& name : descriptors.entryList(QDir::Files | QDir::System)) {
        bool number = false;
        const int fd = name.toInt(&number);
        if (number && QFileInfo(descriptors.filePath(name)).symLinkTarget() == target) {
            m_fd = fd;
            return;
        }
    }
#else
    Q_UNUSED(path);
#endif
}

void Writeback::start()
{
#ifdef __linux__
    if (m_fd >= 0)
        (void)::sync_file_range(m_fd, 0, 0, SYNC_FILE_RANGE_WRITE);
#endif
}

} // namespace leadloop
