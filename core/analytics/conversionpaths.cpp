#include "conversionpaths.h"

#include "store/database.h"
#include "store/statement.h"

#include <algorithm>
#include <map>
#include <string>
#include <unordered_map>
#include <unordered_set>

using namespace Qt::StringLiterals;

namespace leadloop {

namespace {

constexpr qint64 DayMs = 86'400'000;

/// A conversion of a person.
struct Conversion
{
    qint64 person;
    qint64 at;
    double value; // currency units
    std::optional<qint64> dealCreated, dealClosed;
};

} // namespace

QStringList ConversionPaths::dimensions()
{
    return {u"channel"_s, u"source-medium"_s, u"source"_s,
            u"medium"_s,  u"campaign"_s,      u"landing-page"_s};
}

std::optional<std::string> ConversionPaths::sessionExpression(const QString& dimension,
                                                              const char* alias)
{
    const std::string a = alias;
    if (dimension == u"channel")
        return a + "channel";
    if (dimension == u"source-medium")
        return a + "source || ' / ' || " + a + "medium";
    if (dimension == u"source")
        return a + "source";
    if (dimension == u"medium")
        return a + "medium";
    if (dimension == u"campaign")
        return "coalesce(nullif(" + a + "campaign, ''), '(not set)')";
    if (dimension == u"landing-page")
        return "coalesce((SELECT path FROM urls WHERE urls.id = " + a +
               "landing_url_id), '(not set)')";
    return std::nullopt;
}

QString ConversionPaths::dimensionKey(const QString& dimension)
{
    QString key = dimension;
    return key.replace(u'-', u'_');
}

std::optional<ConversionKind> ConversionPaths::kindFromName(const QString& name, QString* eventName)
{
    if (name == u"lead")
        return ConversionKind::Lead;
    if (name == u"opportunity")
        return ConversionKind::Opportunity;
    if (name == u"customer")
        return ConversionKind::Customer;
    if (name == u"revenue")
        return ConversionKind::Revenue;
    if (name == u"event" || name.startsWith(u"event:"_s)) {
        if (eventName)
            *eventName = name.mid(6);
        return ConversionKind::Event;
    }
    return std::nullopt;
}

Result<PersonTouches> PersonTouches::load(Database& db, const QString& dimension, bool withUnlinked)
{
    const auto expression = ConversionPaths::sessionExpression(dimension, "s.");
    if (!expression)
        return Error{ErrorCode::InvalidArgument,
                     ConversionPaths::tr("--by takes one of %1, not '%2'.")
                         .arg(ConversionPaths::dimensions().join(u", "_s), dimension)};
    const std::string& label = *expression;
    PersonTouches store;
    // Each person's lead creation, for the lead milestone of every path build.
    Statement leads(db.handle(), "SELECT id, created_at FROM contacts");
    while (leads.next())
        store.m_leadCreated[leads.int64(0)] = leads.int64(1);
    store.m_dimension = dimension;
    store.m_withUnlinked = withUnlinked;
    std::unordered_map<std::string, int> labelIndex;
    const auto load = [&](const std::string& sql) -> Status {
        Statement query(db.handle(), sql.c_str());
        if (!query.isValid())
            return Error{ErrorCode::Database, query.errorString()};
        qint64 person = 0;
        size_t begin = store.m_touches.size();
        bool any = false;
        while (query.next()) {
            const qint64 p = query.int64(0);
            if (!any || p != person) {
                if (any)
                    store.m_range[person] = {begin, store.m_touches.size()};
                person = p;
                begin = store.m_touches.size();
                any = true;
            }
            const std::string_view text = query.utf8(2);
            auto known = labelIndex.find(std::string(text));
            if (known == labelIndex.end()) {
                known = labelIndex.emplace(std::string(text), int(store.m_labels.size())).first;
                store.m_labels.push_back(QString::fromUtf8(text.data(), qsizetype(text.size())));
            }
            store.m_touches.push_back({query.int64(1), known->second, query.int64(3) != 0});
        }
        if (any)
            store.m_range[person] = {begin, store.m_touches.size()};
        return {};
    };
    const std::string linked =
        std::string("SELECT l.contact_id, s.started_at, ") + label +
        ", s.channel = 'Direct' FROM identity_links l JOIN sessions s ON s.visitor_id = "
        "l.visitor_id WHERE l.active = 1 ORDER BY l.contact_id, s.started_at";
    if (Status loaded = load(linked); !loaded)
        return loaded.error();
    if (withUnlinked) {
        // In visitor order, which the sessions_visitor index gives without sorting.
        const std::string anonymous =
            std::string("SELECT -s.visitor_id, s.started_at, ") + label +
            ", s.channel = 'Direct' FROM sessions s WHERE NOT EXISTS (SELECT 1 FROM "
            "identity_links l WHERE l.visitor_id = s.visitor_id AND l.active = 1) ORDER BY "
            "s.visitor_id DESC, s.started_at";
        if (Status loaded = load(anonymous); !loaded)
            return loaded.error();
    }
    return store;
}

std::vector<attribution::Touch> PersonTouches::touches(qint64 person) const
{
    std::vector<attribution::Touch> out;
    const auto it = m_range.find(person);
    if (it == m_range.end())
        return out;
    for (size_t i = it->second.first; i < it->second.second; ++i)
        out.push_back({m_labels[size_t(m_touches[i].label)], m_touches[i].at, m_touches[i].direct});
    return out;
}

Result<std::vector<attribution::Path>> ConversionPaths::build(Database& db, const PathQuery& q)
{
    auto store = PersonTouches::load(db, q.dimension,
                                     q.kind == ConversionKind::Event || q.withNonConverting);
    if (!store)
        return store.error();
    return build(db, *store, q);
}

Result<std::vector<attribution::Path>>
ConversionPaths::build(Database& db, const PersonTouches& store, const PathQuery& q)
{
    const auto& touches = store.m_touches;
    const auto& range = store.m_range;
    const std::vector<QString>& labels = store.m_labels;
    // Conversions of the kind, per person, in time order.
    const char* conversionsSql = nullptr;
    switch (q.kind) {
    case ConversionKind::Lead:
        conversionsSql = "SELECT id, created_at, 0, NULL, NULL FROM contacts ORDER BY 1, 2";
        break;
    case ConversionKind::Opportunity:
        conversionsSql = "SELECT contact_id, created_at, coalesce(amount_cents, 0), created_at, "
                         "NULL FROM deals WHERE contact_id IS NOT NULL ORDER BY 1, 2";
        break;
    case ConversionKind::Customer:
    case ConversionKind::Revenue:
        // The amount won: the won event's, else the deal's.
        conversionsSql =
            "SELECT d.contact_id, d.closed_at, coalesce((SELECT amount_cents FROM outcome_events e "
            "WHERE e.deal_id = d.id AND e.new_outcome = 'won' ORDER BY e.at DESC, e.id DESC LIMIT "
            "1), d.amount_cents, 0), d.created_at, d.closed_at FROM deals d WHERE d.contact_id IS "
            "NOT NULL AND d.outcome = 'won' AND d.closed_at IS NOT NULL ORDER BY 1, 2";
        break;
    case ConversionKind::Event:
        conversionsSql =
            "SELECT coalesce((SELECT l.contact_id FROM identity_links l WHERE l.visitor_id = "
            "e.visitor_id AND l.active = 1 ORDER BY l.linked_at LIMIT 1), -e.visitor_id), e.ts, "
            "coalesce(e.value_cents, 0), NULL, NULL FROM events e WHERE e.is_conversion = 1 AND "
            "(?1 = '' OR e.name = ?1) ORDER BY 1, 2";
        break;
    }
    Statement conversions(db.handle(), conversionsSql);
    if (q.kind == ConversionKind::Event)
        conversions.bind(1, q.eventName);
    std::vector<Conversion> found;
    while (conversions.next()) {
        Conversion c{conversions.int64(0), conversions.int64(1), double(conversions.int64(2)) / 100,
                     std::nullopt, std::nullopt};
        if (!conversions.isNull(3))
            c.dealCreated = conversions.int64(3);
        if (!conversions.isNull(4))
            c.dealClosed = conversions.int64(4);
        found.push_back(c);
    }
    // Each person's lead creation, for the lead milestone.
    const std::unordered_map<qint64, qint64>& leadCreated = store.m_leadCreated;

    std::vector<attribution::Path> paths;
    std::unordered_set<qint64> converted;
    qint64 previousPerson = 0;
    std::optional<qint64> previousAt;
    bool firstWonSeen = false;
    for (const Conversion& c : found) {
        if (c.person != previousPerson) {
            previousPerson = c.person;
            previousAt.reset();
            firstWonSeen = false;
        }
        const std::optional<qint64> after = previousAt;
        previousAt = c.at;
        if (q.kind == ConversionKind::Customer) {
            if (firstWonSeen)
                continue; // a customer is counted once, at the first won deal
            firstWonSeen = true;
        }
        converted.insert(c.person);
        if ((q.from && c.at < *q.from) || (q.to && c.at > *q.to) ||
            (q.person && c.person != *q.person))
            continue;
        const auto it = range.find(c.person);
        const size_t begin = it == range.end() ? 0 : it->second.first;
        const size_t end = it == range.end() ? 0 : it->second.second;
        attribution::Path path;
        path.convertedAt = c.at;
        path.value = c.value;
        const auto leadAt = leadCreated.find(c.person);
        // The milestone touch: the last one at or before the milestone's time.
        int leadTouch = -1, opportunityTouch = -1, closeTouch = -1;
        for (size_t i = begin; i < end; ++i) {
            const auto& s = touches[i];
            if (s.at > c.at)
                break;
            if (after && s.at <= *after)
                continue;
            if (q.lookbackDays > 0 && s.at < c.at - q.lookbackDays * DayMs)
                continue;
            const int index = int(path.touches.size());
            path.touches.push_back({labels[size_t(s.label)], s.at, s.direct});
            if (leadAt != leadCreated.end() && s.at <= leadAt->second)
                leadTouch = index;
            if (c.dealCreated && s.at <= *c.dealCreated)
                opportunityTouch = index;
            if (c.dealClosed && s.at <= *c.dealClosed)
                closeTouch = index;
        }
        if (leadTouch >= 0)
            path.touches[size_t(leadTouch)].lead = true;
        if (opportunityTouch >= 0)
            path.touches[size_t(opportunityTouch)].opportunity = true;
        if (closeTouch >= 0)
            path.touches[size_t(closeTouch)].close = true;
        paths.push_back(std::move(path));
    }
    if (q.withNonConverting) {
        // Journeys that never converted: one null path per person with all their sessions.
        for (const auto& [person, span] : range) {
            if (converted.count(person))
                continue;
            attribution::Path path;
            path.conversions = 0;
            path.nulls = 1;
            for (size_t i = span.first; i < span.second; ++i)
                path.touches.push_back(
                    {labels[size_t(touches[i].label)], touches[i].at, touches[i].direct});
            paths.push_back(std::move(path));
        }
    }
    return paths;
}

} // namespace leadloop
