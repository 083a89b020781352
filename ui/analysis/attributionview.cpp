#include "attributionview.h"

#include "analysisfilterbar.h"
#include "analytics/attributionreport.h"
#include "analytics/conversionpaths.h"
#include "charts/barchart.h"
#include "models/resulttablemodel.h"
#include "resulttableview.h"

#include <cmath>
#include <QBrush>
#include <QColor>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace leadloop {

AttributionView::AttributionView(WorkspaceSession& session, QWidget* parent)
    : AnalysisView(session, tr("Attribution"), true, parent)
    , m_conversion(addChoice(tr("Credit:"), u"conversion"_s))
    , m_dimension(addChoice(tr("to:"), u"dimension"_s))
    , m_intervals(addChoice({}, u"intervals"_s))
    , m_chart(new BarChart(this))
{
    m_intervals->addItem(
        tr("95 % intervals (%1 resamples)").arg(BootstrapOptions::DefaultReplicates),
        BootstrapOptions::DefaultReplicates);
    m_intervals->addItem(tr("No intervals"), 0);
    filterBar()->hideModel(); // every model is shown
    const std::pair<QString, QString> kinds[] = {{u"lead"_s, tr("Leads")},
                                                 {u"opportunity"_s, tr("Opportunities")},
                                                 {u"customer"_s, tr("Customers")},
                                                 {u"revenue"_s, tr("Revenue")}};
    for (const auto& [id, name] : kinds)
        m_conversion->addItem(name, id);
    for (const QString& d : ConversionPaths::sessionDimensions())
        m_dimension->addItem(ConversionPaths::dimensionTitle(d), d);
    // What each model does, in a line each, for people comparing them.
    QStringList lines;
    for (attribution::Model model : attribution::allModels()) {
        const QString id = attribution::modelId(model);
        lines.append(u"<b>%1</b>: %2"_s.arg(id, explanation(id).toHtmlEscaped()));
    }
    lines.append(u"<b>%1</b>: %2"_s.arg(
        tr("Removal effect").toHtmlEscaped(),
        tr("the share of all conversions the Markov chain loses without the channel")
            .toHtmlEscaped()));
    lines.append(u"<b>%1</b>: %2"_s.arg(
        tr("Shapley value").toHtmlEscaped(),
        tr("the conversion rate the channel adds, averaged over every order in which channels join")
            .toHtmlEscaped()));
    auto* legend = new QLabel(lines.join(u"<br>"_s), this);
    legend->setObjectName(u"explanations"_s);
    legend->setWordWrap(true);
    legend->setTextFormat(Qt::RichText);
    auto* upper = new QWidget(this);
    auto* upperRow = new QHBoxLayout(upper);
    upperRow->setContentsMargins(0, 0, 0, 0);
    upperRow->addWidget(m_chart, 3);
    upperRow->addWidget(legend, 2);
    setCharts(upper, 340);
    start();
}

QString AttributionView::explanation(const QString& id)
{
    if (id == u"first_touch")
        return tr("all the credit to the first visit");
    if (id == u"last_touch")
        return tr("all the credit to the last visit before the conversion");
    if (id == u"last_non_direct")
        return tr("all to the last visit that was not Direct");
    if (id == u"linear")
        return tr("equal shares to every visit");
    if (id == u"time_decay")
        return tr("more to recent visits, halving every 7 days back");
    if (id == u"position_based")
        return tr("40 % first, 40 % last, 20 % shared by the middle");
    if (id == u"w_shaped")
        return tr("30 % each to the first visit, the lead and the opportunity, 10 % to the rest");
    if (id == u"full_path")
        return tr("22.5 % each to first visit, lead, opportunity and close, 10 % to the rest");
    if (id == u"markov")
        return tr("by how many conversions would be lost without the channel (removal effect)");
    if (id == u"shapley")
        return tr("by each channel's fair share of what channels achieve together");
    return {};
}

void AttributionView::startReport()
{
    PathQuery query;
    query.kind = *ConversionPaths::kindFromName(m_conversion->currentData().toString(), nullptr);
    query.dimension = m_dimension->currentData().toString();
    query.lookbackDays = filterBar()->lookbackDays();
    query.filter = filterBar()->filter();
    const BootstrapOptions bootstrap{m_intervals->currentData().toInt(), 1};
    runReport(
        [query, bootstrap](Database& db) {
            return AttributionReport::run(db, attribution::allModels(), query, {}, bootstrap);
        },
        [this, query] { m_shownQuery = query; });
}

DrillFigure AttributionView::drillFigure(int row, const QString& key) const
{
    return DrillFigure::of(table()->model()->table(), row, key, m_shownQuery, m_shownModel);
}

