#pragma once

#include "store/snapshots.h"

#include <QAbstractTableModel>

namespace leadloop {

/// The snapshots kept of a workspace as a table, newest first: when each was taken (in local
/// time), the change it was taken before, and its size.
class SnapshotsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SnapshotsModel)

public:
    enum Column
    {
        TakenColumn,
        BeforeColumn,
        SizeColumn,
        ColumnCount
    };

    explicit SnapshotsModel(QObject* parent = nullptr);
    void setSnapshots(QList<Snapshot> snapshots);
    const Snapshot& snapshot(int row) const { return m_snapshots.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Snapshot> m_snapshots;
};

} // namespace leadloop
