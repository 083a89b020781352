#include "tablecountsmodel.h"

#include <QLocale>

namespace leadloop {

TableCountsModel::TableCountsModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void TableCountsModel::setCounts(const QList<TableCount>& counts)
{
    beginResetModel();
    m_counts = counts;
    endResetModel();
}

int TableCountsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_counts.size());
}

int TableCountsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TableCountsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TableCount& count = m_counts[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == TableColumn ? QVariant(count.table)
                                             : QVariant(QLocale().toString(count.rows));
    case SortRole:
        return index.column() == TableColumn ? QVariant(count.table) : QVariant(count.rows);
    case Qt::TextAlignmentRole:
        return index.column() == RowsColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                            : QVariant();
    default:
        return {};
    }
}

QVariant TableCountsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == TableColumn ? tr("Table") : section == RowsColumn ? tr("Rows") : QVariant();
}

} // namespace leadloop
