#include "linereader.h"

#include "bytesource.h"

#include <cstring>

namespace leadloop {

LineReader::LineReader(ByteSource& source)
    : m_source(source)
    , m_buffer(1 << 20)
{}

bool LineReader::next()
{
    while (true) {
        const void* found = std::memchr(m_buffer.data() + m_begin, '\n', m_end - m_begin);
        if (found || (m_eof && m_begin < m_end)) {
            const size_t stop =
                found ? size_t(static_cast<const char*>(found) - m_buffer.data()) : m_end;
            size_t length = stop - m_begin;
            if (length > 0 && m_buffer[m_begin + length - 1] == '\r')
                --length;
            m_line = std::string_view(m_buffer.data() + m_begin, length);
            m_begin = found ? stop + 1 : m_end;
            ++m_number;
            return true;
        }
        if (m_eof)
            return false;
        // Move the partial line to the front and read more, growing for long lines.
        std::memmove(m_buffer.data(), m_buffer.data() + m_begin, m_end - m_begin);
        m_end -= m_begin;
        m_begin = 0;
        if (m_end == m_buffer.size())
            m_buffer.resize(m_buffer.size() * 2);
        const qint64 n = m_source.read(m_buffer.data() + m_end, qint64(m_buffer.size() - m_end));
        if (n < 0) {
            m_error = m_source.errorString();
            return false;
        }
        if (n == 0)
            m_eof = true;
        m_end += size_t(n);
    }
}

} // namespace leadloop
