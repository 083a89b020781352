#include "conversionpaths.h"

#include "common/sequencehash.h"
#include "store/database.h"
#include "store/statement.h"
#include "store/touchsequences.h"

#include <algorithm>
#include <string>
#include <unordered_map>

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
    std::optional<qint64> dealCreated, dealClosed, deal;
};

} // namespace

QStringList ConversionPaths::sessionDimensions()
{
    return {u"channel"_s, u"source-medium"_s, u"source"_s,
            u"medium"_s,  u"campaign"_s,      u"landing-page"_s};
}

QStringList ConversionPaths::dimensions()
{
    return sessionDimensions() + PersonGroups::dimensions();
}

bool ConversionPaths::isPeopleDimension(const QString& dimension)
{
    return PersonGroups::dimensions().contains(dimension);
}

attribution::Model ConversionPaths::modelFor(attribution::Model model, const QString& dimension)
{
    return isPeopleDimension(dimension) ? attribution::Model::FirstTouch : model;
}

bool ConversionPaths::shows(const QString& group, const ReportFilter& filter)
{
    return inScope(group) && !(filter.hasSessionFilter() && group == u"(none)");
}

Error ConversionPaths::unknownDimension(const QString& option, const QStringList& accepted,
                                        const QString& dimension)
{
    return Error{
        ErrorCode::InvalidArgument,
        tr("%1 takes one of %2, not '%3'.").arg(option, accepted.join(u", "_s), dimension)};
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
        return TouchSequences::campaignLabel(alias);
    if (dimension == u"landing-page")
        return "coalesce((SELECT path FROM urls WHERE urls.id = " + a + "landing_url_id), '" +
               TouchSequences::NotSet + "')";
    return std::nullopt;
}

QString ConversionPaths::dimensionKey(const QString& dimension)
{
    QString key = dimension;
    return key.replace(u'-', u'_');
}

QString ConversionPaths::dimensionTitle(const QString& dimension)
{
    const std::pair<const char16_t*, QString> titles[] = {{u"channel", tr("Channel")},
                                                          {u"source-medium", tr("Source / medium")},
                                                          {u"source", tr("Source")},
                                                          {u"medium", tr("Medium")},
                                                          {u"campaign", tr("Campaign")},
                                                          {u"landing-page", tr("Landing page")},
                                                          {u"owner", tr("Owner")},
                                                          {u"product", tr("Product")},
                                                          {u"account", tr("Account")},
                                                          {u"stage", tr("Stage")},
                                                          {u"lost-reason", tr("Lost reason")}};
    for (const auto& [id, title] : titles)
        if (dimension == QStringView(id))
            return title;
    return dimension;
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
        if (eventName) // "" for every conversion event, never a null string (bound as NULL)
            *eventName = name.size() > 6 ? name.mid(6) : u""_s;
        return ConversionKind::Event;
    }
    return std::nullopt;
}

Result<std::vector<attribution::Path>> ConversionPaths::build(Database& db, const PathQuery& q)
{
    auto store = PersonTouches::load(
        db, q.dimension, q.kind == ConversionKind::Event || q.withNonConverting, q.filter);
    if (!store)
        return store.error();
    return build(db, *store, q);
}

