#include "funnelview.h"

#include "analysisfilterbar.h"
#include "analytics/conversionpaths.h"
#include "analytics/funnelreport.h"
#include "charts/funnelchart.h"
#include "models/resulttablemodel.h"
#include "reportrunner.h"
#include "resulttableview.h"
#include "shell/workspacesession.h"
#include "store/workspace.h"
#include "views/pagetitle.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace leadloop {

FunnelView::FunnelView(WorkspaceSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_filter(new AnalysisFilterBar(false, this))
    , m_dimension(new QComboBox(this))
    , m_position(new QComboBox(this))
    , m_chart(new FunnelChart(this))
    , m_table(new ResultTableView(this))
    , m_status(new QLabel(this))
    , m_runner(new ReportRunner(session, this))
{
    m_dimension->setObjectName(u"dimension"_s);
    for (const QString& d : ConversionPaths::dimensions())
        m_dimension->addItem(ConversionPaths::dimensionTitle(d), d);
    m_position->setObjectName(u"position"_s);
    m_position->addItem(tr("by first touch"), int(attribution::Model::FirstTouch));
    m_position->addItem(tr("by last touch before the lead"), int(attribution::Model::LastTouch));
    m_position->addItem(tr("by last non-direct touch"), int(attribution::Model::LastNonDirect));
    auto* save = new QPushButton(tr("&Save chart…"), this);
    connect(save, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save chart"), tr("funnel.png"), tr("PNG image (*.png);;SVG image (*.svg)"));
        if (!path.isEmpty())
            m_chart->save(path);
    });
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Groups:"), this));
    top->addWidget(m_dimension);
    top->addWidget(m_position);
    top->addWidget(m_status, 1);
    top->addWidget(save);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_chart);
    splitter->addWidget(m_table);
    splitter->setSizes({320, 320});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->addWidget(pageTitle(tr("Funnel"), this));
    layout->addWidget(m_filter);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    connect(m_dimension, &QComboBox::currentIndexChanged, this, &FunnelView::refresh);
    connect(m_position, &QComboBox::currentIndexChanged, this, &FunnelView::refresh);
    connect(m_table, &ResultTableView::drillRequested, this, [this](int row, const QString& key) {
        DrillFigure figure =
            DrillFigure::of(m_table->model()->table(), row, key, m_shownQuery, m_shownModel);
        if (figure.request.target == DrillRequest::Target::Leads)
            figure.request.funnelStage = key; // the people the funnel counts at this stage
        emit drillDown(figure);
    });
    m_filter->follow(m_session, [this] { refresh(); });
}

void FunnelView::refresh()
{
    if (!m_session.isOpen())
        return;
    FunnelReport::Query query;
    query.dimension = m_dimension->currentData().toString();
    query.position = attribution::Model(m_position->currentData().toInt());
    query.filter = m_filter->filter();
    m_status->setText(tr("Working…"));
    m_runner->run([query](Database& db) { return FunnelReport::run(db, query); },
                  [this, query](const Result<ResultTable>& result) {
                      if (!result) {
                          m_status->setText(result.error().message);
                          return;
                      }
                      m_shownQuery.dimension = query.dimension;
                      m_shownQuery.filter = query.filter;
                      m_shownModel = query.position;
                      display(*result);
                  });
}

void FunnelView::waitForReport()
{
    m_filter->waitForChoices();
    m_runner->waitForIdle();
}

void FunnelView::display(const ResultTable& table)
{
    m_table->setTable(table);
    m_table->model()->setDrillable(
        {u"visitors"_s, u"leads"_s, u"opportunities"_s, u"customers"_s, u"revenue"_s});
    const auto total = [&](const char* key) {
        return table.meta.value(QString::fromLatin1(key)).toDouble();
    };
    m_chart->setStages(tr("From visitor to customer"),
                       {{tr("Visitors"), total("visitors")},
                        {tr("Leads"), total("leads")},
                        {tr("Opportunities"), total("opportunities")},
                        {tr("Customers"), total("customers")}});
    const QString currency = table.meta.value(u"currency"_s).toString();
    m_status->setText(tr("Revenue from these customers: %1 %2.")
                          .arg(QLocale().toString(total("revenue"), 'f', 0), currency));
}

} // namespace leadloop
