#include "snapshotsmodel.h"

#include <QLocale>

namespace leadloop {

SnapshotsModel::SnapshotsModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void SnapshotsModel::setSnapshots(QList<Snapshot> snapshots)
{
    beginResetModel();
    m_snapshots = std::move(snapshots);
    endResetModel();
}

int SnapshotsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_snapshots.size());
}

int SnapshotsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SnapshotsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Snapshot& s = m_snapshots[index.row()];
    const QLocale locale;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case TakenColumn:
            return locale.toString(s.takenAt.toLocalTime(), QLocale::ShortFormat);
        case BeforeColumn:
            return s.before.isEmpty() ? tr("(unknown)") : tr("before %1").arg(s.before);
        case SizeColumn:
            return locale.formattedDataSize(s.bytes);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole)
        return s.path;
    if (role == Qt::TextAlignmentRole && index.column() == SizeColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant SnapshotsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TakenColumn:
        return tr("Taken");
    case BeforeColumn:
        return tr("What came after");
    case SizeColumn:
        return tr("Size");
    default:
        return {};
    }
}

} // namespace leadloop
