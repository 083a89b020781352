#include "funnelstepsmodel.h"

#include <QMimeData>

using namespace Qt::StringLiterals;

namespace leadloop {

namespace {

const QString StepRowMime = u"application/x-leadloop-funnel-step"_s;

} // namespace

FunnelStepsModel::FunnelStepsModel(QObject* parent)
    : QAbstractListModel(parent)
{}

void FunnelStepsModel::setSteps(std::vector<FunnelStep> steps)
{
    beginResetModel();
    m_steps = std::move(steps);
    endResetModel();
}

void FunnelStepsModel::setStep(int row, const FunnelStep& step)
{
    if (row < 0 || row >= rowCount())
        return;
    m_steps[size_t(row)] = step;
    emit dataChanged(index(row), index(row));
}

void FunnelStepsModel::insertStep(int row, const FunnelStep& step)
{
    row = std::clamp(row, 0, rowCount());
    beginInsertRows({}, row, row);
    m_steps.insert(m_steps.begin() + row, step);
    endInsertRows();
    // Every later step's number changed.
    emit dataChanged(index(row), index(rowCount() - 1));
}

int FunnelStepsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_steps.size());
}

QVariant FunnelStepsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const FunnelStep& step = m_steps[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return u"%1. %2"_s.arg(index.row() + 1).arg(step.describe());
    case Qt::ToolTipRole:
        return step.isWeb() ? tr("A step on the web (tracking data); drag to reorder.")
                            : tr("A step in the CRM; drag to reorder.");
    default:
        return {};
    }
}

Qt::ItemFlags FunnelStepsModel::flags(const QModelIndex& index) const
{
    const Qt::ItemFlags base = QAbstractListModel::flags(index);
    return index.isValid() ? base | Qt::ItemIsDragEnabled : base | Qt::ItemIsDropEnabled;
}

bool FunnelStepsModel::removeRows(int row, int count, const QModelIndex& parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > rowCount())
        return false;
    beginRemoveRows({}, row, row + count - 1);
    m_steps.erase(m_steps.begin() + row, m_steps.begin() + row + count);
    endRemoveRows();
    if (row < rowCount())
        emit dataChanged(index(row), index(rowCount() - 1));
    return true;
}

bool FunnelStepsModel::moveRows(const QModelIndex& sourceParent, int sourceRow, int count,
                                const QModelIndex& destinationParent, int destinationChild)
{
    if (sourceParent.isValid() || destinationParent.isValid() || count != 1 || sourceRow < 0 ||
        sourceRow >= rowCount() || destinationChild < 0 || destinationChild > rowCount() ||
        destinationChild == sourceRow || destinationChild == sourceRow + 1)
        return false;
    beginMoveRows({}, sourceRow, sourceRow, {}, destinationChild);
    const FunnelStep moved = m_steps[size_t(sourceRow)];
    m_steps.erase(m_steps.begin() + sourceRow);
    const int to = destinationChild > sourceRow ? destinationChild - 1 : destinationChild;
    m_steps.insert(m_steps.begin() + to, moved);
    endMoveRows();
    emit dataChanged(index(0), index(rowCount() - 1)); // the numbers
    return true;
}

Qt::DropActions FunnelStepsModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList FunnelStepsModel::mimeTypes() const
{
    return {StepRowMime};
}

QMimeData* FunnelStepsModel::mimeData(const QModelIndexList& indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    auto* data = new QMimeData;
    data->setData(StepRowMime, QByteArray::number(indexes.front().row()));
    return data;
}

bool FunnelStepsModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int,
                                    const QModelIndex& parent)
{
    if (action != Qt::MoveAction || !data || !data->hasFormat(StepRowMime))
        return false;
    bool ok = false;
    const int from = data->data(StepRowMime).toInt(&ok);
    if (!ok || from < 0 || from >= rowCount())
        return false;
    // Dropped on a row: before it; between rows: there; below the last: at the end.
    int to = row >= 0 ? row : (parent.isValid() ? parent.row() : rowCount());
    if (to == from || to == from + 1)
        return false;
    // The editor moves it (one undoable step); returning false keeps the view from removing
    // the dragged row itself.
    emit moveRequested(from, to);
    return false;
}

} // namespace leadloop
