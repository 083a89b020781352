#include "trackingwriter.h"

#include "database.h"

using namespace Qt::StringLiterals;

namespace leadloop {

TrackingWriter::TrackingWriter(Database& db, qint64 batchId, TextDictionary::Derive urlParts)
    : m_batchId(batchId)
    , m_urls(TextDictionary::urls(db, std::move(urlParts)))
    , m_titles(TextDictionary::pageTitles(db))
    , m_visitor(db.handle(), "INSERT INTO visitors (id, cookie_id, first_seen, last_seen, "
                             "batch_id) VALUES (?1, ?2, ?3, ?4, ?5)")
    , m_session(db.handle(),
                "INSERT INTO sessions (id, visitor_id, external_id, started_at, ended_at, "
                "landing_url_id, referrer_url_id, referrer_host, source, medium, campaign, term, "
                "content, utm_id, click_id_type, click_id, channel, channel_rule, pageviews, "
                "events, conversions, batch_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, "
                "?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22)")
    , m_pageView(db.handle(),
                 "INSERT INTO pageviews (session_id, seq, ts, url_id, title_id, referrer_url_id, "
                 "event_key, batch_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
    , m_event(db.handle(),
              "INSERT INTO events (session_id, visitor_id, ts, name, event_key, is_conversion, "
              "value_cents, currency, email, user_id, url, batch_id) VALUES (?1, ?2, ?3, ?4, ?5, "
              "?6, ?7, ?8, ?9, ?10, ?11, ?12)")
{
    auto visitors = db.scalar(u"SELECT coalesce(max(id), 0) FROM visitors"_s);
    auto sessions = db.scalar(u"SELECT coalesce(max(id), 0) FROM sessions"_s);
    if (visitors && sessions) {
        m_nextVisitor = *visitors + 1;
        m_nextSession = *sessions + 1;
    } else {
        m_error = (visitors ? sessions.error() : visitors.error()).message;
    }
}

TrackingWriter::~TrackingWriter() = default;

Result<qint64> TrackingWriter::urlId(const QString& url)
{
    if (url.isEmpty())
        return 0;
    const QByteArray utf8 = url.toUtf8();
    return m_urls->idOf(std::string_view(utf8.constData(), size_t(utf8.size())));
}

Result<qint64> TrackingWriter::addVisitor(const VisitorRecord& v)
{
    if (!m_error.isEmpty())
        return Error{ErrorCode::Database, m_error};
    const qint64 id = m_nextVisitor;
    m_visitor.bind(1, id)
        .bind(2, v.cookieId)
        .bind(3, v.firstSeen)
        .bind(4, v.lastSeen)
        .bind(5, m_batchId);
    if (Status done = m_visitor.execute(); !done)
        return done.error();
    ++m_nextVisitor;
    return id;
}

Result<qint64> TrackingWriter::addSession(const SessionRecord& s)
{
    if (!m_error.isEmpty())
        return Error{ErrorCode::Database, m_error};
    auto landing = s.landingUrlId ? Result<qint64>(s.landingUrlId) : urlId(s.landingUrl);
    if (!landing)
        return landing.error();
    auto referrer = s.referrerUrlId ? Result<qint64>(s.referrerUrlId) : urlId(s.referrer);
    if (!referrer)
        return referrer.error();
    const qint64 id = m_nextSession;
    m_session.bind(1, id)
        .bind(2, s.visitorId)
        .bind(3, s.externalId)
        .bind(4, s.startedAt)
        .bind(5, s.endedAt)
        .bind(6, *landing ? std::optional<qint64>(*landing) : std::nullopt)
        .bind(7, *referrer ? std::optional<qint64>(*referrer) : std::nullopt)
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
    if (Status done = m_session.execute(); !done)
        return done.error();
    ++m_nextSession;
    return id;
}

Status TrackingWriter::addPageView(const PageViewRecord& p)
{
    const QByteArray url = p.url.toUtf8(), title = p.title.toUtf8(), referrer = p.referrer.toUtf8(),
                     key = p.eventKey.toUtf8();
    const auto view = [](const QByteArray& bytes) {
        return std::string_view(bytes.constData(), size_t(bytes.size()));
    };
    return addPageView(
        PageViewBytes{p.sessionId, p.seq, p.ts, view(url), view(title), view(referrer), view(key)});
}

Status TrackingWriter::addPageView(const PageViewBytes& p)
{
    auto url = m_urls->idOf(p.url, p.urlKey);
    if (!url)
        return url.error();
    auto title = m_titles->idOf(p.title, p.titleKey);
    if (!title)
        return title.error();
    auto referrer = m_urls->idOf(p.referrer, p.referrerKey);
    if (!referrer)
        return referrer.error();
    m_pageView.bind(1, p.sessionId).bind(2, p.seq).bind(3, p.ts);
    if (*url)
        m_pageView.bind(4, *url);
    else
        m_pageView.bindNull(4);
    if (*title)
        m_pageView.bind(5, *title);
    else
        m_pageView.bindNull(5);
    if (*referrer)
        m_pageView.bind(6, *referrer);
    else
        m_pageView.bindNull(6);
    return m_pageView.bindUtf8(7, p.eventKey).bind(8, m_batchId).execute();
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
