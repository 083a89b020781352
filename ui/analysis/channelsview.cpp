#include "channelsview.h"

#include "analysisfilterbar.h"
#include "analytics/channelsreport.h"
#include "analytics/conversionpaths.h"
#include "charts/barchart.h"
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

ChannelsView::ChannelsView(WorkspaceSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_filter(new AnalysisFilterBar(true, this))
    , m_dimension(new QComboBox(this))
    , m_money(new BarChart(this))
    , m_counts(new BarChart(this))
    , m_table(new ResultTableView(this))
    , m_status(new QLabel(this))
    , m_runner(new ReportRunner(session, this))
{
    m_dimension->setObjectName(u"dimension"_s);
    for (const QString& d : ConversionPaths::dimensions())
        m_dimension->addItem(ConversionPaths::dimensionTitle(d), d);
    auto* save = new QPushButton(tr("&Save chart…"), this);
    connect(save, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Save chart"), tr("revenue-and-cost.png"),
                                         tr("PNG image (*.png);;SVG image (*.svg)"));
        if (!path.isEmpty())
            m_money->save(path);
    });
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("By:"), this));
    top->addWidget(m_dimension);
    top->addWidget(m_status, 1);
    top->addWidget(save);
    auto* charts = new QWidget(this);
    auto* chartRow = new QHBoxLayout(charts);
    chartRow->setContentsMargins(0, 0, 0, 0);
    chartRow->addWidget(m_money, 1);
    chartRow->addWidget(m_counts, 1);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(charts);
    splitter->addWidget(m_table);
    splitter->setSizes({360, 300});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->addWidget(pageTitle(tr("Channels"), this));
    layout->addWidget(m_filter);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    connect(m_dimension, &QComboBox::currentIndexChanged, this, &ChannelsView::refresh);
    connect(m_table, &ResultTableView::drillRequested, this, [this](int row, const QString& key) {
        emit drillDown(
            DrillFigure::of(m_table->model()->table(), row, key, m_shownQuery, m_shownModel));
    });
    m_filter->follow(m_session, [this] { refresh(); });
}

void ChannelsView::refresh()
{
    if (!m_session.isOpen())
        return;
    ChannelsReport::Query query;
    query.dimension = m_dimension->currentData().toString();
    query.model = m_filter->model();
    query.lookbackDays = m_filter->lookbackDays();
    query.filter = m_filter->filter();
    m_status->setText(tr("Working…"));
    m_runner->run([query](Database& db) { return ChannelsReport::run(db, query); },
                  [this, query](const Result<ResultTable>& result) {
                      if (!result) {
                          m_status->setText(result.error().message);
                          return;
                      }
                      m_shownQuery.dimension = query.dimension;
                      m_shownQuery.lookbackDays = query.lookbackDays;
                      m_shownQuery.filter = query.filter;
                      m_shownModel = query.model;
                      display(*result);
                  });
}

void ChannelsView::waitForReport()
{
    m_filter->waitForChoices();
    m_runner->waitForIdle();
}

void ChannelsView::display(const ResultTable& table)
{
    m_table->setTable(table);
    ResultTableModel* model = m_table->model();
    model->setDrillable({u"sessions"_s, u"visitors"_s, u"leads"_s, u"opportunities"_s,
                         u"customers"_s, u"revenue"_s});
    const QString currency = table.meta.value(u"currency"_s).toString();
    // The charts show the ten largest groups by revenue, then cost (the table has them all).
    QStringList categories;
    QList<double> revenue, cost, leads, customers;
    const int key =
        model->column(ConversionPaths::dimensionKey(m_dimension->currentData().toString()));
    for (int r = 0; r < std::min<qsizetype>(10, table.rows.size()); ++r) {
        const QVariantList& row = table.rows[r];
        categories.prepend(row.value(key).toString());
        revenue.prepend(row.value(model->column(u"revenue"_s)).toDouble());
        cost.prepend(row.value(model->column(u"cost"_s)).toDouble());
        leads.prepend(row.value(model->column(u"leads"_s)).toDouble());
        customers.prepend(row.value(model->column(u"customers"_s)).toDouble());
    }
    m_money->setData(tr("Revenue and cost (%1)").arg(currency), categories,
                     {{tr("Revenue"), revenue}, {tr("Cost"), cost}}, currency);
    m_counts->setData(
        tr("Leads and customers (%1 model)").arg(table.meta.value(u"model"_s).toString()),
        categories, {{tr("Leads"), leads}, {tr("Customers"), customers}}, tr("Conversions"));
    m_status->setText(
        tr("%1 leads, %2 customers, %3 %4 revenue, %5 %4 cost.")
            .arg(QLocale().toString(table.meta.value(u"leads"_s).toDouble(), 'f', 0),
                 QLocale().toString(table.meta.value(u"customers"_s).toDouble(), 'f', 0),
                 QLocale().toString(table.meta.value(u"revenue"_s).toDouble(), 'f', 0), currency,
                 QLocale().toString(table.meta.value(u"cost"_s).toDouble(), 'f', 0)));
    emit shown();
}

} // namespace leadloop
