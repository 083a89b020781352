#pragma once

#include "resulttable.h"

#include <QLocale>
#include <QString>

namespace leadloop {

/// The one rule for writing a report's values for people, by their ValueKind: the desktop's
/// tables, the CLI's text table and the PDF call display(), the XLSX export numberFormat().
/// Files for machines (CSV, JSON) keep the exact values instead.
class CellFormat final
{
public:
    /// The kind that applies to a cell: the column's, or its row's for ByRow columns.
    static ValueKind kindOf(const ResultTable& table, int row, int column);
    /// Places after the point for a kind (a column's own `decimals` wins where it is set).
    static int decimals(ValueKind kind, int columnDecimals, const QVariant& value);
    /// A cell as people read it in `locale`; an empty cell is empty.
    static QString display(ValueKind kind, int columnDecimals, const QVariant& value,
                           const QLocale& locale);
    static QString display(const ResultTable& table, int row, int column, const QLocale& locale);
    /// A headline figure on a tile: money in whole units with its currency, counts grouped,
    /// percentages to one decimal; a dash when there is none.
    static QString headline(ValueKind kind, const QVariant& value, const QLocale& locale,
                            const QString& currency);
    /// A change against the period before: "+12.3 %" or "−4.0 %" (a real minus sign).
    static QString change(double fraction, const QLocale& locale);
    /// Whether the value is a number (right-aligned, summed, charted).
    static bool isNumber(const QVariant& value);
    /// The kind's name in JSON: auto, text, count, decimal, money, ratio, percent, by_row.
    static QString kindName(ValueKind kind);
    /// The spreadsheet number format of a kind ("#,##0.00", "0.0%", …), empty for text.
    static QString numberFormat(ValueKind kind, int columnDecimals);
};

} // namespace leadloop
