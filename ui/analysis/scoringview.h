#pragma once

#include "common/result.h"
#include "sales/leadscores.h"

#include <optional>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace leadloop {

class BarChart;
class LineChart;
class ReportRunner;
class ResultTableView;
struct DesktopSettings;
struct ScoreEvaluation;
class WorkspaceSession;

/// The Scoring view (docs/scoring.md): trains the lead scoring model on the closed loop and
/// shows how well it does on leads it never saw: AUC beside the baseline, the ROC, calibration
/// and lift charts, each feature's weight, and a warning with a one-click exclusion when a
/// feature predicts the outcome alone.
class ScoringView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScoringView)

public:
    ScoringView(WorkspaceSession& session, const DesktopSettings& settings,
                QWidget* parent = nullptr);

    /// Trains with the choices on screen and waits for it (the Train button).
    void train();
    /// Blocks until the model shown is the newest (tests).
    void waitForModel();
    ResultTableView* features() const { return m_features; }
    QLabel* summary() const { return m_summary; }
    QLabel* leakWarning() const { return m_leak; }
    QPushButton* excludeLeaks() const { return m_excludeLeaks; }
    QComboBox* target() const { return m_target; }
    QLineEdit* exclude() const { return m_exclude; }
    LineChart* rocChart() const { return m_roc; }

signals:
    /// A model's evaluation is on screen (or that none was trained).
    void shown();

private:
    void reload();
    void display(const std::optional<ScoreModelRecord>& model);
    void showEvaluation(const ScoreModelRecord& model, const ScoreEvaluation& e);

    WorkspaceSession& m_session;
    const DesktopSettings& m_settings;
    QComboBox* m_target;
    QSpinBox* m_holdout;
    QSpinBox* m_seed;
    QLineEdit* m_exclude;
    QPushButton* m_train;
    QLabel* m_leak;
    QPushButton* m_excludeLeaks;
    QWidget* m_leakBar;
    QLabel* m_summary;
    LineChart* m_roc;
    BarChart* m_calibration;
    BarChart* m_lift;
    ResultTableView* m_features;
    ReportRunner* m_runner;
    QStringList m_leaks;
};

} // namespace leadloop
