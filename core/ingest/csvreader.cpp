#include "csvreader.h"

#include "bytesource.h"

#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace leadloop {

namespace {

/// The position of the first `delimiter` or '\n' in data[i, end), or end. Sixteen bytes at a time
/// where SSE2 is available (every x86-64): an unquoted field is scanned about three times faster
/// than byte by byte.
qsizetype fieldEnd(const char* data, qsizetype i, qsizetype end, char delimiter)
{
#if defined(__SSE2__)
    const __m128i delimiters = _mm_set1_epi8(delimiter);
    const __m128i newlines = _mm_set1_epi8('\n');
    for (; i + 16 <= end; i += 16) {
        const __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i*>(data + i));
        const int hits = _mm_movemask_epi8(
            _mm_or_si128(_mm_cmpeq_epi8(chunk, delimiters), _mm_cmpeq_epi8(chunk, newlines)));
        if (hits)
            return i + __builtin_ctz(unsigned(hits));
    }
#endif
    while (i < end && data[i] != delimiter && data[i] != '\n')
        ++i;
    return i;
}

} // namespace

CsvReader::CsvReader(ByteSource& source, char delimiter)
    : m_source(source)
    , m_delimiter(delimiter)
    , m_buffer(1 << 20)
{}

bool CsvReader::fill()
{
    // Keep the unparsed tail, make room, read more. Grows only for records longer than a block.
    const qsizetype tail = m_end - m_begin;
    if (m_begin > 0) {
        std::memmove(m_buffer.data(), m_buffer.data() + m_begin, size_t(tail));
        m_begin = 0;
        m_end = tail;
    }
    if (m_end == qsizetype(m_buffer.size())) {
        if (qsizetype(m_buffer.size()) >= MaxRecordBytes) {
            m_error =
                tr("Line %1 starts a record longer than %2 MB; a quote is probably not closed.")
                    .arg(m_nextLine)
                    .arg(MaxRecordBytes / (1024 * 1024));
            return false;
        }
        m_buffer.resize(m_buffer.size() * 2);
    }
    const qint64 n = m_source.read(m_buffer.data() + m_end, qint64(m_buffer.size()) - m_end);
    if (n < 0) {
        m_error = tr("Reading stopped at line %1: %2").arg(m_nextLine).arg(m_source.errorString());
        return false;
    }
    if (n == 0)
        m_eof = true;
    m_end += n;
    return true;
}

CsvReader::Parse CsvReader::parseRecord()
{
    m_fields.clear();
    m_unescaped.clear();
    const char* const data = m_buffer.data();
    qsizetype i = m_begin;
    qint64 lines = 0;
    const char delimiter = m_delimiter;

    while (true) {
        // One field.
        if (i < m_end && data[i] == '"') {
            const qsizetype start = ++i;
            bool escaped = false;
            while (true) {
                const void* quote = std::memchr(data + i, '"', size_t(m_end - i));
                if (!quote)
                    return m_eof ? Parse::Failed : Parse::NeedMore;
                const qsizetype q = static_cast<const char*>(quote) - data;
                for (qsizetype k = i; k < q; ++k)
                    lines += data[k] == '\n';
                if (q + 1 >= m_end && !m_eof)
                    return Parse::NeedMore;
                if (q + 1 < m_end && data[q + 1] == '"') {
                    escaped = true;
                    i = q + 2;
                    continue;
                }
                std::string_view field(data + start, size_t(q - start));
                if (escaped) {
                    std::string& text = m_unescaped.emplace_back();
                    text.reserve(field.size());
                    for (size_t k = 0; k < field.size(); ++k) {
                        text.push_back(field[k]);
                        if (field[k] == '"')
                            ++k; // skip the second quote of a pair
                    }
                    field = text;
                }
                m_fields.push_back(field);
                i = q + 1;
                // Text after the closing quote up to the delimiter is ignored, as Excel does.
                while (i < m_end && data[i] != delimiter && data[i] != '\n')
                    ++i;
                break;
            }
        } else {
            const qsizetype start = i;
            i = fieldEnd(data, i, m_end, delimiter);
            if (i == m_end && !m_eof)
                return Parse::NeedMore;
            qsizetype stop = i;
            if (stop > start && data[stop - 1] == '\r' && (i == m_end || data[i] == '\n'))
                --stop;
            m_fields.emplace_back(data + start, size_t(stop - start));
        }
        if (i < m_end && data[i] == delimiter) {
            ++i;
            continue;
        }
        // End of the record: a line break or the end of the input.
        qsizetype rawEnd = i;
        if (rawEnd > m_begin && data[rawEnd - 1] == '\r')
            --rawEnd;
        m_raw = std::string_view(data + m_begin, size_t(rawEnd - m_begin));
        if (i < m_end) {
            ++i; // the '\n'
            ++lines;
        }
        m_recordLine = m_nextLine;
        m_nextLine += lines;
        m_begin = i;
        return Parse::Complete;
    }
}

bool CsvReader::next()
{
    if (failed())
        return false;
    while (true) {
        if (m_begin == m_end) {
            if (m_eof)
                return false;
            if (!fill())
                return false;
            if (m_begin == m_end)
                return false;
        }
        switch (parseRecord()) {
        case Parse::Complete:
            return true;
        case Parse::NeedMore:
            if (!fill())
                return false;
            break;
        case Parse::Failed:
            m_error =
                tr("The quoted field that starts on line %1 is never closed.").arg(m_nextLine);
            return false;
        }
    }
}

} // namespace leadloop
