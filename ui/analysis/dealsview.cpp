#include "dealsview.h"

#include "analysisfilterbar.h"
#include "analytics/conversionpaths.h"
#include "analytics/dealsreport.h"
#include "charts/barchart.h"
#include "models/resulttablemodel.h"
#include "reportrunner.h"
#include "resulttableview.h"
#include "shell/workspacesession.h"
#include "store/workspace.h"
#include "views/pagetitle.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace leadloop {

DealsView::DealsView(WorkspaceSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_filter(new AnalysisFilterBar(false, this))
    , m_dimension(new QComboBox(this))
    , m_value(new BarChart(this))
    , m_rate(new BarChart(this))
    , m_table(new ResultTableView(this))
    , m_status(new QLabel(this))
    , m_runner(new ReportRunner(session, this))
{
    m_dimension->setObjectName(u"dimension"_s);
    for (const QString& d : DealsReport::dimensions())
        m_dimension->addItem(ConversionPaths::dimensionTitle(d), d);
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("By:"), this));
    top->addWidget(m_dimension);
    top->addWidget(m_status, 1);
    auto* charts = new QWidget(this);
    auto* chartRow = new QHBoxLayout(charts);
    chartRow->setContentsMargins(0, 0, 0, 0);
    chartRow->addWidget(m_value, 1);
    chartRow->addWidget(m_rate, 1);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(charts);
    splitter->addWidget(m_table);
    splitter->setSizes({330, 300});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->addWidget(pageTitle(tr("Deals"), this));
    layout->addWidget(m_filter);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    connect(m_dimension, &QComboBox::currentIndexChanged, this, &DealsView::refresh);
    // Deals by a people dimension list their people: the deals created in the period, or the
    // deals won in it.
    connect(m_table, &ResultTableView::drillRequested, this, [this](int row, const QString& key) {
        PathQuery query = m_shownQuery;
        query.kind = key == u"deals" ? ConversionKind::Opportunity : ConversionKind::Revenue;
        DrillFigure figure = DrillFigure::of(m_table->model()->table(), row, key, query,
                                             attribution::Model::FirstTouch);
        emit drillDown(figure);
    });
    m_filter->follow(m_session, [this] { refresh(); });
}

void DealsView::refresh()
{
    if (!m_session.isOpen())
        return;
    const QString dimension = m_dimension->currentData().toString();
    const ReportFilter filter = m_filter->filter();
    m_status->setText(tr("Working…"));
    m_runner->run(
        [dimension, filter](Database& db) { return DealsReport::run(db, dimension, filter); },
        [this, dimension, filter](const Result<ResultTable>& result) {
            if (!result) {
                m_status->setText(result.error().message);
                return;
            }
            m_shownQuery.dimension = dimension;
            m_shownQuery.filter = filter;
            display(*result);
        });
}

void DealsView::waitForReport()
{
    m_filter->waitForChoices();
    m_runner->waitForIdle();
}

void DealsView::display(const ResultTable& table)
{
    m_table->setTable(table);
    ResultTableModel* model = m_table->model();
    if (ConversionPaths::isPeopleDimension(m_shownQuery.dimension))
        model->setDrillable({u"deals"_s, u"won"_s, u"won_value"_s});
    else
        model->setDrillable({});
    const QString currency = table.meta.value(u"currency"_s).toString();
    QStringList categories;
    QList<double> value, rate;
    for (int r = 0; r < std::min<qsizetype>(10, table.rows.size()); ++r) {
        const QVariantList& row = table.rows[r];
        categories.prepend(row.value(0).toString());
        value.prepend(row.value(model->column(u"won_value"_s)).toDouble());
        rate.prepend(row.value(model->column(u"win_rate"_s)).toDouble() * 100);
    }
    m_value->setData(tr("Won value (%1)").arg(currency), categories, {{tr("Won value"), value}},
                     currency);
    m_rate->setData(tr("Win rate: won / (won + lost)"), categories, {{tr("Win rate"), rate}},
                    tr("%"));
    m_status->setText(
        tr("%1 deals: %2 won, %3 lost; win rate %4 %.")
            .arg(QLocale().toString(table.meta.value(u"deals"_s).toLongLong()),
                 QLocale().toString(table.meta.value(u"won"_s).toLongLong()),
                 QLocale().toString(table.meta.value(u"lost"_s).toLongLong()),
                 QLocale().toString(table.meta.value(u"win_rate"_s).toDouble() * 100, 'f', 0)));
}

} // namespace leadloop
