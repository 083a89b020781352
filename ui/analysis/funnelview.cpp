#include "funnelview.h"

#include "analysisfilterbar.h"
#include "analytics/conversionpaths.h"
#include "analytics/funnelreport.h"
#include "charts/funnelchart.h"
#include "models/resulttablemodel.h"
#include "resulttableview.h"

#include <QComboBox>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace leadloop {

FunnelView::FunnelView(WorkspaceSession& session, QWidget* parent)
    : AnalysisView(session, tr("Funnel"), false, parent)
    , m_dimension(addChoice(tr("Groups:"), u"dimension"_s))
    , m_position(addChoice({}, u"position"_s))
    , m_chart(new FunnelChart(this))
{
    for (const QString& d : ConversionPaths::dimensions())
        m_dimension->addItem(ConversionPaths::dimensionTitle(d), d);
    m_position->addItem(tr("by first touch"), int(attribution::Model::FirstTouch));
    m_position->addItem(tr("by last touch before the lead"), int(attribution::Model::LastTouch));
    m_position->addItem(tr("by last non-direct touch"), int(attribution::Model::LastNonDirect));
    setCharts(
        m_chart, 320, [this](const QString& path) { return m_chart->save(path); },
        tr("funnel.png"));
    start();
}

void FunnelView::startReport()
{
    FunnelReport::Query query;
    query.dimension = m_dimension->currentData().toString();
    query.position = attribution::Model(m_position->currentData().toInt());
    query.filter = filterBar()->filter();
    runReport([query](Database& db) { return FunnelReport::run(db, query); },
              [this, query] {
                  m_shownQuery.dimension = query.dimension;
                  m_shownQuery.filter = query.filter;
                  m_shownModel = query.position;
              });
}

DrillFigure FunnelView::drillFigure(int row, const QString& key) const
{
    DrillFigure figure =
        DrillFigure::of(table()->model()->table(), row, key, m_shownQuery, m_shownModel);
    if (figure.request.target == DrillRequest::Target::Leads)
        figure.request.funnelStage = key; // the people the funnel counts at this stage
    return figure;
}

void FunnelView::display(const ResultTable& result)
{
    table()->setTable(result);
    table()->model()->setDrillable(
        {u"visitors"_s, u"leads"_s, u"opportunities"_s, u"customers"_s, u"revenue"_s});
    const auto total = [&](const char* key) {
        return result.meta.value(QString::fromLatin1(key)).toDouble();
    };
    m_chart->setStages(tr("From visitor to customer"),
                       {{tr("Visitors"), total("visitors")},
                        {tr("Leads"), total("leads")},
                        {tr("Opportunities"), total("opportunities")},
                        {tr("Customers"), total("customers")}});
    const QString currency = result.meta.value(u"currency"_s).toString();
    setStatus(tr("Revenue from these customers: %1 %2.")
                  .arg(QLocale().toString(total("revenue"), 'f', 0), currency));
}

} // namespace leadloop
