#include "tablefile.h"

#include "csvreader.h"
#include "xlsxreader.h"

#include <QDir>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace leadloop {

Result<TableFile> TableFiles::open(const QString& path, const TableFileOptions& options)
{
    auto source = ByteSources::open(path);
    if (!source)
        return source.error();
    QByteArray head(256 * 1024, Qt::Uninitialized);
    const qint64 n = (*source)->read(head.data(), head.size());
    if (n < 0)
        return Error{
            ErrorCode::BadInput,
            tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), (*source)->errorString())};
    head.truncate(n);
    TableFile table;
    if (head.startsWith("PK\x03\x04")) {
        auto sheet = XlsxReader::open(path, options.sheet);
        if (!sheet)
            return sheet.error();
        table.records = std::move(*sheet);
        table.xlsx = true;
        table.format.encoding = "xlsx";
        return table;
    }
    TextFormat& format = table.format;
    int bom = 0;
    const QByteArray detected = detectEncoding(head, &bom);
    format.encoding = options.encoding.isEmpty() ? detected : options.encoding;
    format.bomLength = format.encoding == detected ? bom : 0;
    if (!QStringDecoder(format.encoding.constData()).isValid())
        return Error{ErrorCode::BadInput, tr("--encoding: '%1' is not an encoding LeadLoop knows.")
                                              .arg(QString::fromLatin1(format.encoding))};
    QByteArray utf8 = head.mid(format.bomLength);
    if (format.encoding != "UTF-8")
        utf8 = QString(QStringDecoder(format.encoding.constData()).decode(utf8)).toUtf8();
    bool sepLine = false;
    const char delimiter = detectDelimiter(utf8, &sepLine);
    format.sepLine = sepLine;
    format.delimiter = options.delimiter ? options.delimiter : delimiter;

    auto bytes = ByteSources::open(path);
    if (!bytes)
        return bytes.error();
    table.bytes =
        format.encoding == "UTF-8"
            ? ByteSources::skipping(std::move(*bytes), format.bomLength)
            : ByteSources::transcoding(std::move(*bytes), format.encoding, format.bomLength);
    table.records = std::make_unique<CsvReader>(*table.bytes, format.delimiter);
    if (format.sepLine)
        table.records->next();
    return table;
}

Result<TablePreview> TableFiles::preview(const QString& path, const TableFileOptions& options,
                                         int rows)
{
    auto table = open(path, options);
    if (!table)
        return table.error();
    TablePreview out;
    out.format = table->format;
    out.xlsx = table->xlsx;
    const auto fields = [&] {
        QStringList cells;
        for (const std::string_view f : table->records->fields())
            cells.append(QString::fromUtf8(f.data(), qsizetype(f.size())));
        return cells;
    };
    if (table->records->next())
        out.header = fields();
    while (out.rows.size() < rows && table->records->next())
        out.rows.append(fields());
    if (table->records->failed())
        return Error{ErrorCode::BadInput, table->records->errorString()};
    return out;
}

} // namespace leadloop
