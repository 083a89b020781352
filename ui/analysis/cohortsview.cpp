#include "cohortsview.h"

#include "analysisfilterbar.h"
#include "analytics/cohortsreport.h"
#include "analytics/conversionpaths.h"
#include "analytics/timetoconvert.h"
#include "charts/barchart.h"
#include "charts/linechart.h"
#include "models/resulttablemodel.h"
#include "resulttableview.h"

#include <algorithm>
#include <QBrush>
#include <QColor>
#include <QComboBox>
#include <QLocale>
#include <QPalette>
#include <QStackedWidget>

using namespace Qt::StringLiterals;

namespace leadloop {

namespace {

/// The period columns of a cohort triangle, in order.
QList<int> periodColumns(const ResultTable& table)
{
    QList<int> columns;
    for (int c = 0; c < table.columns.size(); ++c)
        if (table.columns[c].key.startsWith(u"period_"_s))
            columns.append(c);
    return columns;
}

} // namespace

CohortsView::CohortsView(WorkspaceSession& session, QWidget* parent)
    : AnalysisView(session, tr("Cohorts"), false, parent)
    , m_show(addChoice(tr("Show:"), u"mode"_s))
    , m_from(addChoice({}, u"from"_s))
    , m_to(addChoice({}, u"to"_s))
    , m_groups(addChoice({}, u"groups"_s))
    , m_start(addChoice({}, u"start"_s))
    , m_period(addChoice({}, u"period"_s))
    , m_metric(addChoice({}, u"metric"_s))
    , m_charts(new QStackedWidget(this))
    , m_histogram(new BarChart(m_charts))
    , m_curves(new LineChart(m_charts))
{
    // Neither report takes the filter bar's channels or owners: the choices say what counts.
    filterBar()->hide();
    m_show->addItem(tr("Time to convert"));
    m_show->addItem(tr("Cohort triangle"));
    const std::pair<QString, QString> froms[] = {{u"first-visit"_s, tr("from the first visit")},
                                                 {u"lead"_s, tr("from becoming a lead")},
                                                 {u"opportunity"_s, tr("from the first deal")}};
    for (const auto& [id, name] : froms)
        m_from->addItem(name, id);
    const std::pair<QString, QString> tos[] = {{u"lead"_s, tr("to becoming a lead")},
                                               {u"opportunity"_s, tr("to the first deal")},
                                               {u"customer"_s, tr("to the first won deal")}};
    for (const auto& [id, name] : tos)
        m_to->addItem(name, id);
    m_to->setCurrentIndex(2);
    m_from->setCurrentIndex(1);
    m_groups->addItem(tr("everyone together"), QString());
    m_groups->addItem(tr("by week of the first step"), u"cohort:week"_s);
    m_groups->addItem(tr("by month of the first step"), u"cohort:month"_s);
    for (const QString& d : ConversionPaths::dimensions())
        m_groups->addItem(tr("by %1").arg(ConversionPaths::dimensionTitle(d).toLower()), d);
    m_start->addItem(tr("people by first visit"), u"first-visit"_s);
    m_start->addItem(tr("people by becoming a lead"), u"lead"_s);
    m_period->addItem(tr("in months"), u"month"_s);
    m_period->addItem(tr("in weeks"), u"week"_s);
    m_metric->addItem(tr("customers so far"), u"customers"_s);
    m_metric->addItem(tr("leads so far"), u"leads"_s);
    m_metric->addItem(tr("revenue so far"), u"revenue"_s);
    m_charts->addWidget(m_histogram);
    m_charts->addWidget(m_curves);
    setCharts(
        m_charts, 300,
        [this](const QString& path) {
            return isTriangle() ? m_curves->save(path) : m_histogram->save(path);
        },
        tr("cohorts.png"));
    connect(m_show, &QComboBox::currentIndexChanged, this, &CohortsView::showChoices);
    showChoices();
    start();
}

bool CohortsView::isTriangle() const
{
    return m_show->currentIndex() == 1;
}

void CohortsView::showChoices()
{
    const bool triangle = isTriangle();
    for (QComboBox* box : {m_from, m_to, m_groups})
        box->setVisible(!triangle);
    for (QComboBox* box : {m_start, m_period, m_metric})
        box->setVisible(triangle);
    m_charts->setCurrentWidget(triangle ? static_cast<QWidget*>(m_curves) : m_histogram);
}

void CohortsView::startReport()
{
    if (isTriangle()) {
        CohortsReport::Query query;
        query.start = m_start->currentData().toString();
        query.period = m_period->currentData().toString();
        query.metric = m_metric->currentData().toString();
        runReport([query](Database& db) { return CohortsReport::run(db, query); },
                  [this] { m_showingTriangle = true; });
        return;
    }
    TimeToConvert::Query query;
    auto from = TimeToConvert::parseStep(m_from->currentData().toString());
    auto to = TimeToConvert::parseStep(m_to->currentData().toString());
    if (!from || !to) { // the choices are the CLI's own names: this does not happen
        setStatus(!from ? from.error().message : to.error().message);
        return;
    }
    query.from = *from;
    query.to = *to;
    const QString groups = m_groups->currentData().toString();
    if (groups.startsWith(u"cohort:"_s))
        query.cohort = groups.mid(7);
    else
        query.dimension = groups;
    runReport(
        [query](Database& db) {
            auto table = TimeToConvert::run(db, query);
            if (table)
                RateIntervals::add(*table, TimeToConvert::rates());
            return table;
        },
        [this] { m_showingTriangle = false; });
}

DrillFigure CohortsView::drillFigure(int, const QString&) const
{
    return {}; // nothing here drills (yet): no column is marked drillable
}

void CohortsView::display(const ResultTable& table)
{
    if (m_showingTriangle)
        displayTriangle(table);
    else
        displayTimes(table);
}

void CohortsView::displayTimes(const ResultTable& result)
{
    table()->setTable(result);
    ResultTableModel* model = table()->model();
    model->setDecorate({});
    // The histogram of everyone shown: the buckets summed over the groups.
    const QStringList keys = TimeToConvert::histogramKeys();
    QStringList buckets;
    QList<double> counts;
    for (const QString& key : keys) {
        const int column = model->column(key);
        buckets.append(column >= 0 ? result.columns[column].title : key);
        double sum = 0;
        for (const QVariantList& row : result.rows)
            sum += row.value(column).toDouble();
        counts.append(sum);
    }
    m_histogram->setData(tr("Time %1 %2").arg(m_from->currentText(), m_to->currentText()), buckets,
                         {{tr("People"), counts}}, tr("People"), false);
    double people = 0, converted = 0;
    for (const QVariantList& row : result.rows) {
        people += row.value(model->column(u"people"_s)).toDouble();
        converted += row.value(model->column(u"converted"_s)).toDouble();
    }
    const QLocale locale;
    if (result.rows.size() == 1) {
        const QVariantList& all = result.rows.front();
        setStatus(
            tr("%1 of %2 people converted: half of them within %3 days, 90 % within %4 days.")
                .arg(locale.toString(converted, 'f', 0), locale.toString(people, 'f', 0),
                     locale.toString(all.value(model->column(u"median_days"_s)).toDouble(), 'f', 1),
                     locale.toString(all.value(model->column(u"p90_days"_s)).toDouble(), 'f', 1)));
    } else {
        setStatus(tr("%1 of %2 people converted.")
                      .arg(locale.toString(converted, 'f', 0), locale.toString(people, 'f', 0)));
    }
    compareSelectedRows(TimeToConvert::rates().front(), tr("Conversion"));
}

double CohortsView::heat(int row, int column) const
{
    const ResultTable& t = table()->model()->table();
    const QList<int> periods = periodColumns(t);
    if (!periods.contains(column) || row < 0 || row >= t.rows.size())
        return 0;
    const QVariant v = t.rows[row].value(column);
    if (!v.isValid())
        return 0;
    // Leads and customers: the share of the cohort's people; revenue: of the largest cell.
    if (t.meta.value(u"metric"_s).toString() != u"revenue") {
        const double people = t.rows[row].value(1).toDouble();
        return people > 0 ? std::clamp(v.toDouble() / people, 0.0, 1.0) : 0;
    }
    double top = 0;
    for (const QVariantList& r : t.rows)
        for (int c : periods)
            top = std::max(top, r.value(c).toDouble());
    return top > 0 ? std::clamp(v.toDouble() / top, 0.0, 1.0) : 0;
}

void CohortsView::displayTriangle(const ResultTable& result)
{
    stopComparing();
    table()->setTable(result);
    ResultTableModel* model = table()->model();
    const QColor base = palette().color(QPalette::Highlight);
    const bool rates = result.meta.value(u"metric"_s).toString() != u"revenue";
    // The heat map: shares scaled to the largest, so a low-converting metric still shows.
    double top = 0;
    const QList<int> periods = periodColumns(result);
    for (int r = 0; r < result.rows.size(); ++r)
        for (int c : periods)
            top = std::max(top, heat(r, c));
    model->setDecorate([this, base, top](int row, int column, int role) -> QVariant {
        if (role != Qt::BackgroundRole || top <= 0)
            return {};
        const double h = heat(row, column);
        if (h <= 0)
            return {};
        QColor fill = base;
        fill.setAlphaF(0.08 + 0.62 * h / top);
        return QBrush(fill);
    });
    // Each cohort's curve: its cumulative share (or revenue) by period since its start.
    QStringList since;
    for (int c : periods)
        since.append(QString::number(c - periods.front()));
    QList<ChartSeries> curves;
    for (const QVariantList& row : result.rows) {
        ChartSeries s{row.value(0).toString(), {}};
        const double people = row.value(1).toDouble();
        for (int c : periods) {
            if (!row.value(c).isValid())
                break;
            s.values.append(rates ? (people > 0 ? 100.0 * row.value(c).toDouble() / people : 0)
                                  : row.value(c).toDouble());
        }
        curves.append(s);
    }
    const QString metric = m_metric->currentText();
    m_curves->setData(
        tr("Each cohort's %1 by %2 since it began")
            .arg(metric,
                 m_period->currentData().toString() == u"week" ? tr("weeks") : tr("months")),
        since, curves, rates ? tr("% of the cohort") : result.meta.value(u"currency"_s).toString());
    setStatus(
        tr("%Ln cohorts; each row ends where the data does.", nullptr, int(result.rows.size())));
}

} // namespace leadloop
