#include "writeback.h"

#include <QFile>

#ifdef __linux__
#include <fcntl.h>
#include <unistd.h>
#endif

namespace leadloop {

Writeback::Writeback(const QString& path)
{
#ifdef __linux__
    m_fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
#else
    Q_UNUSED(path);
#endif
}

Writeback::~Writeback()
{
#ifdef __linux__
    if (m_fd >= 0)
        ::close(m_fd);
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
