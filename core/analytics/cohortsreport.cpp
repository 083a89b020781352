#include "cohortsreport.h"

#include "dealbook.h"
#include "periods.h"
#include "store/database.h"
#include "store/statement.h"
#include "visitorcontacts.h"

#include <algorithm>
#include <climits>
#include <cmath>
#include <map>
#include <unordered_map>

using namespace Qt::StringLiterals;

namespace leadloop {

Result<ResultTable> CohortsReport::run(Database& db, const Query& q)
{
    if (q.start != u"first-visit"_s && q.start != u"lead"_s)
        return Error{ErrorCode::InvalidArgument,
                     tr("A cohort starts at first-visit or lead, not '%1'.").arg(q.start)};
    const auto unit = Periods::fromName(q.period);
    if (!unit || (*unit != Periods::Unit::Week && *unit != Periods::Unit::Month))
        return Error{ErrorCode::InvalidArgument,
                     tr("A cohort's period is week or month, not '%1'.").arg(q.period)};
    if (q.metric != u"leads"_s && q.metric != u"customers"_s && q.metric != u"revenue"_s)
        return Error{ErrorCode::InvalidArgument,
                     tr("The metric is leads, customers or revenue, not '%1'.").arg(q.metric)};

    // Each person's start: a contact (id) or an anonymous visitor (minus its id).
    std::unordered_map<qint64, qint64> startOf;
    if (q.start == u"lead"_s) {
        Statement contacts(db.handle(), "SELECT id, created_at FROM contacts");
        while (contacts.next())
            startOf[contacts.int64(0)] = contacts.int64(1);
        if (Status read = contacts.status(); !read)
            return read.error();
    } else {
        auto links = VisitorContacts::load(db);
        if (!links)
            return links.error();
        Statement visits(db.handle(),
                         "SELECT visitor_id, min(started_at) FROM sessions GROUP BY visitor_id");
        while (visits.next()) {
            const qint64 at = visits.int64(1);
            const auto take = [&](qint64 person) {
                const auto seen = startOf.find(person);
                if (seen == startOf.end() || at < seen->second)
                    startOf[person] = at;
            };
            if (const auto* linked = links->of(visits.int64(0)))
                for (const qint64 contact : *linked)
                    take(contact);
            else
                take(-visits.int64(0));
        }
        if (Status read = visits.status(); !read)
            return read.error();
    }

    // What each person achieved and when: became a lead, first won, each won deal's value.
    std::vector<std::tuple<qint64, qint64, double>> events; // person, at, amount
    QString currency;
    if (q.metric == u"leads"_s) {
        Statement contacts(db.handle(), "SELECT id, created_at FROM contacts");
        while (contacts.next())
            events.emplace_back(contacts.int64(0), contacts.int64(1), 1.0);
        if (Status read = contacts.status(); !read)
            return read.error();
    } else {
        auto book = DealBook::load(db);
        if (!book)
            return book.error();
        currency = book->currency();
        std::unordered_map<qint64, qint64> firstWon;
        for (const DealBook::Deal& d : book->deals()) {
            if (d.outcome != DealBook::Outcome::Won || !d.contact)
                continue;
            const qint64 at = d.closed.value_or(d.created);
            if (q.metric == u"revenue"_s) {
                auto value = d.valued();
                if (!value)
                    return value.error();
                events.emplace_back(d.contact, at, *value);
            } else if (const auto seen = firstWon.find(d.contact);
                       seen == firstWon.end() || at < seen->second) {
                firstWon[d.contact] = at;
            }
        }
        for (const auto& [contact, at] : firstWon)
            events.emplace_back(contact, at, 1.0);
    }

    // The periods from the first start to the last thing that happened.
    qint64 first = LLONG_MAX, last = LLONG_MIN;
    for (const auto& [person, at] : startOf) {
        first = std::min(first, at);
        last = std::max(last, at);
    }
    for (const auto& [person, at, amount] : events)
        if (startOf.count(person))
            last = std::max(last, at);
    ResultTable table;
    table.addColumn(u"cohort"_s, tr("Cohort"), ValueKind::Text);
    table.addColumn(u"people"_s, tr("People"), ValueKind::Count);
    std::vector<qint64> periods; // starts
    if (first != LLONG_MAX)
        for (qint64 p = Periods::start(first, *unit); p <= last; p = Periods::next(p, *unit))
            periods.push_back(p);
    const auto indexOf = [&](qint64 ms) {
        return qsizetype(std::upper_bound(periods.begin(), periods.end(), ms) - periods.begin()) -
               1;
    };
    const bool money = q.metric == u"revenue"_s;
    for (size_t k = 0; k < periods.size(); ++k)
        table.addColumn(u"period_%1"_s.arg(k),
                        *unit == Periods::Unit::Week ? tr("Week %1").arg(k) : tr("Month %1").arg(k),
                        money ? ValueKind::Money : ValueKind::Count);

    // Per cohort: its size, and what its people achieved per period since the cohort's start.
    const qsizetype width = qsizetype(periods.size());
    std::map<qsizetype, std::pair<qint64, std::vector<double>>> cohorts;
    for (const auto& [person, at] : startOf) {
        auto& c = cohorts[indexOf(at)];
        if (c.second.empty())
            c.second.assign(size_t(width), 0.0);
        ++c.first;
    }
    for (const auto& [person, at, amount] : events) {
        const auto start = startOf.find(person);
        if (start == startOf.end())
            continue;
        const qsizetype cohort = indexOf(start->second);
        // Achieved before the start (a lead before the first visit) counts from period 0.
        const qsizetype since = std::max<qsizetype>(0, indexOf(at) - cohort);
        cohorts[cohort].second[size_t(since)] += amount;
    }
    for (auto& [index, c] : cohorts) {
        QVariantList row{Periods::label(periods[size_t(index)], *unit), c.first};
        double total = 0;
        for (qsizetype k = 0; k < width; ++k) {
            if (index + k >= width) {
                row << QVariant(); // not yet: past the data's last period
                continue;
            }
            total += c.second[size_t(k)];
            row << (money ? QVariant(std::round(total * 100) / 100) : QVariant(qint64(total)));
        }
        table.addRow(row);
    }
    table.meta = {{u"start"_s, q.start}, {u"period"_s, q.period}, {u"metric"_s, q.metric}};
    if (money)
        table.meta.insert(u"currency"_s, currency);
    return table;
}

} // namespace leadloop
