#pragma once

#include "adexport/conversionexport.h"

#include <optional>
#include <QDialog>
#include <QFutureWatcher>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace leadloop {

class ResultTableView;
class WorkspaceSession;

/// File > Export > Ad Platform Conversions: the closed loop's conversions for one ad platform
/// (docs/ad-platforms.md), planned on a worker thread and previewed with who is left out and
/// why, then written in the platform's format and remembered, so the next export sends only
/// what is new.
class AdConversionExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdConversionExportDialog)

public:
    explicit AdConversionExportDialog(WorkspaceSession& session, QWidget* parent = nullptr);
    ~AdConversionExportDialog() override;

    /// The export the form describes.
    ConversionRequest request() const;
    /// Plans the export again for the form's choices.
    void refresh();
    /// Blocks until the plan being made is shown (tests).
    void waitForPlan();
    const std::optional<ConversionPlan>& plan() const { return m_plan; }
    ResultTableView* preview() const { return m_preview; }
    QLabel* leftOut() const { return m_leftOut; }
    QComboBox* platform() const { return m_platform; }
    QComboBox* stage() const { return m_stage; }
    QCheckBox* includeUnknown() const { return m_unknown; }
    /// Writes the file (and the retractions beside it) and remembers what it sent; shows why
    /// when it cannot.
    bool saveTo(const QString& path);

private:
    void chooseFile();
    void showPlan();

    WorkspaceSession& m_session;
    QComboBox* m_platform;
    QComboBox* m_stage;
    QLineEdit* m_name;
    QCheckBox* m_period;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QComboBox* m_value;
    QDoubleSpinBox* m_fixed;
    QComboBox* m_zone;
    QLineEdit* m_country;
    QCheckBox* m_unknown;
    ResultTableView* m_preview;
    QLabel* m_leftOut;
    QLabel* m_status;
    QPushButton* m_save;
    QFutureWatcher<Result<ConversionPlan>> m_planner;
    std::optional<ConversionPlan> m_plan;
    bool m_again = false; ///< a newer request came while planning
};

} // namespace leadloop
