#include "trackingwriter.h"

#include "database.h"

using namespace Qt::StringLiterals;

namespace leadloop {

TrackingWriter::TrackingWriter(Database& db, qint64 batchId)
    : m_batchId(batchId)
    , m_visitor(db.handle(), "INSERT INTO visitors (cookie_id, first_seen, last_seen, batch_id) "
                             "VALUES (?1, ?2, ?3, ?4)")
    , m_session(db.handle(),
                "INSERT INTO sessions (visitor_id, external_id, started_at, ended_at, landing_url, "
                "landing_path, referrer, referrer_host, source, medium, campaign, term, content, "
                "utm_id, click_id_type, click_id, channel, channel_rule, pageviews, events, "
                "conversions, batch_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, "
                "?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22)")
    , m_pageView(db.handle(),
                 "INSERT INTO pageviews (session_id, visitor_id, ts, url, path, title, "
                 "referrer, event_key, batch_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")
    , m_event(db.handle(),
              "INSERT INTO events (session_id, visitor_id, ts, name, event_key, is_conversion, "
              "value_cents, currency, email, user_id, url, batch_id) VALUES (?1, ?2, ?3, ?4, ?5, "
              "?6, ?7, ?8, ?9, ?10, ?11, ?12)")
{}

Result<qint64> TrackingWriter::addVisitor(const VisitorRecord& v)
{
    m_visitor.bind(1, v.cookieId).bind(2, v.firstSeen).bind(3, v.lastSeen).bind(4, m_batchId);
    return m_visitor.insert();
}

Result<qint64> TrackingWriter::addSession(const SessionRecord& s)
{
    m_session.bind(1, s.visitorId)
        .bind(2, s.externalId)
        .bind(3, s.startedAt)
        .bind(4, s.endedAt)
        .bind(5, s.landingUrl)
        .bind(6, s.landingPath)
        .bind(7, s.referrer)
        .bind(8, s.referrerHost)
        .bind(9, s.source)
        .bind(10, s.medium)
        .bind(11, s.campaign)
        .bind(12, s.term)
        .bind(13, s.content)
        .bind(14, s.utmId)
        .bind(15, s.clickIdType)
        .bind(16, s.clickId)
        .bind(17, s.channel)
        .bind(18, s.channelRule)
        .bind(19, s.pageviews)
        .bind(20, s.events)
        .bind(21, s.conversions)
        .bind(22, m_batchId);
    return m_session.insert();
}

Result<qint64> TrackingWriter::addPageView(const PageViewRecord& p)
{
    m_pageView.bind(1, p.sessionId)
        .bind(2, p.visitorId)
        .bind(3, p.ts)
        .bind(4, p.url)
        .bind(5, p.path)
        .bind(6, p.title)
        .bind(7, p.referrer)
        .bind(8, p.eventKey)
        .bind(9, m_batchId);
    return m_pageView.insert();
}

Result<qint64> TrackingWriter::addPageView(const PageViewBytes& p)
{
    m_pageView.bind(1, p.sessionId)
        .bind(2, p.visitorId)
        .bind(3, p.ts)
        .bindUtf8(4, p.url.empty() ? std::string_view("", 0) : p.url)
        .bindUtf8(5, p.path)
        .bindUtf8(6, p.title)
        .bindUtf8(7, p.referrer)
        .bindUtf8(8, p.eventKey)
        .bind(9, m_batchId);
    if (p.url.empty())
        m_pageView.bind(4, QString(u""_s)); // url is NOT NULL
    return m_pageView.insert();
}

Result<qint64> TrackingWriter::addEvent(const EventRecord& e)
{
    m_event.bind(1, e.sessionId)
        .bind(2, e.visitorId)
        .bind(3, e.ts)
        .bind(4, e.name)
        .bind(5, e.eventKey)
        .bind(6, e.isConversion ? 1 : 0)
        .bind(7, e.valueCents)
        .bind(8, e.currency)
        .bind(9, e.email)
        .bind(10, e.userId)
        .bind(11, e.url)
        .bind(12, m_batchId);
    return m_event.insert();
}

} // namespace leadloop
