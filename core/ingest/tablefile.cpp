#include "tablefile.h"

#include "csvreader.h"
#include "textfile.h"
#include "xlsxreader.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace leadloop {

Result<TableFile> TableFiles::open(const QString& path, const TableFileOptions& options)
{
    auto head = TextFiles::detect(path, options.encoding, options.delimiter);
    if (!head)
        return head.error();
    TableFile table;
    if (head->zip) {
        auto sheet = XlsxReader::open(path, options.sheet);
        if (!sheet)
            return sheet.error();
        table.records = std::move(*sheet);
        table.xlsx = true;
        table.format.encoding = "xlsx";
        return table;
    }
    table.format = head->format;
    auto bytes = TextFiles::open(path, table.format);
    if (!bytes)
        return bytes.error();
    table.bytes = std::move(*bytes);
    table.records = std::make_unique<CsvReader>(*table.bytes, table.format.delimiter);
    if (table.format.sepLine)
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
