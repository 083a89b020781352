#include "reportexportdialog.h"

#include "analysis/analysisfilterbar.h"
#include "report/pdfreportwriter.h"
#include "shell/workspacesession.h"
#include "store/workspace.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPrinter>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QtConcurrent/QtConcurrentRun>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace leadloop {

ReportExportDialog::ReportExportDialog(WorkspaceSession& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_filter(new AnalysisFilterBar(true, this))
    , m_title(new QLineEdit(this))
    , m_preview(new QPrintPreviewWidget(this))
    , m_status(new QLabel(this))
    , m_save(new QPushButton(tr("&Save PDF…"), this))
{
    setWindowTitle(tr("Export report"));
    m_title->setObjectName(u"reportTitle"_s);
    m_title->setPlaceholderText(tr("Marketing performance"));
    m_status->setObjectName(u"reportStatus"_s);
    m_preview->setObjectName(u"reportPreview"_s);
    m_preview->setViewMode(QPrintPreviewWidget::SinglePageView);
    m_preview->setZoomMode(QPrintPreviewWidget::FitToWidth);
    m_save->setEnabled(false);
    auto* titleRow = new QHBoxLayout;
    titleRow->addWidget(new QLabel(tr("Title:"), this));
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(m_status, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_save, QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &ReportExportDialog::chooseFile);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addLayout(titleRow);
    layout->addWidget(m_preview, 1);
    layout->addWidget(buttons);
    resize(900, 720);
    connect(m_preview, &QPrintPreviewWidget::paintRequested, this,
            &ReportExportDialog::paintPreview);
    connect(m_title, &QLineEdit::editingFinished, this, &ReportExportDialog::refresh);
    connect(&m_builder, &QFutureWatcher<Result<ExecutiveReport>>::finished, this, [this] {
        const Result<ExecutiveReport> built = m_builder.result();
        if (m_again) {
            m_again = false;
            refresh();
            return;
        }
        if (!built) {
            m_status->setText(built.error().message);
            return;
        }
        m_report = *built;
        m_save->setEnabled(true);
        m_status->setText(tr("Period: %1").arg(m_report->period));
        m_preview->updatePreview();
    });
    m_filter->follow(m_session, [this] { refresh(); });
}

ReportExportDialog::~ReportExportDialog()
{
    m_builder.waitForFinished();
}

void ReportExportDialog::refresh()
{
    if (!m_session.isOpen())
        return;
    if (m_builder.isRunning()) {
        m_again = true; // the latest request wins
        return;
    }
    ExecutiveReport::Options options;
    options.filter = m_filter->filter();
    options.model = m_filter->model();
    options.lookbackDays = m_filter->lookbackDays();
    options.title = m_title->text().trimmed();
    const QString path = m_session.path();
    m_status->setText(tr("Working…"));
    m_builder.setFuture(
        QtConcurrent::run(m_session.workers(), [path, options]() -> Result<ExecutiveReport> {
            auto reader = Workspace::open(path, Workspace::Access::ReadOnly);
            if (!reader)
                return reader.error();
            return ExecutiveReport::build((*reader)->database(), options);
        }));
}

void ReportExportDialog::waitForReport()
{
    while (m_builder.isRunning() || m_again) {
        m_builder.waitForFinished();
        QCoreApplication::processEvents();
    }
    QCoreApplication::processEvents();
}

int ReportExportDialog::previewPages() const
{
    return m_preview->pageCount();
}

void ReportExportDialog::paintPreview(QPrinter* printer)
{
    if (!m_report)
        return;
    printer->setFullPage(true);
    PdfReportWriter::paint(*m_report, QFileInfo(m_session.path()).completeBaseName(),
                           QDateTime::currentMSecsSinceEpoch(), *printer);
}

bool ReportExportDialog::saveTo(const QString& path)
{
    if (!m_report)
        return false;
    auto pages = PdfReportWriter::write(*m_report, QFileInfo(m_session.path()).completeBaseName(),
                                        path, QDateTime::currentMSecsSinceEpoch());
    m_status->setText(
        pages ? tr("Saved %1 (%Ln pages).", nullptr, *pages).arg(QDir::toNativeSeparators(path))
              : pages.error().message);
    return pages.ok();
}

void ReportExportDialog::chooseFile()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save report"), QFileInfo(m_session.path()).completeBaseName() + u".pdf"_s,
        tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        saveTo(path);
}

} // namespace leadloop
