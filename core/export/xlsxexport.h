#pragma once

#include "common/result.h"
#include "common/resulttable.h"

#include <QCoreApplication>

namespace leadloop {

/// Writes a ResultTable as an .xlsx workbook (Office Open XML, zipped with QuaZip): one sheet,
/// the column titles in a bold frozen first row, numbers as numbers and every text as an inline
/// string, so a cell that looks like a formula is never run as one. The file appears whole or
/// not at all.
class XlsxExport final
{
    Q_DECLARE_TR_FUNCTIONS(XlsxExport)

public:
    static Status write(const ResultTable& table, const QString& path,
                        const QString& sheetName = QStringLiteral("LeadLoop"));
};

} // namespace leadloop
