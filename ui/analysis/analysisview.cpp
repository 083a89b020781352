#include "analysisview.h"

#include "analysisfilterbar.h"
#include "models/resulttablemodel.h"
#include "reportrunner.h"
#include "resulttableview.h"
#include "shell/workspacesession.h"
#include "views/pagetitle.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace leadloop {

AnalysisView::AnalysisView(WorkspaceSession& session, const QString& title, bool withModel,
                           QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_filter(new AnalysisFilterBar(withModel, this))
    , m_table(new ResultTableView(this))
    , m_status(new QLabel(this))
    , m_choices(new QHBoxLayout)
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_runner(new ReportRunner(session, this))
{
    // The status line wraps rather than widen the window.
    m_status->setWordWrap(true);
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_choices->addWidget(m_status, 1);
    m_splitter->addWidget(m_table);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->addWidget(pageTitle(title, this));
    layout->addWidget(m_filter);
    layout->addLayout(m_choices);
    layout->addWidget(m_splitter, 1);
    connect(m_table, &ResultTableView::drillRequested, this,
            [this](int row, const QString& key) { emit drillDown(drillFigure(row, key)); });
}

AnalysisView::~AnalysisView() = default;

QComboBox* AnalysisView::addChoice(const QString& label, const QString& objectName)
{
    const int at = m_choices->indexOf(m_status);
    int offset = 0;
    if (!label.isEmpty())
        m_choices->insertWidget(at + offset++, new QLabel(label, this));
    auto* box = new QComboBox(this);
    box->setObjectName(objectName);
    m_choices->insertWidget(at + offset, box);
    m_boxes.append(box); // followed from start(), once the view has filled it
    return box;
}

void AnalysisView::setCharts(QWidget* charts, int height,
                             std::function<bool(const QString& path)> save, const QString& fileName)
{
    m_splitter->insertWidget(0, charts);
    m_splitter->setSizes({height, 300});
    if (!save)
        return;
    auto* button = new QPushButton(tr("&Save chart…"), this);
    connect(button, &QPushButton::clicked, this, [this, save, fileName] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save chart"), fileName, tr("PNG image (*.png);;SVG image (*.svg)"));
        if (!path.isEmpty() && !save(path))
            QMessageBox::warning(this, tr("Save chart"), tr("%1 could not be written.").arg(path));
    });
    m_choices->addWidget(button);
}

void AnalysisView::start()
{
    for (QComboBox* box : m_boxes)
        connect(box, &QComboBox::currentIndexChanged, this, &AnalysisView::refresh);
    m_filter->follow(m_session, [this] { refresh(); });
}

void AnalysisView::refresh()
{
    if (m_session.isOpen())
        startReport();
}

void AnalysisView::waitForReport()
{
    m_filter->waitForChoices();
    m_runner->waitForIdle();
}

void AnalysisView::runReport(std::function<Result<ResultTable>(Database&)> report,
                             std::function<void()> accepted)
{
    m_status->setText(tr("Working…"));
    m_runner->run(std::move(report), [this, accepted](const Result<ResultTable>& result) {
        if (!result) {
            m_status->setText(result.error().message);
            return;
        }
        accepted();
        display(*result);
        showComparison();
        emit shown();
    });
}

void AnalysisView::compareSelectedRows(const RateIntervals::Rate& rate, const QString& what)
{
    if (!m_compared)
        connect(m_table, &ResultTableView::rowsSelected, this, &AnalysisView::showComparison);
    m_compared = std::pair{rate, what};
    showComparison();
}

void AnalysisView::stopComparing()
{
    m_compared.reset();
    m_table->setNote({});
}

void AnalysisView::showComparison()
{
    if (!m_compared)
        return;
    const QList<int> rows = m_table->selectedRows();
    const ResultTable& table = m_table->model()->table();
    if (rows.size() != 2) {
        m_table->setNote(
            table.rows.size() > 1
                ? tr("Select two rows to compare their %1 rates.").arg(m_compared->second.toLower())
                : QString());
        return;
    }
    const auto compared = RateIntervals::compareRows(table, rows[0], rows[1], m_compared->first);
    if (!compared) {
        m_table->setNote(
            tr("%1: these two rows have no counts to compare.").arg(m_compared->second));
        return;
    }
    m_table->setNote(tr("%1: %2").arg(m_compared->second,
                                      Proportions::describe(table.rows[rows[0]].value(0).toString(),
                                                            table.rows[rows[1]].value(0).toString(),
                                                            *compared)));
}

void AnalysisView::setStatus(const QString& text)
{
    m_status->setText(text);
}

} // namespace leadloop
