#include "funnelreport.h"

#include "conversionpaths.h"
#include "quantile.h"
#include "ratebootstrap.h"
#include "store/database.h"
#include "store/statement.h"

#include <algorithm>
#include <array>
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
    return std::round(quantileOfSorted(v, 0.5) * 10) / 10;
}

} // namespace

std::vector<RateIntervals::Rate> FunnelReport::rates()
{
    return {{u"visitor_to_lead"_s, u"leads"_s, {u"visitors"_s}},
            {u"lead_to_opportunity"_s, u"opportunities"_s, {u"leads"_s}},
            {u"opportunity_to_customer"_s, u"customers"_s, {u"opportunities"_s}},
            {u"visitor_to_customer"_s, u"customers"_s, {u"visitors"_s}}};
}

Result<ResultTable> FunnelReport::run(Database& db, const Query& q)
{
    using attribution::Model;
    if (q.position != Model::FirstTouch && q.position != Model::LastTouch &&
        q.position != Model::LastNonDirect)
        return Error{ErrorCode::InvalidArgument,
                     tr("The funnel groups people by one touch: --model takes first_touch, "
                        "last_touch or last_non_direct.")};
    if (!ConversionPaths::dimensions().contains(q.dimension))
        return ConversionPaths::unknownDimension(u"--by"_s, ConversionPaths::dimensions(),
                                                 q.dimension);
    const ReportFilter& filter = q.filter;
    const auto inRange = [&](qint64 at) { return filter.inRange(at); };

    // Visitors, each by its own first session, counted when that session is in the range and
    // kept by the filter; from the same read of the sessions that gives the people's touches.
    // Per part of the read (PersonTouches::SessionObserver), by the part's label numbers.
    struct Part
    {
        std::vector<qint64> visitorsByLabel;
        qint64 previous = -1;
        std::vector<std::pair<qint64, int>> unitVisitors; // (person, label) per visitor counted
    };
    std::array<Part, PersonTouches::MaxParts> parts;
    // With bootstrap intervals: the units resampled are people, each with their linked visitors
    // (an anonymous visitor is a unit of its own), so a person's visits and stages move together.
    const bool resample = q.bootstrap.enabled();
    RateBootstrap units;
    auto touches =
        PersonTouches::load(db, q.dimension, false, filter,
                            [&](int index, qint64 visitor, qint64 person, qint64 at, int label) {
                                Part& part = parts[size_t(index)];
                                if (visitor == part.previous)
                                    return;
                                part.previous = visitor;
                                if (!inRange(at))
                                    return;
                                auto& counts = part.visitorsByLabel;
                                if (size_t(label) >= counts.size())
                                    counts.resize(size_t(label) + 1);
                                ++counts[size_t(label)];
                                if (resample)
                                    part.unitVisitors.emplace_back(person, label);
                            });
    if (!touches)
        return touches.error();
    std::map<QString, Group> groups;
    for (int k = 0; k < touches->parts(); ++k) {
        const Part& part = parts[size_t(k)];
        for (const auto& [person, label] : part.unitVisitors)
            units.add(person, touches->label(touches->partLabel(k, label)), u"visitors"_s);
        for (size_t label = 0; label < part.visitorsByLabel.size(); ++label)
            if (part.visitorsByLabel[label] > 0)
                groups[touches->label(touches->partLabel(k, int(label)))].visitors +=
                    part.visitorsByLabel[label];
    }
    const ReportScope& scope = touches->scope();
    const PersonGroups* personGroups = touches->groups();

    std::unordered_map<qint64, Deals> deals;
    auto book = touches->deals(db);
    if (!book)
        return book.error();
    for (const DealBook::Deal& d : (*book)->deals()) {
        if (d.contact == 0 || !scope.deal(d.id))
            continue;
        Deals& person = deals[d.contact];
        person.firstCreated =
            person.firstCreated ? std::min(*person.firstCreated, d.created) : d.created;
        if (d.outcome == DealBook::Outcome::Won && d.closed) {
            person.firstWon = person.firstWon ? std::min(*person.firstWon, *d.closed) : *d.closed;
            auto value = d.valued();
            if (!value)
                return value.error();
            person.won.emplace_back(*d.closed, *value);
        }
    }
    Statement contacts(db.handle(), "SELECT id, created_at FROM contacts");
    while (contacts.next()) {
        const qint64 person = contacts.int64(0);
        const qint64 lead = contacts.int64(1);
        if (!scope.contact(person))
            continue;
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
        const QString group =
            touch ? touch->channel : (personGroups ? personGroups->ofContact(person) : u"(none)"_s);
        if (!ConversionPaths::shows(group, filter))
            continue;
        Group& g = groups[group];
        const auto seen = [&](const QString& stage) {
            if (q.observer)
                q.observer(person, group, stage);
            if (resample)
                units.add(person, group, stage);
        };
        if (inRange(lead)) {
            ++g.leads;
            seen(u"leads"_s);
            if (!all.empty() && all.front().at <= lead)
                g.toLead.push_back(double(lead - all.front().at) / DayMs);
        }
        const auto found = deals.find(person);
        if (found == deals.end())
            continue;
        const Deals& d = found->second;
        if (d.firstCreated && inRange(*d.firstCreated)) {
            ++g.opportunities;
            seen(u"opportunities"_s);
            g.toOpportunity.push_back(double(*d.firstCreated - lead) / DayMs);
        }
        if (d.firstWon && inRange(*d.firstWon)) {
            ++g.customers;
            seen(u"customers"_s);
            if (d.firstCreated)
                g.toCustomer.push_back(double(*d.firstWon - *d.firstCreated) / DayMs);
        }
        bool earned = false;
        for (const auto& [closed, amount] : d.won)
            if (inRange(closed)) {
                g.revenue += amount;
                earned = true;
            }
        if (earned)
            seen(u"revenue"_s);
    }
    if (Status read = contacts.status(); !read)
        return read.error();

    ResultTable table;
    table.addColumn(ConversionPaths::dimensionKey(q.dimension),
                    ConversionPaths::dimensionTitle(q.dimension), ValueKind::Text);
    using K = ValueKind;
    const std::tuple<QString, QString, ValueKind> columns[] = {
        {u"visitors"_s, tr("Visitors"), K::Count},
        {u"leads"_s, tr("Leads"), K::Count},
        {u"opportunities"_s, tr("Opportunities"), K::Count},
        {u"customers"_s, tr("Customers"), K::Count},
        {u"revenue"_s, tr("Revenue"), K::Money},
        {u"visitor_to_lead"_s, tr("Visitor to lead"), K::Percent},
        {u"lead_to_opportunity"_s, tr("Lead to opportunity"), K::Percent},
        {u"opportunity_to_customer"_s, tr("Opportunity to customer"), K::Percent},
        {u"visitor_to_customer"_s, tr("Visitor to customer"), K::Percent},
        {u"median_days_to_lead"_s, tr("Median days to lead"), K::Decimal},
        {u"median_days_to_opportunity"_s, tr("Median days to opportunity"), K::Decimal},
        {u"median_days_to_customer"_s, tr("Median days to customer"), K::Decimal}};
    for (const auto& [key, title, kind] : columns)
        table.addColumn(key, title, kind);
    std::vector<std::pair<QString, Group>> ordered(groups.begin(), groups.end());
    std::stable_sort(ordered.begin(), ordered.end(), [](const auto& a, const auto& b) {
        return a.second.visitors > b.second.visitors;
    });
    Group total;
    for (const auto& [name, g] : ordered) {
        if (!ConversionPaths::shows(name, filter))
            continue;
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
                  {u"filter"_s, filter.describe()},
                  {u"model"_s, attribution::modelId(q.position)},
                  {u"visitors"_s, total.visitors},
                  {u"leads"_s, total.leads},
                  {u"opportunities"_s, total.opportunities},
                  {u"customers"_s, total.customers},
                  {u"revenue"_s, std::round(total.revenue * 100) / 100},
                  {u"currency"_s, (*book)->currency()}};
    if (resample) {
        RateBootstrap::addColumns(table, rates(),
                                  units.bounds(rates(), q.bootstrap.replicates, q.bootstrap.seed));
        table.meta.insert(u"intervals"_s, u"bootstrap_95"_s);
        table.meta.insert(u"bootstrap"_s, q.bootstrap.meta());
    }
    return table;
}

} // namespace leadloop