void AttributionView::display(const ResultTable& result)
{
    table()->setTable(result);
    ResultTableModel* model = table()->model();
    const bool money = m_conversion->currentData().toString() == u"revenue";
    const QString suffix = money ? u"_value"_s : u"_conversions"_s;
    QList<int> columns;
    for (attribution::Model m : attribution::allModels())
        columns.append(model->column(attribution::modelId(m) + suffix));
    // Each row's highest credit in green, its lowest in red: where the models disagree; each
    // credit's interval as its tooltip.
    const QLocale locale;
    model->setDecorate([columns, model, locale](int row, int column, int role) -> QVariant {
        if (!columns.contains(column))
            return {};
        if (role == Qt::ToolTipRole) {
            const QString key = model->table().columns.at(column).key;
            const int low = model->column(key + u"_low"_s), high = model->column(key + u"_high"_s);
            if (low < 0 || high < 0)
                return {};
            const QVariantList& values = model->table().rows.at(row);
            return tr("95 % interval: %1 to %2 (bootstrap)")
                .arg(locale.toString(values.value(low).toDouble(), 'f', 1),
                     locale.toString(values.value(high).toDouble(), 'f', 1));
        }
        if (role != Qt::BackgroundRole)
            return {};
        const QVariantList& values = model->table().rows.at(row);
        double low = values.value(columns.front()).toDouble(), high = low;
        for (int c : columns) {
            low = std::min(low, values.value(c).toDouble());
            high = std::max(high, values.value(c).toDouble());
        }
        const double value = values.value(column).toDouble();
        if (high - low < 0.5)
            return {};
        if (value == high)
            return QBrush(QColor(46, 160, 67, 70));
        if (value == low)
            return QBrush(QColor(207, 34, 46, 60));
        return {};
    });
    QSet<QString> drillable;
    for (attribution::Model m : attribution::allModels()) {
        drillable.insert(attribution::modelId(m) + suffix);
    }
    model->setDrillable(drillable);
    // Leads and opportunities have no value worth showing; revenue shows values only. What
    // Markov and Shapley rest on shows for both.
    for (int c = 1; c < model->columnCount(); ++c) {
        const QString key =
            model->headerData(c, Qt::Horizontal, ResultTableModel::KeyRole).toString();
        table()->view()->setColumnHidden(c, !key.endsWith(suffix) &&
                                                key != u"markov_removal_effect" &&
                                                key != u"shapley_contribution");
    }
    // What Markov and Shapley rest on, next to the groups they describe.
    QHeaderView* header = table()->view()->horizontalHeader();
    int place = 1;
    for (const QString& key : {u"markov_removal_effect"_s, u"shapley_contribution"_s})
        if (const int logical = model->column(key); logical >= 0)
            header->moveSection(header->visualIndex(logical), place++);
    QStringList categories;
    QList<BarChart::Series> series;
    const QStringList shown = {u"first_touch"_s, u"linear"_s, u"markov"_s, u"shapley"_s};
    for (const QString& id : shown)
        series.append({id, {}});
    const auto cell = [&](const QVariantList& row, const QString& key) {
        const int c = model->column(key);
        return c >= 0 ? row.value(c).toDouble() : std::nan("");
    };
    for (int r = 0; r < std::min<qsizetype>(10, result.rows.size()); ++r) {
        const QVariantList& row = result.rows[r];
        categories.prepend(row.value(0).toString());
        for (qsizetype s = 0; s < shown.size(); ++s) {
            series[s].values.prepend(cell(row, shown[s] + suffix));
            series[s].low.prepend(cell(row, shown[s] + suffix + u"_low"_s));
            series[s].high.prepend(cell(row, shown[s] + suffix + u"_high"_s));
        }
    }
    const QString currency = result.meta.value(u"currency"_s).toString();
    const bool bounded = result.meta.contains(u"bootstrap"_s);
    m_chart->setData(
        bounded
            ? tr("%1 credited by four models, with 95 % intervals").arg(m_conversion->currentText())
            : tr("%1 credited by four models").arg(m_conversion->currentText()),
        categories, series, money ? currency : tr("Conversions"));
    const QString conversions =
        QLocale().toString(result.meta.value(u"conversions"_s).toDouble(), 'f', 0);
    const QString summary =
        money ? tr("%1 won deals worth %2 %3 in all.")
                    .arg(conversions,
                         QLocale().toString(result.meta.value(u"value"_s).toDouble(), 'f', 0),
                         currency)
              : tr("%Ln conversions in all.", nullptr,
                   int(std::lround(result.meta.value(u"conversions"_s).toDouble())));
    setStatus(bounded ? summary + u' ' + tr("Point at a credit for its 95 % interval.") : summary);
}

} // namespace leadloop
