#include "executivereport.h"

#include "analytics/attributionreport.h"
#include "analytics/channelsreport.h"
#include "analytics/conversionpaths.h"
#include "analytics/dealsreport.h"
#include "analytics/funnelreport.h"
#include "analytics/headlinereport.h"
#include "analytics/trendreport.h"
#include "report/reporthighlights.h"
#include "sales/leadscores.h"
#include "sales/scoreevaluation.h"
#include "sales/scoretables.h"
#include "store/database.h"
#include "store/statement.h"
#include "store/workspacesettings.h"
#include "tracking/workspacechannels.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace leadloop {

namespace {

/// The columns of a table with these keys, in this order (those it has).
ResultTable pick(const ResultTable& table, const QStringList& keys)
{
    ResultTable out;
    out.meta = table.meta;
    QList<int> columns;
    for (const QString& key : keys)
        for (qsizetype c = 0; c < table.columns.size(); ++c)
            if (table.columns[c].key == key) {
                columns.append(int(c));
                out.columns.append(table.columns[c]);
            }
    for (const QVariantList& row : table.rows) {
        QVariantList picked;
        for (int c : columns)
            picked.append(row.value(c));
        out.addRow(picked);
    }
    return out;
}

QString day(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).date().toString(Qt::ISODate);
}

/// Weekly leads, customers and revenue side by side.
Result<ResultTable> weekly(Database& db, const ReportFilter& filter)
{
    ResultTable out;
    out.addColumn(u"period"_s, ExecutiveReport::tr("Week"), ValueKind::Text);
    const std::pair<QString, QString> metrics[] = {
        {u"leads"_s, ExecutiveReport::tr("Leads")},
        {u"customers"_s, ExecutiveReport::tr("Customers")},
        {u"revenue"_s, ExecutiveReport::tr("Revenue")}};
    std::map<QString, QVariantList> byPeriod;
    for (size_t m = 0; m < std::size(metrics); ++m) {
        out.addColumn(metrics[m].first, metrics[m].second,
                      metrics[m].first == u"revenue" ? ValueKind::Money : ValueKind::Count);
        TrendReport::Query query;
        query.metric = metrics[m].first;
        query.period = Periods::Unit::Week;
        query.filter = filter;
        auto trend = TrendReport::run(db, query);
        if (!trend)
            return trend.error();
        for (const QVariantList& row : trend->rows) {
            QVariantList& cells = byPeriod[row.value(0).toString()];
            cells.resize(qsizetype(std::size(metrics)));
            cells[qsizetype(m)] = row.value(1);
        }
    }
    for (auto& [period, cells] : byPeriod) {
        // A week without a figure has none of it: 0 people, or 0.00 of money (revenue).
        for (qsizetype m = 0; m < cells.size(); ++m)
            if (!cells[m].isValid())
                cells[m] = metrics[m].first == u"revenue" ? QVariant(0.0) : QVariant(qint64(0));
        out.addRow(QVariantList{period} + cells);
    }
    return out;
}

