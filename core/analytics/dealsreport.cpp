#include "dealsreport.h"

#include "currencyconverter.h"
#include "store/database.h"
#include "store/statement.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <unordered_map>

using namespace Qt::StringLiterals;

namespace leadloop {

namespace {

constexpr double DayMs = 86'400'000.0;

struct Group
{
    qint64 deals = 0, open = 0, won = 0, lost = 0;
    double wonValue = 0;
    std::vector<double> daysToClose;
};

QVariant ratio(double a, double b, int decimals)
{
    if (b == 0)
        return {};
    const double scale = std::pow(10.0, decimals);
    return std::round(a / b * scale) / scale;
}

QVariant median(std::vector<double> values)
{
    if (values.empty())
        return {};
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    const double m = n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    return std::round(m * 10) / 10;
}

} // namespace

QStringList DealsReport::dimensions()
{
    return {u"owner"_s, u"product"_s, u"account"_s, u"channel"_s, u"stage"_s, u"lost-reason"_s};
}

Result<ResultTable> DealsReport::run(Database& db, const QString& dimension,
                                     std::optional<qint64> from, std::optional<qint64> to)
{
    const char* column = nullptr;
    if (dimension == u"owner")
        column = "d.owner";
    else if (dimension == u"product")
        column = "d.product";
    else if (dimension == u"account")
        column = "d.account";
    else if (dimension == u"stage")
        column = "d.stage";
    else if (dimension == u"lost-reason")
        column = "CASE WHEN d.outcome = 'lost' THEN d.lost_reason END";
    else if (dimension == u"channel")
        column = "NULL";
    else
        return Error{
            ErrorCode::InvalidArgument,
            tr("--by takes one of %1, not '%2'.").arg(dimensions().join(u", "_s), dimension)};
    auto converter = CurrencyConverter::load(db);
    if (!converter)
        return converter.error();

    // A person's channel is the channel of their first touch.
    std::unordered_map<qint64, QString> firstChannel;
    if (dimension == u"channel") {
        Statement first(db.handle(), "SELECT l.contact_id, s.channel FROM identity_links l JOIN "
                                     "sessions s ON s.visitor_id = l.visitor_id WHERE l.active = 1 "
                                     "ORDER BY l.contact_id, s.started_at");
        while (first.next())
            firstChannel.try_emplace(first.int64(0), first.text(1));
    }
    const std::string sql =
        std::string("SELECT coalesce(nullif(") + column +
        ", ''), '(not set)'), d.contact_id, d.outcome, d.created_at, d.closed_at, "
        "coalesce((SELECT amount_cents FROM outcome_events e WHERE e.deal_id = d.id AND "
        "e.new_outcome = 'won' ORDER BY e.at DESC, e.id DESC LIMIT 1), d.amount_cents, 0), "
        "coalesce((SELECT nullif(currency, '') FROM outcome_events e WHERE e.deal_id = d.id AND "
        "e.new_outcome = 'won' ORDER BY e.at DESC, e.id DESC LIMIT 1), d.currency, '') FROM "
        "deals d WHERE (?1 IS NULL OR d.created_at >= ?1) AND (?2 IS NULL OR d.created_at <= ?2)";
    Statement deals(db.handle(), sql.c_str());
    if (!deals.isValid())
        return Error{ErrorCode::Database, deals.errorString()};
    deals.bind(1, from).bind(2, to);
    std::map<QString, Group> groups;
    Group total;
    while (deals.next()) {
        QString key = deals.text(0);
        if (dimension == u"channel") {
            const auto it =
                deals.isNull(1) ? firstChannel.end() : firstChannel.find(deals.int64(1));
            key = it == firstChannel.end() ? u"(none)"_s : it->second;
        }
        const QString outcome = deals.text(2);
        for (Group* g : {&groups[key], &total}) {
            ++g->deals;
            if (outcome == u"open")
                ++g->open;
        }
        if (outcome == u"open")
            continue;
        const bool won = outcome == u"won";
        const std::optional<qint64> closed =
            deals.isNull(4) ? std::nullopt : std::optional<qint64>(deals.int64(4));
        double value = 0;
        if (won) {
            auto converted = converter->toReporting(deals.int64(5), deals.text(6),
                                                    closed.value_or(deals.int64(3)));
            if (!converted)
                return converted.error();
            value = *converted;
        }
        for (Group* g : {&groups[key], &total}) {
            (won ? g->won : g->lost) += 1;
            g->wonValue += value;
            if (closed)
                g->daysToClose.push_back(double(*closed - deals.int64(3)) / DayMs);
        }
    }

    ResultTable table;
    QString key = dimension;
    table.addColumn(key.replace(u'-', u'_'), dimension);
    table.addColumn(u"deals"_s, tr("Deals"));
    table.addColumn(u"open"_s, tr("Open"));
    table.addColumn(u"won"_s, tr("Won"));
    table.addColumn(u"lost"_s, tr("Lost"));
    table.addColumn(u"won_value"_s, tr("Won value"));
    table.addColumn(u"win_rate"_s, tr("Win rate"));
    table.addColumn(u"average_won"_s, tr("Average won deal"));
    table.addColumn(u"median_days_to_close"_s, tr("Median days to close"));
    std::vector<std::pair<QString, Group>> rows(groups.begin(), groups.end());
    std::stable_sort(rows.begin(), rows.end(),
                     [](const auto& a, const auto& b) { return a.second.deals > b.second.deals; });
    const auto addRow = [&](const QString& name, const Group& g) {
        table.addRow({name, g.deals, g.open, g.won, g.lost, std::round(g.wonValue * 100) / 100,
                      ratio(double(g.won), double(g.won + g.lost), 4),
                      ratio(g.wonValue, double(g.won), 2), median(g.daysToClose)});
    };
    for (const auto& [name, g] : rows)
        addRow(name, g);
    table.meta = {{u"by"_s, dimension},
                  {u"deals"_s, total.deals},
                  {u"won"_s, total.won},
                  {u"lost"_s, total.lost},
                  {u"won_value"_s, std::round(total.wonValue * 100) / 100},
                  {u"win_rate"_s, ratio(double(total.won), double(total.won + total.lost), 4)},
                  {u"currency"_s, converter->reportingCurrency()}};
    return table;
}

} // namespace leadloop
