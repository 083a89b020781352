#include "trendreport.h"

#include "campaignspend.h"
#include "conversionpaths.h"
#include "currencyconverter.h"
#include "store/database.h"
#include "store/statement.h"

#include <array>
#include <cmath>
#include <limits>
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
    const ReportFilter& filter = q.filter;
    if (split && !ConversionPaths::dimensions().contains(q.split))
        return ConversionPaths::unknownDimension(u"--split"_s, ConversionPaths::dimensions(),
                                                 q.split);
    if (q.metric == u"cost" &&
        ((split && !CampaignSpend::groups(q.split)) || filter.hasPeopleFilter()))
        return Error{ErrorCode::InvalidArgument,
                     tr("Cost belongs to campaigns: it splits by channel, campaign, "
                        "source-medium, source or medium, and people filters do not divide it.")};
    auto converter = CurrencyConverter::load(db);
    if (!converter)
        return converter.error();

    std::vector<Event> events;
    // Sessions and people through one read of the sessions, when anything needs their labels
    // or the filter's scope; a person's group is the label of their first session.
    const bool needsTouches = split || filter.hasSessionFilter() || filter.hasPeopleFilter();
    std::optional<PersonTouches> touches;
    if (needsTouches && q.metric != u"cost") {
        const bool sessions = q.metric == u"sessions";
        // Sessions per part of the read, with the part's label numbers.
        std::array<std::vector<std::pair<qint64, int>>, PersonTouches::MaxParts> seen;
        auto loaded = PersonTouches::load(db, split ? q.split : u"channel"_s, false, filter,
                                          [&](int part, qint64, qint64, qint64 at, int label) {
                                              if (sessions)
                                                  seen[size_t(part)].emplace_back(at, label);
                                          });
        if (!loaded)
            return loaded.error();
        touches = std::move(*loaded);
        for (int part = 0; part < touches->parts(); ++part)
            for (const auto& [at, label] : seen[size_t(part)])
                events.push_back({at, touches->label(touches->partLabel(part, label)), 1});
        // Sessions the filter's session attributes do not keep are not counted.
        std::erase_if(events, [](const Event& e) { return !ConversionPaths::inScope(e.group); });
    }
    const auto groupOf = [&](qint64 person) -> QString {
        if (!touches)
            return {};
        const auto all = touches->touches(person);
        if (!all.empty())
            return all.front().channel;
        const PersonGroups* groups = touches->groups();
        return groups ? groups->ofContact(person) : u"(none)"_s;
    };
    const auto keep = [&](qint64 person) {
        return !touches || (touches->scope().contact(person) &&
                            ConversionPaths::shows(groupOf(person), filter));
    };
    if (q.metric == u"sessions" && !touches) {
        auto count = db.scalar(u"SELECT coalesce(max(id), 0) FROM sessions"_s);
        if (!count)
            return count.error();
        events.reserve(size_t(*count));
        Statement sessions(db.handle(), "SELECT started_at FROM sessions");
        while (sessions.next())
            events.push_back({sessions.int64(0), QString(), 1});
        if (Status read = sessions.status(); !read)
            return read.error();
    } else if (q.metric == u"leads") {
        Statement leads(db.handle(), "SELECT id, created_at FROM contacts");
        while (leads.next())
            if (keep(leads.int64(0)))
                events.push_back({leads.int64(1), groupOf(leads.int64(0)), 1});
        if (Status read = leads.status(); !read)
            return read.error();
    } else if (q.metric == u"customers" || q.metric == u"revenue") {
        auto loadedBook = DealBook::load(db);
        if (!loadedBook)
            return loadedBook.error();
        const DealBook& book = *loadedBook;
        std::unordered_map<qint64, qint64> firstWon; // a customer counts once, at the first won
        for (const DealBook::Deal& d : book.deals()) {
            if (d.contact == 0 || d.outcome != DealBook::Outcome::Won || !d.closed ||
                !keep(d.contact) || (touches && !touches->scope().deal(d.id)))
                continue;
            if (q.metric == u"revenue") {
                auto value = d.valued();
                if (!value)
                    return value.error();
                events.push_back({*d.closed, split ? groupOf(d.contact) : QString(), *value});
                continue;
            }
            auto [it, added] = firstWon.try_emplace(d.contact, *d.closed);
            if (!added)
                it->second = std::min(it->second, *d.closed);
        }
        for (const auto& [contact, closed] : firstWon)
            events.push_back({closed, split ? groupOf(contact) : QString(), 1});
    } else if (q.metric == u"cost") {
        auto spend = CampaignSpend::load(db, filter);
        if (!spend)
            return spend.error();
        for (const CampaignSpend::Day& day : *spend)
            events.push_back({day.day, split ? day.group(q.split) : QString(), day.amount});
    }
    if (!split)
        for (Event& e : events)
            e.group.clear();

    std::map<std::pair<qint64, QString>, double> totals;
    std::optional<qint64> first, last;
    // Events come mostly in time order (sessions as stored): the last event's period and cell
    // are kept, and a new one is looked up only when the period or the group changes.
    qint64 periodStart = 0, periodEnd = std::numeric_limits<qint64>::min();
    double* cell = nullptr;
    const QString* cellGroup = nullptr;
    for (const Event& e : events) {
        if (!filter.inRange(e.at) || (split && !ConversionPaths::shows(e.group, filter)))
            continue;
        if (e.at < periodStart || e.at >= periodEnd) {
            periodStart = Periods::start(e.at, q.period);
            periodEnd = Periods::next(periodStart, q.period);
            cell = nullptr;
            first = first ? std::min(*first, periodStart) : periodStart;
            last = last ? std::max(*last, periodStart) : periodStart;
        }
        if (!cell || *cellGroup != e.group) {
            const auto known = totals.try_emplace({periodStart, e.group}, 0.0).first;
            cell = &known->second;
            cellGroup = &known->first.second;
        }
        *cell += e.amount;
    }
    // Without a split, every period from the first to the last shows, empty ones as 0.
    if (filter.from)
        first = Periods::start(*filter.from, q.period);
    if (filter.to)
        last = Periods::start(*filter.to, q.period);
    if (!split && first && last)
        for (qint64 p = *first; p <= *last; p = Periods::next(p, q.period))
            totals.try_emplace({p, QString()}, 0.0);

    ResultTable table;
    table.addColumn(u"period"_s, tr("Period"), ValueKind::Text);
    if (split)
        table.addColumn(ConversionPaths::dimensionKey(q.split),
                        ConversionPaths::dimensionTitle(q.split), ValueKind::Text);
    const QStringList titles = {tr("Sessions"), tr("Leads"), tr("Customers"), tr("Revenue"),
                                tr("Cost")};
    const bool money = q.metric == u"revenue" || q.metric == u"cost";
    table.addColumn(q.metric, titles.value(metrics().indexOf(q.metric), q.metric),
                    money ? ValueKind::Money : ValueKind::Count);
    double sum = 0;
    for (const auto& [key, value] : totals) {
        if (filter.from && key.first < Periods::start(*filter.from, q.period))
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
        {u"filter"_s, filter.describe()},
        {u"total"_s, money ? QVariant(std::round(sum * 100) / 100) : QVariant(qint64(sum))}};
    if (money)
        table.meta.insert(u"currency"_s, converter->reportingCurrency());
    return table;
}

} // namespace leadloop
