#pragma once

#include "common/result.h"
#include "recordreader.h"

#include <memory>
#include <QCoreApplication>
#include <QStringList>
#include <string>

class QuaZip;
class QuaZipFile;
class QXmlStreamReader;

namespace leadloop {

/// Streams the rows of one worksheet of an .xlsx file (docs/import.md, "Spreadsheets"): shared
/// and inline strings, numbers, booleans, and dates written as ISO 8601 text when the cell's
/// number format is a date format (1900 or 1904 date system). Refuses entries whose unpacked size
/// or compression ratio marks a zip bomb, and XML with a document type declaration (entity bombs).
class XlsxReader final : public RecordReader
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)
    Q_DISABLE_COPY_MOVE(XlsxReader)

public:
    /// Largest unpacked size of one part, and largest unpacked/packed ratio of a large part.
    static constexpr qint64 MaxPartBytes = qint64(4) * 1024 * 1024 * 1024;
    static constexpr qint64 MaxRatio = 200;

    /// Opens `sheet` (by name), or the first sheet when empty. BadInput on any problem.
    static Result<std::unique_ptr<XlsxReader>> open(const QString& path, const QString& sheet = {});
    ~XlsxReader() override;

    /// The worksheet names in workbook order.
    const QStringList& sheetNames() const { return m_sheetNames; }

    bool next() override;
    const std::vector<std::string_view>& fields() const override { return m_views; }
    qint64 line() const override { return m_row; }
    QString rawText() const override;
    bool failed() const override { return !m_error.isEmpty(); }
    QString errorString() const override { return m_error; }

    /// The text of an Excel serial date (days since the epoch of the date system) as ISO 8601.
    static std::string serialToIso(double serial, bool date1904);

private:
    XlsxReader() = default;
    Status openPart(const QString& name);
    Status readWorkbook(const QString& sheet, QString* sheetPath);
    Status readSharedStrings();
    Status readStyles();
    std::string cellText(const QString& type, const QString& value, int style) const;

    QString m_path;
    std::unique_ptr<QuaZip> m_zip;
    std::unique_ptr<QuaZipFile> m_part;
    std::unique_ptr<QXmlStreamReader> m_xml;
    QStringList m_sheetNames;
    std::vector<std::string> m_sharedStrings;
    std::vector<bool> m_dateStyles; // per cellXfs index
    bool m_date1904 = false;
    qint64 m_row = 0;
    std::vector<std::string> m_cells;
    std::vector<std::string_view> m_views;
    QString m_error;
};

} // namespace leadloop
