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
    // The editor moves it (one undoable step, after the drop has finished); returning false
    // keeps the view from removing the dragged row itself. (The model has no moveRows, so the
    // list view's own move for internal drags falls back to this.)
    emit moveRequested(from, to);
    return false;
}

} // namespace leadloop
