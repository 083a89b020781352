#include "leadhistory.h"

#include "propertytablefeeder.h"
#include "store/database.h"
#include "store/propertysets.h"
#include "store/statement.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace leadloop {

namespace {

constexpr double DayMs = 86'400'000.0;

} // namespace

int LeadHistory::intern(const QString& value)
{
    if (value.isEmpty())
        return -1;
    const auto found = m_textIds.constFind(value);
    if (found != m_textIds.cend())
        return *found;
    m_texts.append(value);
    return *m_textIds.insert(value, int(m_texts.size() - 1));
}

Result<LeadHistory> LeadHistory::load(Database& db, const std::vector<LeadCase>& leads,
                                      const std::vector<LeadCase>& more)
{
    LeadHistory history;
    history.m_contacts.reserve(qsizetype(leads.size() + more.size()));
    for (const auto* list : {&leads, &more})
        for (const LeadCase& lead : *list)
            history.m_contacts.insert(lead.contact, Contact());
    {
        Statement contacts(db.handle(), "SELECT id, coalesce(lead_source, '') FROM contacts");
        while (contacts.next())
            if (const auto found = history.m_contacts.find(contacts.int64(0));
                found != history.m_contacts.end())
                found->leadSource = contacts.text(1);
        if (Status read = contacts.status(); !read)
            return read.error();
    }
    // Paths of the URLs page views and landings point at, by URL id.
    QHash<qint64, int> paths;
    {
        Statement urls(db.handle(), "SELECT id, coalesce(path, url) FROM urls");
        while (urls.next())
            paths.insert(urls.int64(0), history.intern(urls.text(1)));
        if (Status read = urls.status(); !read)
            return read.error();
    }
    const auto pathOf = [&](const Statement& row, int column) {
        return row.isNull(column) ? -1 : paths.value(row.int64(column), -1);
    };
    {
        Statement sessions(db.handle(),
                           "SELECT l.contact_id, s.started_at, s.ended_at, s.channel, s.source || "
                           "' / ' || s.medium, coalesce(s.campaign, ''), s.landing_url_id FROM "
                           "identity_links l JOIN sessions s ON s.visitor_id = l.visitor_id WHERE "
                           "l.active = 1");
        while (sessions.next()) {
            const auto contact = history.m_contacts.find(sessions.int64(0));
            if (contact == history.m_contacts.end())
                continue;
            contact->sessions.push_back({sessions.int64(1), sessions.int64(2),
                                         history.intern(sessions.text(3)),
                                         history.intern(sessions.text(4)),
                                         history.intern(sessions.text(5)), pathOf(sessions, 6)});
        }
        if (Status read = sessions.status(); !read)
            return read.error();
    }
    {
        Statement views(db.handle(),
                        "SELECT l.contact_id, p.ts, p.url_id FROM identity_links l JOIN sessions s "
                        "ON s.visitor_id = l.visitor_id JOIN pageviews p ON p.session_id = s.id "
                        "WHERE l.active = 1");
        while (views.next()) {
            const auto contact = history.m_contacts.find(views.int64(0));
            if (contact != history.m_contacts.end())
                contact->views.push_back({views.int64(1), pathOf(views, 2)});
        }
        if (Status read = views.status(); !read)
            return read.error();
    }
    {
        Statement events(db.handle(),
                         "SELECT l.contact_id, e.ts FROM identity_links l JOIN events e ON "
                         "e.visitor_id = l.visitor_id WHERE l.active = 1 AND e.is_conversion = 1");
        while (events.next()) {
            const auto contact = history.m_contacts.find(events.int64(0));
            if (contact != history.m_contacts.end())
                contact->conversions.push_back(events.int64(1));
        }
        if (Status read = events.status(); !read)
            return read.error();
    }
    {
        // Each contact's current values packed in one row (PropertySets): 50,000 rows to read
        // for 50,000 leads, not five million; parsed on a second core as they are read.
        history.m_properties.expect(qint64(history.m_contacts.size()));
        PropertyTableFeeder feeder(history.m_properties);
        const auto add = [&](qint64 contact, std::string_view json) {
            if (history.m_contacts.contains(contact))
                feeder.add(contact, json);
        };
        const Status read = PropertySets::read(db, add);
        const bool packed = feeder.finish();
        if (!read)
            return read.error();
        if (!packed)
            return Error{ErrorCode::Corrupt,
                         tr("A contact's packed properties are not a JSON object; File > Recover… "
                            "rebuilds them.")};
        history.m_properties.finish();
    }
    for (Contact& contact : history.m_contacts) {
        std::sort(contact.sessions.begin(), contact.sessions.end(),
                  [](const Session& a, const Session& b) { return a.started < b.started; });
        std::sort(contact.views.begin(), contact.views.end(),
                  [](const View& a, const View& b) { return a.ts < b.ts; });
    }
    return history;
}

LeadSummary LeadHistory::summarise(const LeadCase& lead) const
{
    LeadSummary out;
    out.created = lead.created;
    const auto found = m_contacts.constFind(lead.contact);
    if (found == m_contacts.cend())
        return out;
    const Contact& contact = *found;
    out.leadSource = contact.leadSource;
    out.propertyTable = &m_properties;
    out.properties = m_properties.of(lead.contact);
    QSet<int> channels;
    const Session* first = nullptr;
    const Session* atLead = nullptr;
    const Session* last = nullptr;
    for (const Session& s : contact.sessions) {
        if (s.started >= lead.cutoff)
            break;
        if (!first)
            first = &s;
        if (s.started <= lead.created)
            atLead = &s;
        last = &s;
        ++out.sessions;
        out.minutes += double(std::min(s.ended, lead.cutoff) - s.started) / 60'000.0;
        channels.insert(s.channel);
        if (s.campaign >= 0)
            out.campaigns.insert(text(s.campaign));
    }
    out.channels = double(channels.size());
    if (first) {
        out.firstChannel = text(first->channel);
        out.sourceMedium = text(first->sourceMedium);
        out.landingPage = text(first->landingPage);
        out.daysToLead = double(lead.created - first->started) / DayMs;
        out.daysSinceVisit = double(lead.cutoff - last->started) / DayMs;
    }
    if (atLead)
        out.leadChannel = text(atLead->channel);
    for (const View& v : contact.views) {
        if (v.ts >= lead.cutoff)
            break;
        ++out.pageviews;
        if (v.path >= 0)
            ++out.pages[text(v.path)];
    }
    if (out.sessions > 0)
        out.pagesPerVisit = out.pageviews / out.sessions;
    out.conversions = double(std::count_if(contact.conversions.begin(), contact.conversions.end(),
                                           [&](qint64 ts) { return ts < lead.cutoff; }));
    return out;
}

} // namespace leadloop
