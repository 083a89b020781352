#pragma once

#include "store/tablecounts.h"

#include <QAbstractTableModel>

namespace leadloop {

/// The row count of every workspace table, as a two-column table (name, rows).
class TableCountsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TableCountsModel)

public:
    enum Column
    {
        TableColumn,
        RowsColumn,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1
    };

    explicit TableCountsModel(QObject* parent = nullptr);

    void setCounts(const QList<TableCount>& counts);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<TableCount> m_counts;
};

} // namespace leadloop
