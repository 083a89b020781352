#include "writeback.h"

#include "opendescriptor.h"

#ifdef __linux__
#include <fcntl.h>
#endif

namespace leadloop {

Writeback::Writeback(const QString& path)
    : m_fd(openDescriptorOf(path))
{}

void Writeback::start()
{
#ifdef __linux__
    if (m_fd >= 0)
        (void)::sync_file_range(m_fd, 0, 0, SYNC_FILE_RANGE_WRITE);
#endif
}

} // namespace leadloop
