#pragma once

#include "bytesource.h"
#include "common/result.h"
#include "recordreader.h"
#include "textformat.h"

#include <memory>
#include <QCoreApplication>
#include <QStringList>

namespace leadloop {

/// How to read a table file; empty values mean "detect".
struct TableFileOptions
{
    QByteArray encoding;
    char delimiter = 0;
    QString sheet; ///< for .xlsx: the sheet's name (default: the first)
};

/// A table file opened for reading: its records (header first) and what was detected.
struct TableFile
{
    std::unique_ptr<ByteSource> bytes; ///< the text stream CSV records read from (null for xlsx)
    std::unique_ptr<RecordReader> records;
    TextFormat format;
    bool xlsx = false;
};

/// The first rows of a table file.
struct TablePreview
{
    QStringList header;
    QList<QStringList> rows;
    TextFormat format;
    bool xlsx = false;
};

/// Opens delimited text (any delimiter and encoding, detected or given) or an XLSX workbook as
/// records, positioned before the header (an Excel "sep=" line is skipped).
class TableFiles final
{
    Q_DECLARE_TR_FUNCTIONS(TableFiles)

public:
    static Result<TableFile> open(const QString& path, const TableFileOptions& options);
    /// The header and the first `rows` records of a table file as it would be read, and the
    /// format detected (for the import wizard's live preview).
    static Result<TablePreview> preview(const QString& path, const TableFileOptions& options,
                                        int rows);
};

} // namespace leadloop
