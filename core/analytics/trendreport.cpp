#include "trendreport.h"

#include "conversionpaths.h"
#include "currencyconverter.h"
#include "store/database.h"
#include "store/statement.h"

#include <cmath>
#include <map>
#include <unordered_map>

using namespace Qt::StringLiterals;

namespace leadloop {

namespace {

/// One counted thing: when, in which group, how much.
struct Event
{
    qint64 at;
    QString group;
    double amount;
};

} // namespace

QStringList TrendReport::metrics()
{
    return {u"sessions"_s, u"leads"_s, u"customers"_s, u"revenue"_s, u"cost"_s};
}

Result<ResultTable> TrendReport::run(Database& db, const Query& q)
{
    if (!metrics().contains(q.metric))
        return Error{
            ErrorCode::InvalidArgument,
            tr("--metric takes one of %1, not '%2'.").arg(metrics().join(u", "_s), q.metric)};
    const bool split = !q.split.isEmpty();
    if (split && !ConversionPaths::dimensions().contains(q.split))
        return Error{ErrorCode::InvalidArgument,
                     tr("--split takes one of %1, not '%2'.")
                         .arg(ConversionPaths::dimensions().join(u", "_s), q.split)};
    if (split && q.metric == u"cost")
        return Error{ErrorCode::InvalidArgument,
                     tr("Cost is not split by sessions' dimensions; the channels report shows "
                        "cost per channel or campaign.")};
    auto converter = CurrencyConverter::load(db);
    if (!converter)
        return converter.error();

    std::vector<Event> events;
    // A person's group: the label of their first session (people without one: "(none)").
    std::optional<PersonTouches> touches;
    const auto groupOf = [&](qint64 person) -> QString {
        if (!split)
            return {};
        const auto all = touches->touches(person);
        return all.empty() ? u"(none)"_s : all.front().channel;
    };
    if (split && q.metric != u"sessions") {
        auto loaded = PersonTouches::load(db, q.split, false);
        if (!loaded)
            return loaded.error();
        touches = std::move(*loaded);
    }
    if (q.metric == u"sessions") {
        const std::string sql =
            "SELECT started_at, " +
            (split ? *ConversionPaths::sessionExpression(q.split, "") : std::string("''")) +
            " FROM sessions";
        Statement sessions(db.handle(), sql.c_str());
        while (sessions.next())
            events.push_back({sessions.int64(0), sessions.text(1), 1});
    } else if (q.metric == u"leads") {
        Statement leads(db.handle(), "SELECT id, created_at FROM contacts");
        while (leads.next())
            events.push_back({leads.int64(1), groupOf(leads.int64(0)), 1});
    } else if (q.metric == u"customers" || q.metric == u"revenue") {
        Statement won(db.handle(),
                      "SELECT d.contact_id, d.closed_at, coalesce((SELECT amount_cents FROM "
                      "outcome_events e WHERE e.deal_id = d.id AND e.new_outcome = 'won' ORDER BY "
                      "e.at DESC, e.id DESC LIMIT 1), d.amount_cents, 0), coalesce((SELECT "
                      "nullif(currency, '') FROM outcome_events e WHERE e.deal_id = d.id AND "
                      "e.new_outcome = 'won' ORDER BY e.at DESC, e.id DESC LIMIT 1), d.currency, "
                      "'') FROM deals d WHERE d.outcome = 'won' AND d.closed_at IS NOT NULL AND "
                      "d.contact_id IS NOT NULL ORDER BY d.contact_id, d.closed_at");
        qint64 previous = -1;
        while (won.next()) {
            const qint64 person = won.int64(0);
            if (q.metric == u"customers") {
                if (person == previous)
                    continue; // a customer counts once, at the first won deal
                previous = person;
                events.push_back({won.int64(1), groupOf(person), 1});
            } else {
                auto amount = converter->toReporting(won.int64(2), won.text(3), won.int64(1));
                if (!amount)
                    return amount.error();
                events.push_back({won.int64(1), groupOf(person), *amount});
            }
        }
    } else { // cost
        Statement costs(db.handle(), "SELECT day, cost_cents, currency FROM campaign_costs");
        while (costs.next()) {
            auto amount = converter->toReporting(costs.int64(1), costs.text(2), costs.int64(0));
            if (!amount)
                return amount.error();
            events.push_back({costs.int64(0), QString(), *amount});
        }
    }

    std::map<std::pair<qint64, QString>, double> totals;
    std::optional<qint64> first, last;
    for (const Event& e : events) {
        if ((q.from && e.at < *q.from) || (q.to && e.at > *q.to))
            continue;
        const qint64 period = Periods::start(e.at, q.period);
        totals[{period, e.group}] += e.amount;
        first = first ? std::min(*first, period) : period;
        last = last ? std::max(*last, period) : period;
    }
    // Without a split, every period from the first to the last shows, empty ones as 0.
    if (q.from)
        first = Periods::start(*q.from, q.period);
    if (q.to)
        last = Periods::start(*q.to, q.period);
    if (!split && first && last)
        for (qint64 p = *first; p <= *last; p = Periods::next(p, q.period))
            totals.try_emplace({p, QString()}, 0.0);

    ResultTable table;
    table.addColumn(u"period"_s, tr("Period"));
    if (split)
        table.addColumn(ConversionPaths::dimensionKey(q.split), q.split);
    table.addColumn(q.metric, q.metric);
    const bool money = q.metric == u"revenue" || q.metric == u"cost";
    double sum = 0;
    for (const auto& [key, value] : totals) {
        if (q.from && key.first < Periods::start(*q.from, q.period))
            continue;
        sum += value;
        QVariantList row{Periods::label(key.first, q.period)};
        if (split)
            row << key.second;
        row << (money ? QVariant(std::round(value * 100) / 100) : QVariant(qint64(value)));
        table.addRow(row);
    }
    const QStringList units = {u"day"_s, u"week"_s, u"month"_s, u"quarter"_s};
    table.meta = {
        {u"metric"_s, q.metric},
        {u"period"_s, units[int(q.period)]},
        {u"split"_s, q.split},
        {u"total"_s, money ? QVariant(std::round(sum * 100) / 100) : QVariant(qint64(sum))}};
    if (money)
        table.meta.insert(u"currency"_s, converter->reportingCurrency());
    return table;
}

} // namespace leadloop
