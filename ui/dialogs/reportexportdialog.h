#pragma once

#include "report/executivereport.h"

#include <optional>
#include <QDialog>
#include <QFutureWatcher>

class QLabel;
class QLineEdit;
class QPrintPreviewWidget;
class QPrinter;
class QPushButton;

namespace leadloop {

class AnalysisFilterBar;
class WorkspaceSession;

/// File > Export report: the executive report (docs/report.md) for a period, filters and model,
/// built on a worker thread and previewed page by page before it is saved as a PDF.
class ReportExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportExportDialog)

public:
    explicit ReportExportDialog(WorkspaceSession& session, QWidget* parent = nullptr);
    ~ReportExportDialog() override;

    AnalysisFilterBar* filterBar() const { return m_filter; }
    QLineEdit* title() const { return m_title; }
    /// Builds the report again for the chosen period, filters, model and title.
    void refresh();
    /// Blocks until the report being built is shown (tests).
    void waitForReport();
    /// The report the preview shows, once built.
    const std::optional<ExecutiveReport>& report() const { return m_report; }
    int previewPages() const;
    /// Writes the PDF; shows why when it cannot.
    bool saveTo(const QString& path);

private:
    void paintPreview(QPrinter* printer);
    void chooseFile();

    WorkspaceSession& m_session;
    AnalysisFilterBar* m_filter;
    QLineEdit* m_title;
    QPrintPreviewWidget* m_preview;
    QLabel* m_status;
    QPushButton* m_save;
    QFutureWatcher<Result<ExecutiveReport>> m_builder;
    std::optional<ExecutiveReport> m_report;
    bool m_again = false; ///< a newer request came while building
};

} // namespace leadloop