/// The appendix: how the figures were made and what data they rest on.
Result<ResultTable> methodology(Database& db, const ExecutiveReport::Options& options,
                                int lookbackDays)
{
    ResultTable out;
    out.addColumn(u"item"_s, ExecutiveReport::tr("Item"), ValueKind::Text);
    out.addColumn(u"value"_s, ExecutiveReport::tr("Value"), ValueKind::Text);
    auto rules = WorkspaceChannels::current(db);
    if (!rules)
        return rules.error();
    auto timeout = WorkspaceSettings::sessionTimeoutMinutes(db);
    if (!timeout)
        return timeout.error();
    auto currency = WorkspaceSettings::reportingCurrency(db);
    if (!currency)
        return currency.error();
    std::optional<Error> failure;
    const auto count = [&](const char* sql) {
        auto n = db.scalar(QString::fromLatin1(sql));
        if (!n && !failure)
            failure = n.error();
        return n.value_or(0);
    };
    QStringList models;
    for (attribution::Model m : attribution::allModels())
        models.append(attribution::modelId(m));
    Statement span(db.handle(), "SELECT min(started_at), max(started_at) FROM sessions");
    QString dates = ExecutiveReport::tr("no sessions");
    if (span.next() && !span.isNull(0))
        dates = u"%1 – %2"_s.arg(day(span.int64(0)), day(span.int64(1)));
    if (Status read = span.status(); !read)
        return read.error();
    const std::pair<QString, QVariant> rows[] = {
        {ExecutiveReport::tr("Channel rule set"),
         ExecutiveReport::tr("%1 (version %2)").arg(rules->id(), rules->version())},
        {ExecutiveReport::tr("Session timeout"),
         ExecutiveReport::tr("%Ln minutes", nullptr, *timeout)},
        {ExecutiveReport::tr("Attribution lookback"),
         lookbackDays > 0 ? ExecutiveReport::tr("%Ln days", nullptr, lookbackDays)
                          : ExecutiveReport::tr("unlimited")},
        {ExecutiveReport::tr("Model for channels and campaigns"),
         attribution::modelId(options.model)},
        {ExecutiveReport::tr("Models compared"), models.join(u", "_s)},
        {ExecutiveReport::tr("Import batches"),
         count("SELECT count(*) FROM import_batches WHERE status = 'committed'")},
        {ExecutiveReport::tr("Tracked sessions from"), dates},
        {ExecutiveReport::tr("Rows rejected on import"),
         count("SELECT coalesce(sum(rows_rejected), 0) FROM import_batches")},
        {ExecutiveReport::tr("Leads"), count("SELECT count(*) FROM contacts")},
        {ExecutiveReport::tr("Leads without tracking"),
         count("SELECT count(*) FROM contacts c WHERE NOT EXISTS (SELECT 1 FROM identity_links "
               "l WHERE l.contact_id = c.id AND l.active = 1)")},
        {ExecutiveReport::tr("Reporting currency"), *currency},
        {ExecutiveReport::tr("Intervals of rates"),
         ExecutiveReport::tr("95 % Wilson score interval from the counts (Wilson 1927)")},
        {ExecutiveReport::tr("Intervals of credits"),
         ExecutiveReport::tr("95 % percentile bootstrap: the journeys resampled %1 times with "
                             "replacement (seed 1), the model fitted again on each")
             .arg(BootstrapOptions::DefaultReplicates)},
        {ExecutiveReport::tr("Two rates compared"),
         ExecutiveReport::tr("Newcombe's hybrid score interval of the difference and the pooled "
                             "two-proportion z-test, both at 95 %")}};
    if (failure)
        return *failure;
    for (const auto& [item, value] : rows)
        out.addRow({item, value});
    return out;
}

/// How certain the channels' figures are: each channel's credited leads with their bootstrap
/// interval, its lead-to-customer rate with its Wilson interval, and the two channels with the
/// most leads compared in words.
Result<ExecutiveReport::Section> uncertainty(Database& db, ChannelsReport::Query query)
{
    query.bootstrap = {BootstrapOptions::DefaultReplicates, 1};
    auto bounded = ChannelsReport::run(db, query);
    if (!bounded)
        return bounded.error();
    RateIntervals::add(*bounded, ChannelsReport::rates());
    ResultTable table = pick(*bounded, {u"channel"_s, u"leads"_s, u"leads_low"_s, u"leads_high"_s,
                                        u"customers"_s, u"lead_to_customer"_s,
                                        u"lead_to_customer_low"_s, u"lead_to_customer_high"_s});
    QString note = ExecutiveReport::tr("Leads credited by the %1 model with their 95 % bootstrap "
                                       "interval; the lead-to-customer "
                                       "rate with its 95 % Wilson interval (see the methodology).")
                       .arg(attribution::modelId(query.model));
    // The two channels with the most leads, compared.
    std::vector<int> rows(size_t(table.rows.size()));
    std::iota(rows.begin(), rows.end(), 0);
    std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) {
        return table.rows[a].value(1).toDouble() > table.rows[b].value(1).toDouble();
    });
    if (rows.size() >= 2)
        if (const auto c = RateIntervals::compareRows(table, rows[0], rows[1],
                                                      ChannelsReport::rates().front()))
            note += u' ' + Proportions::describe(table.rows[rows[0]].value(0).toString(),
                                                 table.rows[rows[1]].value(0).toString(), *c);
    return ExecutiveReport::Section{u"uncertainty"_s,
                                    ExecutiveReport::tr("How certain the channels' figures are"),
                                    note, table};
}

