#include "funnelreport.h"

#include "conversionpaths.h"
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
    qint64 visitors = 0, leads = 0, opportunities = 0, customers = 0;
    double revenue = 0;
    std::vector<double> toLead, toOpportunity, toCustomer;
};

/// Per contact: the first deal's creation, the first won deal's close and the amounts won.
struct Deals
{
    std::optional<qint64> firstCreated, firstWon;
    std::vector<std::pair<qint64, double>> won; // close time, amount in the reporting currency
};

QVariant rate(double a, double b)
{
    return b > 0 ? QVariant(std::round(a / b * 10000) / 10000) : QVariant();
}

QVariant median(std::vector<double> v)
{
    if (v.empty())
        return {};
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return std::round((n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2) * 10) / 10;
}

} // namespace

Result<ResultTable> FunnelReport::run(Database& db, const Query& q)
{
    using attribution::Model;
    if (q.position != Model::FirstTouch && q.position != Model::LastTouch &&
        q.position != Model::LastNonDirect)
        return Error{ErrorCode::InvalidArgument,
                     tr("The funnel groups people by one touch: --model takes first_touch, "
                        "last_touch or last_non_direct.")};
    const auto expression = ConversionPaths::sessionExpression(q.dimension, "");
    if (!expression)
        return Error{ErrorCode::InvalidArgument,
                     tr("--by takes one of %1, not '%2'.")
                         .arg(ConversionPaths::dimensions().join(u", "_s), q.dimension)};
    const std::string& label = *expression;
    const auto inRange = [&](qint64 at) {
        return (!q.from || at >= *q.from) && (!q.to || at <= *q.to);
    };
    std::map<QString, Group> groups;

    // Visitors, each by its own first session, counted when that session is in the range.
    const std::string visitorsSql = std::string("SELECT visitor_id, started_at, ") + label +
                                    " FROM sessions INDEXED BY sessions_visitor ORDER BY "
                                    "visitor_id, started_at";
    Statement visitors(db.handle(), visitorsSql.c_str());
    qint64 previous = -1;
    while (visitors.next()) {
        const qint64 visitor = visitors.int64(0);
        if (visitor == previous)
            continue;
        previous = visitor;
        if (inRange(visitors.int64(1)))
            ++groups[visitors.text(2)].visitors;
    }

    // People: each contact by its grouping touch.
    auto touches = PersonTouches::load(db, q.dimension, false);
    if (!touches)
        return touches.error();
    auto converter = CurrencyConverter::load(db);
    if (!converter)
        return converter.error();
    std::unordered_map<qint64, Deals> deals;
    Statement dealRows(db.handle(),
                       "SELECT d.contact_id, d.created_at, d.outcome, d.closed_at, "
                       "coalesce((SELECT amount_cents FROM outcome_events e WHERE e.deal_id = d.id "
                       "AND e.new_outcome = 'won' ORDER BY e.at DESC, e.id DESC LIMIT 1), "
                       "d.amount_cents, 0), coalesce((SELECT nullif(currency, '') FROM "
                       "outcome_events e WHERE e.deal_id = d.id AND e.new_outcome = 'won' ORDER BY "
                       "e.at DESC, e.id DESC LIMIT 1), d.currency, '') FROM deals d WHERE "
                       "d.contact_id IS NOT NULL");
    while (dealRows.next()) {
        Deals& d = deals[dealRows.int64(0)];
        const qint64 created = dealRows.int64(1);
        d.firstCreated = d.firstCreated ? std::min(*d.firstCreated, created) : created;
        if (dealRows.text(2) == u"won" && !dealRows.isNull(3)) {
            const qint64 closed = dealRows.int64(3);
            d.firstWon = d.firstWon ? std::min(*d.firstWon, closed) : closed;
            auto amount = converter->toReporting(dealRows.int64(4), dealRows.text(5), closed);
            if (!amount)
                return amount.error();
            d.won.emplace_back(closed, *amount);
        }
    }
    Statement contacts(db.handle(), "SELECT id, created_at FROM contacts");
    while (contacts.next()) {
        const qint64 person = contacts.int64(0);
        const qint64 lead = contacts.int64(1);
        const std::vector<attribution::Touch> all = touches->touches(person);
        // The grouping touch: first; or the last (non-direct) at or before the lead's creation.
        const attribution::Touch* touch = all.empty() ? nullptr : &all.front();
        if (q.position != Model::FirstTouch) {
            const attribution::Touch* last = nullptr;
            const attribution::Touch* lastNonDirect = nullptr;
            for (const attribution::Touch& t : all) {
                if (t.at > lead)
                    break;
                last = &t;
                if (!t.direct)
                    lastNonDirect = &t;
            }
            touch = q.position == Model::LastNonDirect && lastNonDirect ? lastNonDirect : last;
        }
        Group& g = groups[touch ? touch->channel : u"(none)"_s];
        if (inRange(lead)) {
            ++g.leads;
            if (!all.empty() && all.front().at <= lead)
                g.toLead.push_back(double(lead - all.front().at) / DayMs);
        }
        const auto found = deals.find(person);
        if (found == deals.end())
            continue;
        const Deals& d = found->second;
        if (d.firstCreated && inRange(*d.firstCreated)) {
            ++g.opportunities;
            g.toOpportunity.push_back(double(*d.firstCreated - lead) / DayMs);
        }
        if (d.firstWon && inRange(*d.firstWon)) {
            ++g.customers;
            if (d.firstCreated)
                g.toCustomer.push_back(double(*d.firstWon - *d.firstCreated) / DayMs);
        }
        for (const auto& [closed, amount] : d.won)
            if (inRange(closed))
                g.revenue += amount;
    }

    ResultTable table;
    table.addColumn(ConversionPaths::dimensionKey(q.dimension), q.dimension);
    for (const auto& [key, title] :
         {std::pair{u"visitors"_s, tr("Visitors")}, std::pair{u"leads"_s, tr("Leads")},
          std::pair{u"opportunities"_s, tr("Opportunities")},
          std::pair{u"customers"_s, tr("Customers")}, std::pair{u"revenue"_s, tr("Revenue")},
          std::pair{u"visitor_to_lead"_s, tr("Visitor to lead")},
          std::pair{u"lead_to_opportunity"_s, tr("Lead to opportunity")},
          std::pair{u"opportunity_to_customer"_s, tr("Opportunity to customer")},
          std::pair{u"visitor_to_customer"_s, tr("Visitor to customer")},
          std::pair{u"median_days_to_lead"_s, tr("Median days to lead")},
          std::pair{u"median_days_to_opportunity"_s, tr("Median days to opportunity")},
          std::pair{u"median_days_to_customer"_s, tr("Median days to customer")}})
        table.addColumn(key, title);
    std::vector<std::pair<QString, Group>> ordered(groups.begin(), groups.end());
    std::stable_sort(ordered.begin(), ordered.end(), [](const auto& a, const auto& b) {
        return a.second.visitors > b.second.visitors;
    });
    Group total;
    for (const auto& [name, g] : ordered) {
        total.visitors += g.visitors;
        total.leads += g.leads;
        total.opportunities += g.opportunities;
        total.customers += g.customers;
        total.revenue += g.revenue;
        table.addRow({name, g.visitors, g.leads, g.opportunities, g.customers,
                      std::round(g.revenue * 100) / 100, rate(double(g.leads), double(g.visitors)),
                      rate(double(g.opportunities), double(g.leads)),
                      rate(double(g.customers), double(g.opportunities)),
                      rate(double(g.customers), double(g.visitors)), median(g.toLead),
                      median(g.toOpportunity), median(g.toCustomer)});
    }
    table.meta = {{u"by"_s, q.dimension},
                  {u"model"_s, attribution::modelId(q.position)},
                  {u"visitors"_s, total.visitors},
                  {u"leads"_s, total.leads},
                  {u"opportunities"_s, total.opportunities},
                  {u"customers"_s, total.customers},
                  {u"revenue"_s, std::round(total.revenue * 100) / 100},
                  {u"currency"_s, converter->reportingCurrency()}};
    return table;
}

} // namespace leadloop
