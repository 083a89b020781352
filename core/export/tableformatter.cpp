#include "tableformatter.h"

#include "common/cellformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace leadloop {

std::optional<TableFormat> parseTableFormat(const QString& name)
{
    if (name == u"table")
        return TableFormat::Table;
    if (name == u"json")
        return TableFormat::Json;
    if (name == u"csv")
        return TableFormat::Csv;
    return std::nullopt;
}


/// A cell for files: numbers as the report computed them (the shortest text that reads back
/// as the same double), so that exported credits still add up.
static QString exactCellText(const QVariant& value)
{
    if (!value.isValid() || value.isNull())
        return {};
    if (value.typeId() == QMetaType::Double)
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    return value.toString();
}

QString csvCell(const QString& text)
{
    QString cell = text;
    // A leading =, +, - or @ makes spreadsheets evaluate the cell; a quote mark keeps it text.
    // Plain negative numbers stay numbers.
    static const QString formulaStarts = u"=+-@"_s;
    bool isNumber = false;
    cell.toDouble(&isNumber);
    if (!cell.isEmpty() && formulaStarts.contains(cell.front()) && !isNumber)
        cell.prepend(u'\'');
    if (cell.contains(u',') || cell.contains(u'"') || cell.contains(u'\n') ||
        cell.contains(u'\r')) {
        cell.replace(u"\""_s, u"\"\""_s);
        cell = u'"' + cell + u'"';
    }
    return cell;
}

static QByteArray toJson(const ResultTable& table)
{
    QJsonArray columns;
    for (const ResultColumn& column : table.columns)
        columns.append(column.key);
    QJsonArray rows;
    for (const QVariantList& row : table.rows) {
        QJsonObject object;
        for (int i = 0; i < table.columns.size(); ++i)
            object.insert(table.columns[i].key, QJsonValue::fromVariant(row.value(i)));
        rows.append(object);
    }
    QJsonObject kinds;
    for (const ResultColumn& column : table.columns)
        kinds.insert(column.key, CellFormat::kindName(column.kind));
    const QJsonObject root{{u"columns"_s, columns},
                           {u"kinds"_s, kinds},
                           {u"rows"_s, rows},
                           {u"meta"_s, QJsonObject::fromVariantMap(table.meta)}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

static QByteArray toCsv(const ResultTable& table)
{
    QStringList lines;
    QStringList header;
    for (const ResultColumn& column : table.columns)
        header.append(csvCell(column.key));
    lines.append(header.join(u','));
    for (const QVariantList& row : table.rows) {
        QStringList cells;
        for (int i = 0; i < table.columns.size(); ++i)
            cells.append(csvCell(exactCellText(row.value(i))));
        lines.append(cells.join(u','));
    }
    return (lines.join(u"\r\n"_s) + u"\r\n"_s).toUtf8();
}

static QByteArray toText(const ResultTable& table)
{
    // For people: each value by its column's kind, in the chosen language's numbers.
    const QLocale locale;
    const auto cellText = [&](int r, int c) { return CellFormat::display(table, r, c, locale); };
    QList<qsizetype> widths;
    for (const ResultColumn& column : table.columns)
        widths.append(column.title.size());
    for (int r = 0; r < table.rows.size(); ++r)
        for (int i = 0; i < table.columns.size(); ++i)
            widths[i] = qMax(widths[i], cellText(r, i).size());

    QString out;
    for (int i = 0; i < table.columns.size(); ++i)
        out += (i ? u"  "_s : QString()) + table.columns[i].title.leftJustified(widths[i]);
    out = out.trimmed() + u'\n';
    for (int i = 0; i < table.columns.size(); ++i)
        out += (i ? u"  "_s : QString()) + QString(widths[i], u'-');
    out += u'\n';
    for (int r = 0; r < table.rows.size(); ++r) {
        const QVariantList& row = table.rows[r];
        QString line;
        for (int i = 0; i < table.columns.size(); ++i) {
            const QString text = cellText(r, i);
            const bool figure = CellFormat::isNumber(row.value(i)) &&
                                CellFormat::kindOf(table, r, i) != ValueKind::Text;
            line += (i ? u"  "_s : QString()) +
                    (figure ? text.rightJustified(widths[i]) : text.leftJustified(widths[i]));
        }
        out += line.trimmed().isEmpty() ? QString()
                                        : QString(line).remove(QRegularExpression(u"\\s+$"_s));
        out += u'\n';
    }
    return out.toUtf8();
}

QByteArray formatTable(const ResultTable& table, TableFormat format)
{
    switch (format) {
    case TableFormat::Json:
        return toJson(table);
    case TableFormat::Csv:
        return toCsv(table);
    case TableFormat::Table:
        break;
    }
    return toText(table);
}

} // namespace leadloop