/// What a scoring target predicts, in words.
QString targetWords(const QString& target)
{
    if (target == u"customer")
        return ExecutiveReport::tr("which leads become customers");
    if (target == u"won")
        return ExecutiveReport::tr("which leads with deals win one");
    return ExecutiveReport::tr("which leads have %1 = yes").arg(target.section(u':', 1));
}

/// The lead scoring pages (docs/scoring.md), when a model was trained: its lift by tenth of
/// scores on the hold-out, and the features that weigh most.
Status appendScoring(Database& db, ExecutiveReport& report)
{
    auto model = LeadScores::latestModel(db);
    if (!model)
        return model.error();
    if (!*model)
        return {};
    const ScoreEvaluation e = ScoreEvaluation::fromJson((*model)->evaluation);
    const QLocale locale;
    const auto figure = [&](double v, int decimals) {
        return std::isfinite(v) ? locale.toString(v, 'f', decimals) : ExecutiveReport::tr("n/a");
    };
    const ResultTable lift =
        pick(ScoreTables::lift(e), {u"decile"_s, u"leads"_s, u"positives"_s, u"lift"_s, u"gain"_s});
    const QString trained = QDateTime::fromMSecsSinceEpoch((*model)->trainedAt, QTimeZone::utc())
                                .date()
                                .toString(Qt::ISODate);
    report.sections.append(
        {u"scoring"_s, ExecutiveReport::tr("Lead scoring"),
         ExecutiveReport::tr("A model trained on %1 predicts %2 (all time, not only this "
                             "period). On %3 leads it never saw: ROC AUC %4 (baseline %5; 0.5 is "
                             "guessing, 1 perfect), Brier score %6. The rows rank those leads "
                             "by score in tenths.")
             .arg(trained, targetWords(e.target), locale.toString(e.holdoutRows), figure(e.auc, 3),
                  figure(e.baselineAuc, 3), figure(e.brier, 3)),
         lift});
    ResultTable features =
        pick(ScoreTables::features(e), {u"feature"_s, u"share"_s, u"alone_auc"_s});
    if (features.rows.size() > 15)
        features.rows.resize(15);
    report.sections.append(
        {u"scoring_features"_s, ExecutiveReport::tr("What drives the lead score"),
         e.leaks.isEmpty()
             ? ExecutiveReport::tr("The 15 features that weigh most in the model, with their "
                                   "share of its total weight.")
             : ExecutiveReport::tr("The 15 features that weigh most. Warning: %1 predicts the "
                                   "target almost alone and may be filled in after the outcome.")
                   .arg(e.leaks.join(u", "_s)),
         features});
    return {};
}

} // namespace

const ExecutiveReport::Section* ExecutiveReport::section(const QString& key) const
{
    for (const Section& s : sections)
        if (s.key == key)
            return &s;
    return nullptr;
}

