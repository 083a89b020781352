#include "dealsview.h"

#include "analysisfilterbar.h"
#include "analytics/conversionpaths.h"
#include "analytics/dealsreport.h"
#include "charts/barchart.h"
#include "models/resulttablemodel.h"
#include "resulttableview.h"

#include <cmath>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace leadloop {

DealsView::DealsView(WorkspaceSession& session, QWidget* parent)
    : AnalysisView(session, tr("Deals"), false, parent)
    , m_dimension(addChoice(tr("By:"), u"dimension"_s))
    , m_value(new BarChart(this))
    , m_rate(new BarChart(this))
{
    for (const QString& d : DealsReport::dimensions())
        m_dimension->addItem(ConversionPaths::dimensionTitle(d), d);
    auto* charts = new QWidget(this);
    auto* chartRow = new QHBoxLayout(charts);
    chartRow->setContentsMargins(0, 0, 0, 0);
    chartRow->addWidget(m_value, 1);
    chartRow->addWidget(m_rate, 1);
    setCharts(charts, 330);
    compareSelectedRows(DealsReport::rates().front(), tr("Win rate"));
    start();
}

void DealsView::startReport()
{
    const QString dimension = m_dimension->currentData().toString();
    const ReportFilter filter = filterBar()->filter();
    runReport(
        [dimension, filter](Database& db) {
            auto table = DealsReport::run(db, dimension, filter);
            if (table)
                RateIntervals::add(*table, DealsReport::rates());
            return table;
        },
        [this, dimension, filter] {
            m_shownQuery.dimension = dimension;
            m_shownQuery.filter = filter;
        });
}

DrillFigure DealsView::drillFigure(int row, const QString& key) const
{
    // Deals by a people dimension list their people: the deals created in the period, or the
    // deals won in it.
    PathQuery query = m_shownQuery;
    query.kind = key == u"deals" ? ConversionKind::Opportunity : ConversionKind::Revenue;
    return DrillFigure::of(table()->model()->table(), row, key, query,
                           attribution::Model::FirstTouch);
}

void DealsView::display(const ResultTable& result)
{
    table()->setTable(result);
    ResultTableModel* model = table()->model();
    if (ConversionPaths::isPeopleDimension(m_shownQuery.dimension))
        model->setDrillable({u"deals"_s, u"won"_s, u"won_value"_s});
    else
        model->setDrillable({});
    const QString currency = result.meta.value(u"currency"_s).toString();
    QStringList categories;
    QList<double> value;
    BarChart::Series rate{tr("Win rate"), {}};
    const auto percent = [&](const QVariantList& row, const QString& key) {
        const QVariant v = row.value(model->column(key));
        return v.isValid() ? v.toDouble() * 100 : std::nan("");
    };
    for (int r = 0; r < std::min<qsizetype>(10, result.rows.size()); ++r) {
        const QVariantList& row = result.rows[r];
        categories.prepend(row.value(0).toString());
        value.prepend(row.value(model->column(u"won_value"_s)).toDouble());
        rate.values.prepend(row.value(model->column(u"win_rate"_s)).toDouble() * 100);
        rate.low.prepend(percent(row, u"win_rate_low"_s));
        rate.high.prepend(percent(row, u"win_rate_high"_s));
    }
    m_value->setData(tr("Won value (%1)").arg(currency), categories, {{tr("Won value"), value}},
                     currency);
    m_rate->setData(tr("Win rate: won / (won + lost), with 95 % intervals"), categories, {rate},
                    tr("%"));
    setStatus(
        tr("%1 deals: %2 won, %3 lost; win rate %4 %.")
            .arg(QLocale().toString(result.meta.value(u"deals"_s).toLongLong()),
                 QLocale().toString(result.meta.value(u"won"_s).toLongLong()),
                 QLocale().toString(result.meta.value(u"lost"_s).toLongLong()),
                 QLocale().toString(result.meta.value(u"win_rate"_s).toDouble() * 100, 'f', 0)));
}

} // namespace leadloop
