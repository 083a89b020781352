#pragma once

#include "analytics/funneldefinition.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QListView;
class QSpinBox;
class QUndoStack;
class QLabel;

namespace leadloop {

class FunnelStepsModel;

/// Edits a custom funnel (docs/metrics.md, "Custom funnels"): its steps in a list to drag into
/// order, a form for the selected step, the order, the window and what is counted. Every change
/// is one step on the editor's own undo stack and announced by definitionChanged().
class FunnelStepEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FunnelStepEditor)

public:
    explicit FunnelStepEditor(QWidget* parent = nullptr);

    FunnelDefinition definition() const;
    /// Shows a funnel to edit, forgetting the undo history of the one before.
    void setDefinition(const FunnelDefinition& definition);
    QUndoStack* undoStack() const { return m_undo; }
    FunnelStepsModel* model() const { return m_model; }
    QListView* list() const { return m_list; }
    int selectedStep() const;
    void selectStep(int row);

    /// The edits the widgets make, as steps of the undo stack (also for tests).
    void addStep(FunnelStep::Type type);
    void removeSelectedStep();
    void moveStep(int from, int to);
    void replaceSelectedStep(const FunnelStep& step);
    void setAnyOrder(bool any);
    void setWindowDays(int days);
    void setCountSessions(bool sessions);

signals:
    void definitionChanged();

private:
    friend class FunnelEditCommand;
    /// Pushes the change from the current definition to `after` as one undoable step.
    void change(const FunnelDefinition& after, const QString& text, int selectAfter);
    /// Shows `definition` (from the undo stack: no new step).
    void apply(const FunnelDefinition& definition, int select);
    /// Fills the form from the selected step.
    void showSelected();
    /// Reads the form into the selected step.
    void readForm();

    FunnelStepsModel* m_model;
    QListView* m_list;
    QUndoStack* m_undo;
    QComboBox* m_type;
    QLabel* m_conditionLabel;
    QComboBox* m_sessionDimension;
    QLineEdit* m_condition;
    QLabel* m_titleLabel;
    QLineEdit* m_title;
    QLineEdit* m_label;
    QComboBox* m_order;
    QSpinBox* m_window;
    QComboBox* m_count;
    FunnelDefinition m_applied; ///< what the widgets show, as the undo stack last left it
    bool m_filling = false;
};

} // namespace leadloop