Result<ExecutiveReport> ExecutiveReport::build(Database& db, const Options& options)
{
    ExecutiveReport report;
    const ReportFilter& filter = options.filter;
    report.title = options.title.isEmpty() ? tr("Marketing performance") : options.title;
    report.period = filter.from || filter.to
                        ? u"%1 – %2"_s.arg(filter.from ? day(*filter.from) : tr("start"),
                                           filter.to ? day(*filter.to) : tr("today"))
                        : tr("All time");
    auto storedLookback = WorkspaceSettings::attributionLookbackDays(db);
    if (!storedLookback)
        return storedLookback.error();
    const int lookback = options.lookbackDays.value_or(*storedLookback);
    const QString model = attribution::modelId(options.model);

    auto headlines = HeadlineReport::run(db, filter);
    if (!headlines)
        return headlines.error();
    report.currency = headlines->meta.value(u"currency"_s).toString();
    report.sections.append(
        {u"headlines"_s, tr("Headline figures"),
         filter.from && filter.to
             ? tr("Change: against the period of the same length just before.")
             : tr("Choose a period (--from and --to) to compare with the one before."),
         *headlines});

    FunnelReport::Query funnelQuery;
    funnelQuery.filter = filter;
    auto funnel = FunnelReport::run(db, funnelQuery);
    if (!funnel)
        return funnel.error();
    report.sections.append(
        {u"funnel"_s, tr("Funnel"),
         tr("People by the channel of their first visit; each stage counted on its own date."),
         pick(*funnel, {u"channel"_s, u"visitors"_s, u"leads"_s, u"opportunities"_s, u"customers"_s,
                        u"revenue"_s, u"visitor_to_lead"_s, u"visitor_to_customer"_s})});

    ChannelsReport::Query channelsQuery;
    channelsQuery.model = options.model;
    channelsQuery.lookbackDays = lookback;
    channelsQuery.filter = filter;
    auto channels = ChannelsReport::run(db, channelsQuery);
    if (!channels)
        return channels.error();
    report.sections.append(
        {u"channels"_s, tr("Channels: cost and return"),
         tr("Leads, customers and revenue credited by the %1 model; ROI = (revenue − cost) / "
            "cost.")
             .arg(model),
         pick(*channels, {u"channel"_s, u"leads"_s, u"customers"_s, u"revenue"_s, u"cost"_s,
                          u"cost_per_lead"_s, u"cac"_s, u"roi"_s})});

    if (auto certain = uncertainty(db, channelsQuery); !certain)
        return certain.error();
    else
        report.sections.append(std::move(*certain));

    PathQuery paths;
    paths.kind = ConversionKind::Lead;
    paths.lookbackDays = lookback;
    paths.filter = filter;
    auto attribution = AttributionReport::run(db, attribution::allModels(), paths, {});
    if (!attribution)
        return attribution.error();
    QStringList keys{u"channel"_s};
    for (attribution::Model m : attribution::allModels())
        keys.append(attribution::modelId(m) + u"_conversions"_s);
    report.sections.append({u"attribution"_s, tr("Leads credited by every model"),
                            tr("Each column shares the same leads among channels by one model "
                               "(docs/metrics.md explains each)."),
                            pick(*attribution, keys)});

    channelsQuery.dimension = u"campaign"_s;
    auto byCampaign = ChannelsReport::run(db, channelsQuery);
    if (!byCampaign)
        return byCampaign.error();
    report.sections.append({u"campaigns"_s, tr("Best and worst campaigns by ROI"),
                            tr("Campaigns with cost in the period, by ROI (%1 model).").arg(model),
                            ReportHighlights::bestAndWorstByRoi(*byCampaign, 5)});

    auto trend = weekly(db, filter);
    if (!trend)
        return trend.error();
    report.sections.append({u"trend"_s, tr("Weekly trend"),
                            tr("Leads created, first deals won and revenue won per ISO week."),
                            *trend});

    auto owners = DealsReport::run(db, u"owner"_s, filter);
    if (!owners)
        return owners.error();
    RateIntervals::add(*owners, DealsReport::rates());
    report.sections.append(
        {u"deals"_s, tr("Win rate by owner"),
         tr("Deals created in the period and closed; win rate = won / (won + lost), with its "
            "95 % interval."),
         pick(*owners, {u"owner"_s, u"won"_s, u"lost"_s, u"won_value"_s, u"win_rate"_s,
                        u"win_rate_low"_s, u"win_rate_high"_s, u"median_days_to_close"_s})});
    auto reasons = DealsReport::run(db, u"lost-reason"_s, filter);
    if (!reasons)
        return reasons.error();
    ResultTable lost = pick(*reasons, {u"lost_reason"_s, u"lost"_s});
    lost.rows.erase(std::remove_if(lost.rows.begin(), lost.rows.end(),
                                   [](const QVariantList& r) { return r.value(1).toInt() == 0; }),
                    lost.rows.end());
    report.sections.append({u"lost_reasons"_s, tr("Why deals were lost"),
                            tr("Lost deals created in the period, by the reason given."), lost});

    if (Status scoring = appendScoring(db, report); !scoring)
        return scoring.error();

    auto appendix = methodology(db, options, lookback);
    if (!appendix)
        return appendix.error();
    report.sections.append({u"methodology"_s, tr("Methodology"),
                            tr("How the figures were made, and the data they rest on."),
                            *appendix});
    return report;
}

} // namespace leadloop
