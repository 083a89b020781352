#include "channelsview.h"

#include "analysisfilterbar.h"
#include "analytics/channelsreport.h"
#include "analytics/conversionpaths.h"
#include "charts/barchart.h"
#include "models/resulttablemodel.h"
#include "resulttableview.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace leadloop {

ChannelsView::ChannelsView(WorkspaceSession& session, QWidget* parent)
    : AnalysisView(session, tr("Channels"), true, parent)
    , m_dimension(addChoice(tr("By:"), u"dimension"_s))
    , m_money(new BarChart(this))
    , m_counts(new BarChart(this))
{
    for (const QString& d : ConversionPaths::dimensions())
        m_dimension->addItem(ConversionPaths::dimensionTitle(d), d);
    auto* charts = new QWidget(this);
    auto* chartRow = new QHBoxLayout(charts);
    chartRow->setContentsMargins(0, 0, 0, 0);
    chartRow->addWidget(m_money, 1);
    chartRow->addWidget(m_counts, 1);
    setCharts(
        charts, 360, [this](const QString& path) { return m_money->save(path); },
        tr("revenue-and-cost.png"));
    compareSelectedRows(ChannelsReport::rates().front(), tr("Lead to customer"));
    start();
}

void ChannelsView::startReport()
{
    ChannelsReport::Query query;
    query.dimension = m_dimension->currentData().toString();
    query.model = filterBar()->model();
    query.lookbackDays = filterBar()->lookbackDays();
    query.filter = filterBar()->filter();
    runReport(
        [query](Database& db) {
            auto table = ChannelsReport::run(db, query);
            if (table)
                RateIntervals::add(*table, ChannelsReport::rates());
            return table;
        },
        [this, query] {
            m_shownQuery.dimension = query.dimension;
            m_shownQuery.lookbackDays = query.lookbackDays;
            m_shownQuery.filter = query.filter;
            m_shownModel = query.model;
        });
}

DrillFigure ChannelsView::drillFigure(int row, const QString& key) const
{
    return DrillFigure::of(table()->model()->table(), row, key, m_shownQuery, m_shownModel);
}

void ChannelsView::display(const ResultTable& result)
{
    table()->setTable(result);
    ResultTableModel* model = table()->model();
    model->setDrillable({u"sessions"_s, u"visitors"_s, u"leads"_s, u"opportunities"_s,
                         u"customers"_s, u"revenue"_s});
    const QString currency = result.meta.value(u"currency"_s).toString();
    // The charts show the ten largest groups by revenue, then cost (the table has them all).
    QStringList categories;
    QList<double> revenue, cost, leads, customers;
    const int key = model->column(ConversionPaths::dimensionKey(m_shownQuery.dimension));
    for (int r = 0; r < std::min<qsizetype>(10, result.rows.size()); ++r) {
        const QVariantList& row = result.rows[r];
        categories.prepend(row.value(key).toString());
        revenue.prepend(row.value(model->column(u"revenue"_s)).toDouble());
        cost.prepend(row.value(model->column(u"cost"_s)).toDouble());
        leads.prepend(row.value(model->column(u"leads"_s)).toDouble());
        customers.prepend(row.value(model->column(u"customers"_s)).toDouble());
    }
    m_money->setData(tr("Revenue and cost (%1)").arg(currency), categories,
                     {{tr("Revenue"), revenue}, {tr("Cost"), cost}}, currency);
    m_counts->setData(
        tr("Leads and customers (%1 model)").arg(result.meta.value(u"model"_s).toString()),
        categories, {{tr("Leads"), leads}, {tr("Customers"), customers}}, tr("Conversions"));
    setStatus(tr("%1 leads, %2 customers, %3 %4 revenue, %5 %4 cost.")
                  .arg(QLocale().toString(result.meta.value(u"leads"_s).toDouble(), 'f', 0),
                       QLocale().toString(result.meta.value(u"customers"_s).toDouble(), 'f', 0),
                       QLocale().toString(result.meta.value(u"revenue"_s).toDouble(), 'f', 0),
                       currency,
                       QLocale().toString(result.meta.value(u"cost"_s).toDouble(), 'f', 0)));
}

} // namespace leadloop