Result<std::vector<attribution::Path>>
ConversionPaths::build(Database& db, const PersonTouches& store, const PathQuery& q)
{
    const auto& touches = store.m_touches;
    const std::vector<QString>& labels = store.m_labels;
    // Conversions of the kind, per person, in time order. Those of people or deals out of the
    // filter's scope are as if they had not happened (docs/metrics.md, "Filters").
    std::vector<Conversion> found;
    if (q.kind == ConversionKind::Lead) {
        // Every contact once, at its creation, as read with the sessions.
        for (size_t id = 1; id < store.m_leadCreated.size(); ++id)
            if (const auto created = store.leadCreated(qint64(id));
                created && store.m_scope.contact(qint64(id)))
                found.push_back(
                    {qint64(id), *created, 0, std::nullopt, std::nullopt, std::nullopt});
    } else if (q.kind == ConversionKind::Event) {
        // The person: the contact the visitor belongs to (its owning link first), or the
        // visitor.
        const std::string sql =
            std::string("SELECT coalesce((SELECT l.contact_id FROM identity_links l WHERE "
                        "l.visitor_id = e.visitor_id AND l.active = 1 ORDER BY ") +
            TouchSequences::OwnerOrder +
            " LIMIT 1), -e.visitor_id), e.ts, coalesce(e.value_cents, 0) FROM events e WHERE "
            "e.is_conversion = 1 AND (coalesce(?1, '') = '' OR e.name = ?1) ORDER BY 1, 2";
        Statement conversions(db.handle(), sql.c_str());
        conversions.bind(1, q.eventName);
        while (conversions.next())
            if (store.m_scope.person(conversions.int64(0)))
                found.push_back({conversions.int64(0), conversions.int64(1),
                                 double(conversions.int64(2)) / 100, std::nullopt, std::nullopt,
                                 std::nullopt});
        if (Status read = conversions.status(); !read)
            return read.error();
    } else {
        auto book = store.deals(db);
        if (!book)
            return book.error();
        for (const DealBook::Deal& d : (*book)->deals()) {
            if (d.contact == 0 || !store.m_scope.deal(d.id))
                continue;
            const bool opportunity = q.kind == ConversionKind::Opportunity;
            if (!opportunity && (d.outcome != DealBook::Outcome::Won || !d.closed))
                continue;
            auto value = d.valued();
            if (!value)
                return value.error();
            if (opportunity)
                found.push_back({d.contact, d.created, *value, d.created, std::nullopt, d.id});
            else
                found.push_back({d.contact, *d.closed, *value, d.created, d.closed, d.id});
        }
        std::stable_sort(found.begin(), found.end(), [](const Conversion& a, const Conversion& b) {
            return a.person != b.person ? a.person < b.person : a.at < b.at;
        });
    }
    // Each person's lead creation, for the lead milestone.

    std::vector<attribution::Path> paths;
    // Who converted, by contact id and by anonymous visitor id.
    std::vector<char> convertedContacts, convertedVisitors;
    const auto isConverted = [&](qint64 person) {
        const auto& set = person > 0 ? convertedContacts : convertedVisitors;
        const auto id = size_t(person > 0 ? person : -person);
        return id < set.size() && set[id];
    };
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
        {
            auto& set = c.person > 0 ? convertedContacts : convertedVisitors;
            const auto id = size_t(c.person > 0 ? c.person : -c.person);
            if (id >= set.size())
                set.resize(id + 1, 0);
            set[id] = 1;
        }
        if (!q.filter.inRange(c.at) || (q.person && c.person != *q.person))
            continue;
        const PersonTouches::Span span = store.span(c.person);
        const size_t begin = span.begin, end = span.end;
        attribution::Path path;
        path.convertedAt = c.at;
        path.value = c.value;
        path.person = c.person;
        const std::optional<qint64> leadAt = store.leadCreated(c.person);
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
            if (leadAt && s.at <= *leadAt)
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
        if (const PersonGroups* groups = store.groups()) {
            // A people dimension: the conversion is one touch, its deal's or person's group;
            // under a session filter, when a touch of its path is kept.
            const bool kept =
                !q.filter.hasSessionFilter() ||
                std::any_of(path.touches.begin(), path.touches.end(),
                            [](const attribution::Touch& t) { return inScope(t.channel); });
            if (!kept)
                continue;
            path.touches = {
                {c.deal ? groups->ofDeal(*c.deal) : groups->ofContact(c.person), c.at, false}};
        }
        paths.push_back(std::move(path));
    }
    if (q.withNonConverting && !store.groups()) {
        // Journeys that never converted: one null path per person with all their sessions, or
        // per sequence of labels when merged.
        // Merged by the labels of their touches where they are stored, without a copy as key.
        const auto hash = [&touches](PersonTouches::Span span) {
            size_t h = IntSequenceHash::start(span.end - span.begin);
            for (size_t i = span.begin; i < span.end; ++i)
                h = IntSequenceHash::add(h, touches[i].label);
            return h;
        };
        const auto equal = [&touches](PersonTouches::Span a, PersonTouches::Span b) {
            return a.end - a.begin == b.end - b.begin &&
                   std::equal(touches.begin() + a.begin, touches.begin() + a.end,
                              touches.begin() + b.begin,
                              [](const auto& x, const auto& y) { return x.label == y.label; });
        };
        std::unordered_map<PersonTouches::Span, size_t, decltype(hash), decltype(equal)> merged(
            0, hash, equal); // path by labels
        const auto addNull = [&](qint64 person, PersonTouches::Span span) {
            if (span.end == span.begin || isConverted(person))
                return;
            if (q.mergeNonConverting) {
                const auto [known, added] = merged.try_emplace(span, paths.size());
                if (!added) {
                    paths[known->second].nulls += 1;
                    return;
                }
            }
            attribution::Path path;
            path.conversions = 0;
            path.nulls = 1;
            path.person = person;
            for (size_t i = span.begin; i < span.end; ++i)
                path.touches.push_back(
                    {labels[size_t(touches[i].label)], touches[i].at, touches[i].direct});
            paths.push_back(std::move(path));
        };
        for (size_t id = 1; id < store.m_contactSpans.size(); ++id)
            addNull(qint64(id), store.m_contactSpans[id]);
        for (size_t id = 1; id < store.m_visitorSpans.size(); ++id)
            addNull(-qint64(id), store.m_visitorSpans[id]);
    }
    return paths;
}

} // namespace leadloop
