#pragma once

#include "analytics/funneldefinition.h"

#include <QAbstractListModel>

namespace leadloop {

/// A custom funnel's steps as a list model: each row a step in words ("2. page /pricing*"). A
/// row dragged within the list asks to be moved (moveRequested); the step editor makes the move,
/// as every other edit, one undoable step.
class FunnelStepsModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FunnelStepsModel)

public:
    explicit FunnelStepsModel(QObject* parent = nullptr);

    const std::vector<FunnelStep>& steps() const { return m_steps; }
    void setSteps(std::vector<FunnelStep> steps);
    const FunnelStep& step(int row) const { return m_steps.at(size_t(row)); }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

signals:
    /// The user moved a step by dragging it (from, to: rows before the move).
    void moveRequested(int from, int to);

private:
    std::vector<FunnelStep> m_steps;
};

} // namespace leadloop
