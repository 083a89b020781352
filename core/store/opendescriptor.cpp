#include "opendescriptor.h"

#include <QDir>
#include <QFileInfo>

namespace leadloop {

int openDescriptorOf(const QString& path)
{
#ifdef Q_OS_LINUX
    const QString target = QFileInfo(path).canonicalFilePath();
    if (target.isEmpty())
        return -1;
    const QDir descriptors(QStringLiteral("/proc/self/fd"));
    for (const QString& name : descriptors.entryList(QDir::Files | QDir::System)) {
        bool number = false;
        const int fd = name.toInt(&number);
        if (number && QFileInfo(descriptors.filePath(name)).symLinkTarget() == target)
            return fd;
    }
#else
    Q_UNUSED(path);
#endif
    return -1;
}

} // namespace leadloop
