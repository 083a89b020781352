#include "resulttablemodel.h"

#include "common/cellformat.h"
#include "export/tableformatter.h"

#include <QFont>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace leadloop {

ResultTableModel::ResultTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void ResultTableModel::setTable(ResultTable table)
{
    beginResetModel();
    m_table = std::move(table);
    endResetModel();
}

int ResultTableModel::column(const QString& key) const
{
    for (qsizetype i = 0; i < m_table.columns.size(); ++i)
        if (m_table.columns[i].key == key)
            return int(i);
    return -1;
}

int ResultTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_table.rows.size());
}

int ResultTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_table.columns.size());
}

QVariant ResultTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const QVariant value = m_table.rows[index.row()].value(index.column());
    const bool number = CellFormat::isNumber(value) &&
                        CellFormat::kindOf(m_table, index.row(), index.column()) != ValueKind::Text;
    switch (role) {
    case Qt::DisplayRole:
        // The kind of the column decides, as in the CLI's table and the PDF.
        return CellFormat::display(m_table, index.row(), index.column(), QLocale());
    case SortRole:
        return value;
    case Qt::TextAlignmentRole:
        return number ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::FontRole:
        if (isDrillable(index)) {
            QFont font;
            font.setUnderline(true);
            return font;
        }
        break;
    case Qt::ToolTipRole:
        if (isDrillable(index))
            return tr("Double-click to list what is behind this figure");
        break;
    default:
        break;
    }
    return m_decorate ? m_decorate(index.row(), index.column(), role) : QVariant();
}

bool ResultTableModel::isDrillable(const QModelIndex& index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) ||
        !m_drillable.contains(m_table.columns[index.column()].key))
        return false;
    const QVariant value = m_table.rows[index.row()].value(index.column());
    return value.isValid() && !value.isNull() && value.toDouble() != 0;
}

QVariant ResultTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_table.columns.size())
        return {};
    if (role == Qt::DisplayRole)
        return m_table.columns[section].title;
    if (role == KeyRole)
        return m_table.columns[section].key;
    return {};
}

QByteArray ResultTableModel::csv() const
{
    return formatTable(m_table, TableFormat::Csv);
}

QString ResultTableModel::tabSeparated() const
{
    QStringList lines;
    QStringList header;
    for (const ResultColumn& c : m_table.columns)
        header.append(c.title);
    lines.append(header.join(u'\t'));
    for (int r = 0; r < rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < columnCount(); ++c)
            cells.append(data(index(r, c)).toString());
        lines.append(cells.join(u'\t'));
    }
    return lines.join(u'\n');
}

} // namespace leadloop
