#pragma once

#include "recordreader.h"

#include <deque>
#include <QCoreApplication>
#include <QString>
#include <string>
#include <string_view>
#include <vector>

namespace leadloop {

class ByteSource;

/// Reads RFC 4180 records from UTF-8 text in blocks, so memory stays constant however large the
/// file: quoted fields may hold delimiters, doubled quotes and line breaks. Fields are views that
/// stay valid until the next call to next(). A quote inside an unquoted field is kept as text.
class CsvReader final : public RecordReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
    Q_DISABLE_COPY_MOVE(CsvReader)

public:
    /// A record longer than this is refused as malformed (an unclosed quote, usually).
    static constexpr qsizetype MaxRecordBytes = 64 * 1024 * 1024;

    CsvReader(ByteSource& source, char delimiter);

    /// Reads the next record; false at the end of the input or on an error (see errorString()).
    bool next() override;
    const std::vector<std::string_view>& fields() const override { return m_fields; }
    /// The 1-based line on which the current record starts.
    qint64 line() const override { return m_recordLine; }
    /// The current record's text as it stands in the file, without its line break.
    std::string_view raw() const { return m_raw; }
    QString rawText() const override
    {
        return QString::fromUtf8(m_raw.data(), qsizetype(m_raw.size()));
    }
    bool failed() const override { return !m_error.isEmpty(); }
    QString errorString() const override { return m_error; }

private:
    enum class Parse
    {
        Complete,
        NeedMore,
        Failed
    };
    Parse parseRecord();
    bool fill();

    ByteSource& m_source;
    char m_delimiter;
    std::vector<char> m_buffer;
    qsizetype m_begin = 0; // start of unparsed data
    qsizetype m_end = 0;   // end of valid data
    bool m_eof = false;
    qint64 m_nextLine = 1;
    qint64 m_recordLine = 0;
    std::vector<std::string_view> m_fields;
    std::deque<std::string> m_unescaped; // stable storage for fields with "" escapes
    std::string_view m_raw;
    QString m_error;
};

} // namespace leadloop
