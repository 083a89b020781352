#pragma once

#include <QList>
#include <QString>
#include <QVariant>
#include <QVariantMap>

namespace leadloop {

/// One column of a ResultTable: a stable key for JSON and CSV and a translated header.
struct ResultColumn
{
    QString key;
    QString title;
};

/// What every report and CLI command returns: named columns, rows of plain values (in column
/// order) and metadata. Formatters turn it into a terminal table, JSON or CSV.
struct ResultTable
{
    QList<ResultColumn> columns;
    QList<QVariantList> rows;
    QVariantMap meta;

    void addColumn(const QString& key, const QString& title) { columns.append({key, title}); }
    void addRow(QVariantList row) { rows.append(std::move(row)); }
};

} // namespace leadloop
