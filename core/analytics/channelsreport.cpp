#include "channelsreport.h"

#include "conversionpaths.h"
#include "currencyconverter.h"
#include "store/database.h"
#include "store/statement.h"
#include "tracking/workspacechannels.h"

#include <cmath>
#include <map>

using namespace Qt::StringLiterals;

namespace leadloop {

namespace {

struct Row
{
    qint64 sessions = 0, visitors = 0;
    double leads = 0, opportunities = 0, customers = 0, revenue = 0;
    std::optional<double> cost;
};

QVariant round(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

QVariant divide(std::optional<double> a, double b, int decimals)
{
    if (!a || b == 0)
        return {};
    return round(*a / b, decimals);
}

} // namespace

Result<ResultTable> ChannelsReport::run(Database& db, const Query& q)
{
    const auto expression = ConversionPaths::sessionExpression(q.dimension, "");
    if (!expression)
        return Error{ErrorCode::InvalidArgument,
                     tr("--by takes one of %1, not '%2'.")
                         .arg(ConversionPaths::dimensions().join(u", "_s), q.dimension)};
    const std::string& label = *expression;
    std::map<QString, Row> rows;

    // Traffic: sessions started in the range, and their distinct visitors. By channel, the
    // visitor index holds everything in visitor order, so counting needs no sort: a channel's
    // distinct visitors are the changes of visitor id within it.
    if (q.dimension == u"channel") {
        Statement traffic(db.handle(), "SELECT visitor_id, channel FROM sessions INDEXED BY "
                                       "sessions_visitor WHERE (?1 IS NULL OR started_at >= ?1) "
                                       "AND (?2 IS NULL OR started_at <= ?2)");
        traffic.bind(1, q.from).bind(2, q.to);
        std::map<std::string, std::pair<Row*, qint64>, std::less<>> byName; // row, last visitor
        while (traffic.next()) {
            const std::string_view channel = traffic.utf8(1);
            auto it = byName.find(channel);
            if (it == byName.end()) {
                Row& row = rows[QString::fromUtf8(channel.data(), qsizetype(channel.size()))];
                it = byName.emplace(std::string(channel), std::pair<Row*, qint64>{&row, -1}).first;
            }
            auto& [row, lastVisitor] = it->second;
            ++row->sessions;
            const qint64 visitor = traffic.int64(0);
            if (visitor != lastVisitor) {
                ++row->visitors;
                lastVisitor = visitor;
            }
        }
    } else {
        const std::string trafficSql =
            std::string("SELECT ") + label +
            " AS grp, count(*), count(DISTINCT visitor_id) FROM sessions WHERE (?1 IS NULL OR "
            "started_at >= ?1) AND (?2 IS NULL OR started_at <= ?2) GROUP BY grp";
        Statement traffic(db.handle(), trafficSql.c_str());
        traffic.bind(1, q.from).bind(2, q.to);
        while (traffic.next()) {
            Row& r = rows[traffic.text(0)];
            r.sessions = traffic.int64(1);
            r.visitors = traffic.int64(2);
        }
    }

    // Results credited by the model, from one read of everybody's sessions.
    const bool needsNulls =
        q.model == attribution::Model::Markov || q.model == attribution::Model::Shapley;
    auto touches = PersonTouches::load(db, q.dimension, needsNulls);
    if (!touches)
        return touches.error();
    for (ConversionKind kind : {ConversionKind::Lead, ConversionKind::Opportunity,
                                ConversionKind::Customer, ConversionKind::Revenue}) {
        PathQuery pq;
        pq.kind = kind;
        pq.dimension = q.dimension;
        pq.lookbackDays = q.lookbackDays;
        pq.from = q.from;
        pq.to = q.to;
        pq.withNonConverting = needsNulls;
        auto paths = ConversionPaths::build(db, *touches, pq);
        if (!paths)
            return paths.error();
        for (const auto& [group, credit] : attribution::credit(q.model, *paths, q.options)) {
            Row& r = rows[group];
            switch (kind) {
            case ConversionKind::Lead:
                r.leads += credit.conversions;
                break;
            case ConversionKind::Opportunity:
                r.opportunities += credit.conversions;
                break;
            case ConversionKind::Customer:
                r.customers += credit.conversions;
                break;
            case ConversionKind::Revenue:
                r.revenue += credit.value;
                break;
            case ConversionKind::Event:
                break;
            }
        }
    }

    // Cost: each campaign-day in the range, converted, under the group its campaign belongs to.
    auto converter = CurrencyConverter::load(db);
    if (!converter)
        return converter.error();
    const bool costable = q.dimension != u"landing-page";
    double totalCost = 0;
    if (costable) {
        auto rules = WorkspaceChannels::current(db);
        if (!rules)
            return rules.error();
        Statement costs(db.handle(), "SELECT c.name, c.source, c.medium, k.cost_cents, k.currency, "
                                     "k.day FROM campaign_costs k JOIN campaigns c ON c.id = "
                                     "k.campaign_id WHERE (?1 IS NULL OR k.day >= ?1) AND (?2 IS "
                                     "NULL OR k.day <= ?2)");
        costs.bind(1, q.from).bind(2, q.to);
        std::map<std::tuple<QString, QString, QString>, QString> channelOf;
        while (costs.next()) {
            const QString campaign = costs.text(0), source = costs.text(1), medium = costs.text(2);
            QString group;
            if (q.dimension == u"channel") {
                auto key = std::make_tuple(campaign, source, medium);
                auto known = channelOf.find(key);
                if (known == channelOf.end())
                    known =
                        channelOf
                            .emplace(key,
                                     rules->classify({source, medium, campaign, {}, {}}).channel)
                            .first;
                group = known->second;
            } else if (q.dimension == u"campaign") {
                group = campaign;
            } else if (q.dimension == u"source-medium") {
                group = source + u" / "_s + medium;
            } else if (q.dimension == u"source") {
                group = source;
            } else {
                group = medium;
            }
            auto converted = converter->toReporting(costs.int64(3), costs.text(4), costs.int64(5));
            if (!converted)
                return converted.error();
            Row& r = rows[group];
            r.cost = r.cost.value_or(0) + *converted;
            totalCost += *converted;
        }
    }

    ResultTable table;
    table.addColumn(ConversionPaths::dimensionKey(q.dimension), q.dimension);
    for (const auto& [key, title] :
         {std::pair{u"sessions"_s, tr("Sessions")}, std::pair{u"visitors"_s, tr("Visitors")},
          std::pair{u"leads"_s, tr("Leads")}, std::pair{u"opportunities"_s, tr("Opportunities")},
          std::pair{u"customers"_s, tr("Customers")}, std::pair{u"revenue"_s, tr("Revenue")},
          std::pair{u"cost"_s, tr("Cost")}, std::pair{u"cost_per_lead"_s, tr("Cost per lead")},
          std::pair{u"cac"_s, tr("Customer acquisition cost")}, std::pair{u"roi"_s, tr("ROI")},
          std::pair{u"roas"_s, tr("ROAS")},
          std::pair{u"lead_to_customer"_s, tr("Lead to customer")}})
        table.addColumn(key, title);
    std::vector<std::pair<QString, Row>> ordered(rows.begin(), rows.end());
    std::stable_sort(ordered.begin(), ordered.end(), [](const auto& a, const auto& b) {
        return a.second.revenue != b.second.revenue ? a.second.revenue > b.second.revenue
                                                    : a.second.sessions > b.second.sessions;
    });
    double leads = 0, customers = 0, revenue = 0;
    for (const auto& [group, r] : ordered) {
        leads += r.leads;
        customers += r.customers;
        revenue += r.revenue;
        const double cost = r.cost.value_or(0);
        const bool hasCost = r.cost.has_value() && cost != 0;
        table.addRow({group, r.sessions, r.visitors, round(r.leads, 4), round(r.opportunities, 4),
                      round(r.customers, 4), round(r.revenue, 2),
                      r.cost ? round(cost, 2) : QVariant(), divide(r.cost, r.leads, 2),
                      divide(r.cost, r.customers, 2),
                      hasCost ? round((r.revenue - cost) / cost, 4) : QVariant(),
                      hasCost ? round(r.revenue / cost, 4) : QVariant(),
                      r.leads > 0 ? round(r.customers / r.leads, 4) : QVariant()});
    }
    table.meta = {{u"by"_s, q.dimension},
                  {u"model"_s, attribution::modelId(q.model)},
                  {u"lookback_days"_s, q.lookbackDays},
                  {u"leads"_s, round(leads, 4)},
                  {u"customers"_s, round(customers, 4)},
                  {u"revenue"_s, round(revenue, 2)},
                  {u"cost"_s, round(totalCost, 2)},
                  {u"currency"_s, converter->reportingCurrency()}};
    return table;
}

} // namespace leadloop
