#include "channelsreport.h"

#include "bootstrapcredits.h"
#include "campaignspend.h"
#include "conversionpaths.h"
#include "currencyconverter.h"
#include "store/database.h"
#include "store/statement.h"

#include <array>
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

std::vector<RateIntervals::Rate> ChannelsReport::rates()
{
    return {{u"lead_to_customer"_s, u"customers"_s, {u"leads"_s}}};
}

Result<ResultTable> ChannelsReport::run(Database& db, const Query& q)
{
    if (!ConversionPaths::dimensions().contains(q.dimension))
        return ConversionPaths::unknownDimension(u"--by"_s, ConversionPaths::dimensions(),
                                                 q.dimension);
    const ReportFilter& filter = q.filter;
    std::map<QString, Row> rows;

    // Traffic: sessions started in the range, and their distinct visitors, from the same read of
    // the sessions (in visitor order) that gives the people's touches: a group's distinct
    // visitors are the changes of visitor id within it.
    struct Traffic
    {
        qint64 sessions = 0, visitors = 0, lastVisitor = -1;
    };
    std::array<std::vector<Traffic>, PersonTouches::MaxParts> traffic; // per part of the read
    const bool needsNulls =
        q.model == attribution::Model::Markov || q.model == attribution::Model::Shapley;
    auto touches = PersonTouches::load(db, q.dimension, needsNulls, filter,
                                       [&](int part, qint64 visitor, qint64, qint64 at, int label) {
                                           if (!filter.inRange(at))
                                               return;
                                           std::vector<Traffic>& byLabel = traffic[size_t(part)];
                                           if (size_t(label) >= byLabel.size())
                                               byLabel.resize(size_t(label) + 1);
                                           Traffic& t = byLabel[size_t(label)];
                                           ++t.sessions;
                                           if (t.lastVisitor != visitor) {
                                               ++t.visitors;
                                               t.lastVisitor = visitor;
                                           }
                                       });
    if (!touches)
        return touches.error();
    for (int part = 0; part < touches->parts(); ++part)
        for (size_t label = 0; label < traffic[size_t(part)].size(); ++label) {
            const Traffic& t = traffic[size_t(part)][label];
            if (t.sessions == 0)
                continue;
            Row& r = rows[touches->label(touches->partLabel(part, int(label)))];
            r.sessions += t.sessions;
            r.visitors += t.visitors;
        }

    // Results credited by the model, from the one read of everybody's sessions; with their
    // bootstrap bounds when asked (each kind's journeys resampled on their own).
    std::map<QString, std::map<QString, std::pair<double, double>>> bounds; // by column key
    for (ConversionKind kind : {ConversionKind::Lead, ConversionKind::Opportunity,
                                ConversionKind::Customer, ConversionKind::Revenue}) {
        PathQuery pq;
        pq.kind = kind;
        pq.dimension = q.dimension;
        pq.lookbackDays = q.lookbackDays;
        pq.filter = filter;
        pq.withNonConverting = needsNulls;
        pq.mergeNonConverting = needsNulls && q.bootstrap.replicates <= 0;
        auto paths = ConversionPaths::build(db, *touches, pq);
        if (!paths)
            return paths.error();
        if (q.bootstrap.replicates > 0) {
            const auto drawn = BootstrapCredits::run(
                *paths, {q.model}, q.options, q.bootstrap.replicates, q.bootstrap.seed,
                [&](attribution::Model m) { return ConversionPaths::modelFor(m, q.dimension); });
            const QString key = kind == ConversionKind::Lead          ? u"leads"_s
                                : kind == ConversionKind::Opportunity ? u"opportunities"_s
                                : kind == ConversionKind::Customer    ? u"customers"_s
                                                                      : u"revenue"_s;
            for (const auto& [group, b] : drawn[0])
                bounds[key][group] = kind == ConversionKind::Revenue
                                         ? std::pair(b.valueLow, b.valueHigh)
                                         : std::pair(b.conversionsLow, b.conversionsHigh);
        }
        for (const auto& [group, credit] : attribution::credit(
                 ConversionPaths::modelFor(q.model, q.dimension), *paths, q.options)) {
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
    // Spend belongs to campaigns, not to people: a people dimension or filter leaves it out.
    const bool costable = CampaignSpend::groups(q.dimension) && !filter.hasPeopleFilter();
    double totalCost = 0;
    if (costable) {
        auto spend = CampaignSpend::load(db, filter);
        if (!spend)
            return spend.error();
        for (const CampaignSpend::Day& day : *spend) {
            Row& r = rows[day.group(q.dimension)];
            r.cost = r.cost.value_or(0) + day.amount;
            totalCost += day.amount;
        }
    }

    ResultTable table;
    table.addColumn(ConversionPaths::dimensionKey(q.dimension),
                    ConversionPaths::dimensionTitle(q.dimension), ValueKind::Text);
    using K = ValueKind;
    const std::tuple<QString, QString, ValueKind> columns[] = {
        {u"sessions"_s, tr("Sessions"), K::Count},
        {u"visitors"_s, tr("Visitors"), K::Count},
        {u"leads"_s, tr("Leads"), K::Decimal}, // credited: shares of people
        {u"opportunities"_s, tr("Opportunities"), K::Decimal},
        {u"customers"_s, tr("Customers"), K::Decimal},
        {u"revenue"_s, tr("Revenue"), K::Money},
        {u"cost"_s, tr("Cost"), K::Money},
        {u"cost_per_lead"_s, tr("Cost per lead"), K::Money},
        {u"cac"_s, tr("Customer acquisition cost"), K::Money},
        {u"roi"_s, tr("ROI"), K::Percent},
        {u"roas"_s, tr("ROAS"), K::Ratio},
        {u"lead_to_customer"_s, tr("Lead to customer"), K::Percent}};
    for (const auto& [key, title, kind] : columns)
        table.addColumn(key, title, kind);
    std::vector<std::pair<QString, Row>> ordered(rows.begin(), rows.end());
    std::stable_sort(ordered.begin(), ordered.end(), [](const auto& a, const auto& b) {
        return a.second.revenue != b.second.revenue ? a.second.revenue > b.second.revenue
                                                    : a.second.sessions > b.second.sessions;
    });
    double leads = 0, customers = 0, revenue = 0;
    for (const auto& [group, r] : ordered) {
        if (!ConversionPaths::shows(group, filter))
            continue;
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
                  {u"filter"_s, filter.describe()},
                  {u"leads"_s, round(leads, 4)},
                  {u"customers"_s, round(customers, 4)},
                  {u"revenue"_s, round(revenue, 2)},
                  {u"cost"_s, round(totalCost, 2)},
                  {u"currency"_s, converter->reportingCurrency()}};
    if (q.bootstrap.replicates > 0) {
        for (const QString& key : {u"revenue"_s, u"customers"_s, u"opportunities"_s, u"leads"_s})
            BootstrapCredits::addBounds(table, key, bounds[key], key == u"revenue"_s ? 2 : 4);
        table.meta.insert(u"bootstrap"_s, q.bootstrap.meta());
    }
    return table;
}

} // namespace leadloop
