#include "dashboardview.h"

#include "analysisfilterbar.h"
#include "analytics/channelsreport.h"
#include "analytics/funnelreport.h"
#include "analytics/headlinereport.h"
#include "analytics/trendreport.h"
#include "charts/barchart.h"
#include "charts/funnelchart.h"
#include "charts/linechart.h"
#include "common/cellformat.h"
#include "report/reporthighlights.h"
#include "reportrunner.h"
#include "shell/workspacesession.h"
#include "store/workspace.h"
#include "views/overviewpage.h"
#include "views/pagetitle.h"

#include <map>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace leadloop {

DashboardView::DashboardView(WorkspaceSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_filter(new AnalysisFilterBar(false, this))
    , m_funnel(new FunnelChart(this))
    , m_channels(new BarChart(this))
    , m_headlineRunner(new ReportRunner(session, this))
    , m_funnelRunner(new ReportRunner(session, this))
    , m_channelRunner(new ReportRunner(session, this))
    , m_trendRunner(new ReportRunner(session, this))
    , m_campaignRunner(new ReportRunner(session, this))
{
    m_trend = new LineChart(this);
    m_campaigns = new QLabel(this);
    m_campaigns->setObjectName(u"campaignsByRoi"_s);
    m_campaigns->setTextFormat(Qt::RichText);
    m_campaigns->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_campaigns->setWordWrap(true);
    auto* performance = new QWidget(this);
    auto* tiles = new QGridLayout;
    tiles->setSpacing(10);
    const std::pair<QString, QString> metrics[] = {
        {u"visitors"_s, tr("Visitors")},   {u"leads"_s, tr("Leads")},
        {u"customers"_s, tr("Customers")}, {u"revenue"_s, tr("Revenue")},
        {u"cost"_s, tr("Cost")},           {u"roi"_s, tr("ROI")},
        {u"win_rate"_s, tr("Win rate")}};
    int column = 0;
    for (const auto& [key, caption] : metrics) {
        auto* card = new QFrame(performance);
        card->setFrameShape(QFrame::StyledPanel);
        auto* value = new QLabel(u"–"_s, card);
        value->setObjectName(u"tile_"_s + key);
        value->setTextFormat(Qt::RichText);
        auto* label = new QLabel(caption, card);
        auto* box = new QVBoxLayout(card);
        box->addWidget(value);
        box->addWidget(label);
        tiles->addWidget(card, 0, column);
        tiles->setColumnStretch(column++, 1);
        m_tiles.append({key, caption, value, label});
    }
    // Won deals without a contact count in Deals, not in revenue: said where revenue shows.
    m_coverage = new QLabel(this);
    m_coverage->setObjectName(u"coverageNote"_s);
    m_coverage->setWordWrap(true);
    m_coverage->hide();
    auto* charts = new QHBoxLayout;
    charts->addWidget(m_funnel, 2);
    charts->addWidget(m_channels, 3);
    auto* lower = new QHBoxLayout;
    lower->addWidget(m_trend, 3);
    lower->addWidget(m_campaigns, 2);
    auto* performanceLayout = new QVBoxLayout(performance);
    performanceLayout->setContentsMargins(0, 8, 0, 0);
    performanceLayout->addLayout(tiles);
    performanceLayout->addWidget(m_coverage);
    performanceLayout->addLayout(charts, 3); // eight bars with their names need the room
    performanceLayout->addLayout(lower, 2);

    auto* tabs = new QTabWidget(this);
    tabs->addTab(performance, tr("&Performance"));
    tabs->addTab(new OverviewPage(session, tabs), tr("&Workspace"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->addWidget(pageTitle(tr("Dashboard"), this));
    layout->addWidget(m_filter);
    layout->addWidget(tabs, 1);

    m_filter->follow(m_session, [this] { refresh(); });
}

void DashboardView::refresh()
{
    if (!m_session.isOpen())
        return;
    const ReportFilter filter = m_filter->filter();
    m_headlineRunner->run([filter](Database& db) { return HeadlineReport::run(db, filter); },
                          [this](const Result<ResultTable>& result) {
                              if (result)
                                  showHeadlines(*result);
                              else
                                  showHeadlineError(result.error().message);
                          });
    FunnelReport::Query funnel;
    funnel.filter = filter;
    m_funnelRunner->run([funnel](Database& db) { return FunnelReport::run(db, funnel); },
                        [this](const Result<ResultTable>& result) {
                            if (!result) {
                                m_funnel->setStages(result.error().message, {});
                                return;
                            }
                            const auto total = [&](const QString& key) {
                                return result->meta.value(key).toDouble();
                            };
                            m_funnel->setStages(tr("Funnel"),
                                                {{tr("Visitors"), total(u"visitors"_s)},
                                                 {tr("Leads"), total(u"leads"_s)},
                                                 {tr("Opportunities"), total(u"opportunities"_s)},
                                                 {tr("Customers"), total(u"customers"_s)}});
                        });
    refreshLower(filter);
    ChannelsReport::Query channels;
    channels.filter = filter;
    m_channelRunner->run(
        [channels](Database& db) { return ChannelsReport::run(db, channels); },
        [this](const Result<ResultTable>& result) {
            if (!result) {
                m_channels->setData(result.error().message, {}, {}, {});
                return;
            }
            // Eight bars fit beside the funnel: every paid channel, the largest
            // others and "Other" (the Channels view has every channel).
            const RevenueAndCost bars = ReportHighlights::revenueAndCost(*result, 8).bottomUp();
            const QString currency = result->meta.value(u"currency"_s).toString();
            m_channels->setData(tr("Revenue and cost by channel (%1)").arg(currency), bars.groups,
                                {{tr("Revenue"), bars.revenue}, {tr("Cost"), bars.cost}}, currency);
        });
}

void DashboardView::refreshLower(const ReportFilter& filter)
{
    // Leads and customers per ISO week, from two trend reports joined by period.
    m_trendRunner->run(
        [filter](Database& db) -> Result<ResultTable> {
            TrendReport::Query query;
            query.period = Periods::Unit::Week;
            query.filter = filter;
            query.metric = u"leads"_s;
            auto leads = TrendReport::run(db, query);
            if (!leads)
                return leads.error();
            query.metric = u"customers"_s;
            auto customers = TrendReport::run(db, query);
            if (!customers)
                return customers.error();
            ResultTable both;
            both.addColumn(u"period"_s, tr("Week"), ValueKind::Text);
            both.addColumn(u"leads"_s, tr("Leads"), ValueKind::Count);
            both.addColumn(u"customers"_s, tr("Customers"), ValueKind::Count);
            std::map<QString, std::pair<double, double>> byPeriod;
            for (const QVariantList& row : leads->rows)
                byPeriod[row.value(0).toString()].first = row.value(1).toDouble();
            for (const QVariantList& row : customers->rows)
                byPeriod[row.value(0).toString()].second = row.value(1).toDouble();
            for (const auto& [period, values] : byPeriod)
                both.addRow({period, values.first, values.second});
            return both;
        },
        [this](const Result<ResultTable>& result) {
            if (!result) {
                m_trend->setData(result.error().message, {}, {}, tr("People"));
                return;
            }
            QStringList periods;
            QList<double> leads, customers;
            for (const QVariantList& row : result->rows) {
                // "2026-W36" → "W36": the year is in the filter bar's period.
                periods.append(row.value(0).toString().section(u'-', 1));
                leads.append(row.value(1).toDouble());
                customers.append(row.value(2).toDouble());
            }
            m_trend->setData(tr("Leads and customers per week"), periods,
                             {{tr("Leads"), leads}, {tr("Customers"), customers}}, tr("People"));
        });
    // The three best and three worst campaigns by ROI (linear model): which half is wasted.
    ChannelsReport::Query byCampaign;
    byCampaign.dimension = u"campaign"_s;
    byCampaign.filter = filter;
    m_campaignRunner->run(
        [byCampaign](Database& db) { return ChannelsReport::run(db, byCampaign); },
        [this](const Result<ResultTable>& result) {
            if (!result) {
                m_campaigns->setText(result.error().message.toHtmlEscaped());
                return;
            }
            // The executive report's rule, three a side: never the same campaign twice.
            const ResultTable ranked = ReportHighlights::bestAndWorstByRoi(*result, 3);
            const int best = ranked.meta.value(u"best"_s).toInt();
            int roi = 0;
            for (qsizetype c = 0; c < ranked.columns.size(); ++c)
                if (ranked.columns[c].key == u"roi")
                    roi = int(c);
            const QLocale locale;
            QStringList lines[2];
            for (qsizetype r = 0; r < ranked.rows.size(); ++r)
                lines[r < best ? 0 : 1].append(u"%1 <b>%2 %</b>"_s.arg(
                    ranked.rows[r].value(1).toString().toHtmlEscaped(),
                    locale.toString(ranked.rows[r].value(roi).toDouble() * 100, 'f', 0)));
            QString text;
            if (ranked.rows.isEmpty())
                text = tr("No campaign had cost in this period.");
            else
                text = tr("<b>Best campaigns by ROI</b><br>%1").arg(lines[0].join(u"<br>"_s));
            if (!lines[1].isEmpty())
                text += u"<br><br>"_s +
                        tr("<b>Worst campaigns by ROI</b><br>%1").arg(lines[1].join(u"<br>"_s));
            if (!ranked.rows.isEmpty())
                text += u"<br><br><i>%1</i>"_s.arg(tr("ROI = (revenue − cost) / cost, revenue "
                                                      "credited by the linear model."));
            m_campaigns->setText(text);
        });
}

void DashboardView::waitForReport()
{
    m_filter->waitForChoices();
    for (ReportRunner* runner :
         {m_headlineRunner, m_funnelRunner, m_channelRunner, m_trendRunner, m_campaignRunner})
        runner->waitForIdle();
}

QString DashboardView::campaignsText() const
{
    return m_campaigns->text();
}

QString DashboardView::tileText(const QString& metric) const
{
    for (const Tile& tile : m_tiles)
        if (tile.key == metric)
            return tile.value->text();
    return {};
}

void DashboardView::showHeadlines(const ResultTable& table)
{
    m_headlines = table;
    const QString currency = table.meta.value(u"currency"_s).toString();
    const QLocale locale;
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        const QVariantList& row = table.rows[r];
        const QString key = row.value(0).toString();
        // Money shows its currency in the caption, so seven figures fit a laptop's width.
        const ValueKind kind = CellFormat::kindOf(table, int(r), 1);
        const QString text =
            kind == ValueKind::Money
                ? CellFormat::headline(ValueKind::Count, row.value(1), locale, currency)
                : CellFormat::headline(kind, row.value(1), locale, currency);
        QString html = u"<span style='font-size:16pt; font-weight:600'>%1</span>"_s.arg(text);
        const QVariant change = row.value(3);
        if (change.isValid() && !change.isNull()) {
            const double c = change.toDouble();
            html += u"<br><span style='color:%1'>%2%3</span>"_s.arg(
                HeadlineReport::isImprovement(key, c) ? u"#1b7f3b"_s : u"#b02a2a"_s,
                c >= 0 ? u"▲ "_s : u"▼ "_s, CellFormat::change(c, locale));
        }
        for (const Tile& tile : m_tiles)
            if (tile.key == key) {
                tile.value->setText(html);
                tile.label->setText(kind == ValueKind::Money && !currency.isEmpty()
                                        ? tr("%1 (%2)").arg(tile.caption, currency)
                                        : tile.caption);
            }
    }
    const qint64 orphans = table.meta.value(u"won_without_contact"_s).toLongLong();
    m_coverage->setVisible(orphans > 0);
    m_coverage->setText(
        tr("%1 won deals worth %2 %3 have no contact: they count in Deals and the win rate, but "
           "not in revenue, the funnel, channels or attribution, which follow people.")
            .arg(locale.toString(orphans),
                 locale.toString(table.meta.value(u"won_value_without_contact"_s).toDouble(), 'f',
                                 0),
                 currency));
}

void DashboardView::showHeadlineError(const QString& message)
{
    // Never the previous figures under a new filter: a dash and the reason.
    m_headlines = ResultTable();
    for (const Tile& tile : m_tiles) {
        tile.value->setText(u"–"_s);
        tile.label->setText(tile.caption);
    }
    m_coverage->setText(message);
    m_coverage->setVisible(true);
}

} // namespace leadloop
