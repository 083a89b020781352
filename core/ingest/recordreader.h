#pragma once

#include <QString>
#include <string_view>
#include <vector>

namespace leadloop {

/// Records of fields from a table file, one record at a time: delimited text (CsvReader) or a
/// spreadsheet (XlsxReader). Fields are UTF-8 views that stay valid until the next call.
class RecordReader
{
public:
    virtual ~RecordReader() = default;
    /// Reads the next record; false at the end or on an error (see errorString()).
    virtual bool next() = 0;
    virtual const std::vector<std::string_view>& fields() const = 0;
    /// The 1-based line (or spreadsheet row) the current record starts on.
    virtual qint64 line() const = 0;
    /// The current record as text, for rejected-row lists.
    virtual QString rawText() const = 0;
    virtual bool failed() const = 0;
    virtual QString errorString() const = 0;
};

} // namespace leadloop
