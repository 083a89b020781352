#pragma once

#include <initializer_list>
#include <QList>
#include <QString>
#include <QVariant>
#include <QVariantMap>

namespace leadloop {

/// What a column's values are, which decides how every front end writes them (CellFormat):
/// the desktop's tables, the CLI's text table, the XLSX number formats and the PDF.
enum class ValueKind
{
    Auto,    ///< numbers as they come: whole numbers whole, others to two decimals
    Text,    ///< names, ids, dates: as they are
    Count,   ///< whole things counted: 1,234
    Decimal, ///< a measured or shared amount (credited leads, days) to `decimals` places
    Money,   ///< an amount in the report's currency: two decimals
    Ratio,   ///< a multiple such as ROAS: 5.06
    Percent, ///< a fraction shown as a percentage: 0.134 is 13.4 %
    ByRow,   ///< each row says its own kind (ResultTable::rowKinds): a list of mixed figures
};

/// One column of a ResultTable: a stable key for JSON and CSV, a translated header, and the kind
/// of its values.
struct ResultColumn
{
    QString key;
    QString title;
    ValueKind kind = ValueKind::Auto;
    int decimals = -1; ///< for Decimal (and Percent): places after the point; -1: the kind's own
};

/// What every report and CLI command returns: named columns, rows of plain values (in column
/// order) and metadata. Formatters turn it into a terminal table, JSON or CSV.
struct ResultTable
{
    QList<ResultColumn> columns;
    QList<QVariantList> rows;
    QVariantMap meta;
    QList<ValueKind> rowKinds; ///< per row, for columns of kind ByRow

    void addColumn(const QString& key, const QString& title, ValueKind kind = ValueKind::Auto,
                   int decimals = -1)
    {
        columns.append({key, title, kind, decimals});
    }
    void addRow(QVariantList row) { rows.append(std::move(row)); }
    /// Sets the kind of the columns with these keys (those the table has).
    void setKind(std::initializer_list<QString> keys, ValueKind kind, int decimals = -1)
    {
        for (const QString& key : keys)
            if (const int c = columnIndex(key); c >= 0) {
                columns[c].kind = kind;
                columns[c].decimals = decimals;
            }
    }
    /// The index of the column with this key, or -1.
    int columnIndex(const QString& key) const
    {
        for (qsizetype c = 0; c < columns.size(); ++c)
            if (columns[c].key == key)
                return int(c);
        return -1;
    }
};

} // namespace leadloop
