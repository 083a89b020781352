#pragma once

#include <QString>
#include <string_view>
#include <vector>

namespace leadloop {

class ByteSource;

/// Reads text lines (JSON Lines) from a ByteSource in blocks; a line stays valid until the next
/// call. Line breaks are '\n' with an optional '\r'.
class LineReader final
{
public:
    explicit LineReader(ByteSource& source);

    bool next();
    std::string_view line() const { return m_line; }
    qint64 lineNumber() const { return m_number; }
    bool failed() const { return !m_error.isEmpty(); }
    const QString& errorString() const { return m_error; }

private:
    ByteSource& m_source;
    std::vector<char> m_buffer;
    size_t m_begin = 0;
    size_t m_end = 0;
    bool m_eof = false;
    qint64 m_number = 0;
    std::string_view m_line;
    QString m_error;
};

} // namespace leadloop
