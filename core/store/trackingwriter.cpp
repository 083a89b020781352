#include "trackingwriter.h"

#include "database.h"

using namespace Qt::StringLiterals;

namespace leadloop {

namespace {

constexpr size_t BlockRows = 16384;    // rows handed to the worker at a time
constexpr size_t BlocksQueued = 3;     // at most this many wait, so memory stays flat
constexpr int PageViewsPerInsert = 32; // one statement per 32 rows runs the VM far less often

std::string pageViewInsert(int rows)
{
    std::string sql = "INSERT INTO pageviews (session_id, seq, ts, url_id, title_id, "
                      "referrer_url_id, event_key, batch_id) VALUES ";
    for (int r = 0; r < rows; ++r)
        sql += r ? ", (?, ?, ?, ?, ?, ?, ?, ?)" : "(?, ?, ?, ?, ?, ?, ?, ?)";
    return sql;
}

std::optional<qint64> idOrNull(qint64 id)
{
    return id ? std::optional<qint64>(id) : std::nullopt;
}

} // namespace

/// Rows waiting to be written, by table.
struct TrackingWriter::Block
{
    struct Visitor
    {
        qint64 id;
        QString cookie;
        qint64 firstSeen, lastSeen;
    };
    struct Touch
    {
        qint64 id, firstSeen, lastSeen;
    };
    struct Extend
    {
        qint64 id, startedAt, endedAt;
        int pageviews, events, conversions;
    };
    struct PageView
    {
        qint64 sessionId;
        int seq;
        qint64 ts, urlId, titleId, referrerId;
        std::string eventKey;
    };
    struct Text
    {
        qint64 id;
        qint64 key;
        std::string text;
    };
    std::vector<Text> urls, titles;
    std::vector<Visitor> visitors;
    std::vector<std::pair<qint64, SessionRecord>> sessions;
    std::vector<PageView> pageViews;
    std::vector<EventRecord> events;
    std::vector<Touch> touches;
    std::vector<Extend> extends;
    size_t rows = 0;

    void clear()
    {
        urls.clear();
        titles.clear();
        visitors.clear();
        sessions.clear();
        pageViews.clear();
        events.clear();
        touches.clear();
        extends.clear();
        rows = 0;
    }
};

TrackingWriter::TrackingWriter(Database& db, qint64 batchId,
                               std::function<std::vector<std::string>(std::string_view)> urlParts,
                               Mode mode)
    : m_batchId(batchId)
    , m_urlParts(std::move(urlParts))
    , m_block(std::make_unique<Block>())
    , m_urls(db, "urls", "url",
             [this](qint64 id, qint64 key, std::string_view text) {
                 m_block->urls.push_back({id, key, std::string(text)});
                 ++m_block->rows;
                 return submit();
             })
    , m_titles(db, "page_titles", "title",
               [this](qint64 id, qint64 key, std::string_view text) {
                   m_block->titles.push_back({id, key, std::string(text)});
                   ++m_block->rows;
                   return submit();
               })
    , m_visitor(db.handle(), "INSERT INTO visitors (id, cookie_id, first_seen, last_seen, "
                             "batch_id) VALUES (?1, ?2, ?3, ?4, ?5)")
    , m_touchVisitor(db.handle(), "UPDATE visitors SET first_seen = min(first_seen, ?2), "
                                  "last_seen = max(last_seen, ?3) WHERE id = ?1")
    , m_session(db.handle(),
                "INSERT INTO sessions (id, visitor_id, external_id, started_at, ended_at, "
                "landing_url_id, referrer_url_id, referrer_host, source, medium, campaign, term, "
                "content, utm_id, click_id_type, click_id, channel, channel_rule, pageviews, "
                "events, conversions, batch_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, "
                "?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22)")
    , m_extendSession(db.handle(),
                      "UPDATE sessions SET started_at = min(started_at, ?2), ended_at = "
                      "max(ended_at, ?3), pageviews = pageviews + ?4, events = events + ?5, "
                      "conversions = conversions + ?6 WHERE id = ?1")
    , m_pageView(db.handle(), pageViewInsert(1).c_str())
    , m_pageViews(db.handle(), pageViewInsert(PageViewsPerInsert).c_str())
    , m_event(db.handle(),
              "INSERT INTO events (session_id, visitor_id, ts, name, event_key, is_conversion, "
              "value_cents, currency, email, user_id, url, batch_id) VALUES (?1, ?2, ?3, ?4, ?5, "
              "?6, ?7, ?8, ?9, ?10, ?11, ?12)")
    , m_url(db.handle(), "INSERT INTO urls (id, key, url, host, path) VALUES (?1, ?5, ?2, ?3, ?4)")
    , m_title(db.handle(), "INSERT INTO page_titles (id, key, title) VALUES (?1, ?3, ?2)")
    , m_background(mode == Mode::Background)
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

TrackingWriter::~TrackingWriter()
{
    abandon();
}

void TrackingWriter::abandon()
{
    if (m_worker.joinable()) {
        {
            std::lock_guard lock(m_mutex);
            m_closing = true;
            m_queue.clear(); // abandoned: the caller rolls the transaction back
        }
        m_queued.notify_all();
        m_worker.join();
    }
}

Status TrackingWriter::failure() const
{
    if (!m_error.isEmpty())
        return Error{ErrorCode::Database, m_error};
    std::lock_guard lock(m_mutex);
    if (!m_workerError.isEmpty())
        return Error{ErrorCode::Database, m_workerError};
    return {};
}

Status TrackingWriter::submit()
{
    if (!m_background) {
        Status written = write(*m_block);
        m_block->clear();
        return written;
    }
    if (m_block->rows < BlockRows)
        return {};
    {
        std::unique_lock lock(m_mutex);
        if (!m_worker.joinable())
            m_worker = std::thread([this] { work(); });
        m_done.wait(lock, [this] { return m_queue.size() < BlocksQueued; });
        m_queue.push_back(std::move(m_block));
        if (m_spare.empty()) {
            m_block = std::make_unique<Block>();
        } else {
            m_block = std::move(m_spare.back());
            m_spare.pop_back();
        }
        if (!m_workerError.isEmpty())
            return Error{ErrorCode::Database, m_workerError};
    }
    m_queued.notify_one();
    return {};
}

void TrackingWriter::work()
{
    while (true) {
        std::unique_ptr<Block> block;
        {
            std::unique_lock lock(m_mutex);
            m_queued.wait(lock, [this] { return m_closing || !m_queue.empty(); });
            if (m_queue.empty())
                return; // closing, and everything is written
            block = std::move(m_queue.front());
            m_queue.pop_front();
        }
        const bool failed = [this] {
            std::lock_guard lock(m_mutex);
            return !m_workerError.isEmpty();
        }();
        Status written = failed ? Status() : write(*block);
        block->clear();
        {
            std::lock_guard lock(m_mutex);
            if (!written && m_workerError.isEmpty())
                m_workerError = written.error().message;
            m_spare.push_back(std::move(block));
        }
        m_done.notify_all();
    }
}

Status TrackingWriter::finish()
{
    if (!m_background)
        return failure();
    {
        std::unique_lock lock(m_mutex);
        if (m_block->rows) {
            if (!m_worker.joinable())
                m_worker = std::thread([this] { work(); });
            m_queue.push_back(std::move(m_block));
            m_block = std::make_unique<Block>();
        }
        m_closing = true;
    }
    m_queued.notify_all();
    if (m_worker.joinable())
        m_worker.join();
    m_background = false; // the connection is the caller's again
    return failure();
}

Status TrackingWriter::write(Block& b)
{
    for (const Block::Text& u : b.urls) {
        const std::vector<std::string> parts = m_urlParts(u.text);
        m_url.bind(1, u.id).bindUtf8(2, u.text).bind(5, u.key);
        for (size_t i = 0; i < parts.size() && i < 2; ++i)
            m_url.bindUtf8(int(i) + 3, parts[i]);
        if (Status done = m_url.execute(); !done)
            return done;
    }
    for (const Block::Text& t : b.titles)
        if (Status done = m_title.bind(1, t.id).bindUtf8(2, t.text).bind(3, t.key).execute(); !done)
            return done;
    for (const Block::Visitor& v : b.visitors) {
        m_visitor.bind(1, v.id).bind(2, v.cookie).bind(3, v.firstSeen).bind(4, v.lastSeen);
        if (Status done = m_visitor.bind(5, m_batchId).execute(); !done)
            return done;
    }
    for (const auto& [id, s] : b.sessions) {
        m_session.bind(1, id)
            .bind(2, s.visitorId)
            .bind(3, s.externalId)
            .bind(4, s.startedAt)
            .bind(5, s.endedAt)
            .bind(6, idOrNull(s.landingUrlId))
            .bind(7, idOrNull(s.referrerUrlId))
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
            return done;
    }
    const auto bindPageView = [this](Statement& statement, int first, const Block::PageView& p) {
        statement.bind(first + 1, p.sessionId)
            .bind(first + 2, p.seq)
            .bind(first + 3, p.ts)
            .bind(first + 4, idOrNull(p.urlId))
            .bind(first + 5, idOrNull(p.titleId))
            .bind(first + 6, idOrNull(p.referrerId))
            .bindUtf8(first + 7, p.eventKey)
            .bind(first + 8, m_batchId);
    };
    size_t next = 0;
    for (; next + PageViewsPerInsert <= b.pageViews.size(); next += PageViewsPerInsert) {
        for (int r = 0; r < PageViewsPerInsert; ++r)
            bindPageView(m_pageViews, 8 * r, b.pageViews[next + size_t(r)]);
        if (Status done = m_pageViews.execute(); !done)
            return done;
    }
    for (; next < b.pageViews.size(); ++next) {
        bindPageView(m_pageView, 0, b.pageViews[next]);
        if (Status done = m_pageView.execute(); !done)
            return done;
    }
    for (const EventRecord& e : b.events) {
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
        if (Status done = m_event.execute(); !done)
            return done;
    }
    for (const Block::Touch& t : b.touches)
        if (Status done =
                m_touchVisitor.bind(1, t.id).bind(2, t.firstSeen).bind(3, t.lastSeen).execute();
            !done)
            return done;
    for (const Block::Extend& x : b.extends) {
        m_extendSession.bind(1, x.id).bind(2, x.startedAt).bind(3, x.endedAt).bind(4, x.pageviews);
        if (Status done = m_extendSession.bind(5, x.events).bind(6, x.conversions).execute(); !done)
            return done;
    }
    return {};
}

Result<qint64> TrackingWriter::urlId(const QString& url)
{
    if (url.isEmpty())
        return 0;
    const QByteArray utf8 = url.toUtf8();
    return m_urls.idOf(std::string_view(utf8.constData(), size_t(utf8.size())));
}

Result<qint64> TrackingWriter::addVisitor(const VisitorRecord& v, qint64 id)
{
    if (Status failed = failure(); !failed)
        return failed.error();
    if (!id)
        id = m_nextVisitor++;
    m_block->visitors.push_back({id, v.cookieId, v.firstSeen, v.lastSeen});
    ++m_block->rows;
    if (Status submitted = submit(); !submitted)
        return submitted.error();
    return id;
}

Status TrackingWriter::touchVisitor(qint64 id, qint64 firstSeen, qint64 lastSeen)
{
    m_block->touches.push_back({id, firstSeen, lastSeen});
    ++m_block->rows;
    return submit();
}

Result<qint64> TrackingWriter::addSession(const SessionRecord& s)
{
    if (Status failed = failure(); !failed)
        return failed.error();
    SessionRecord session = s;
    if (!session.landingUrlId) {
        auto landing = urlId(s.landingUrl);
        if (!landing)
            return landing.error();
        session.landingUrlId = *landing;
    }
    if (!session.referrerUrlId) {
        auto referrer = urlId(s.referrer);
        if (!referrer)
            return referrer.error();
        session.referrerUrlId = *referrer;
    }
    const qint64 id = m_nextSession++;
    m_block->sessions.emplace_back(id, std::move(session));
    ++m_block->rows;
    if (Status submitted = submit(); !submitted)
        return submitted.error();
    return id;
}

Status TrackingWriter::extendSession(qint64 id, qint64 startedAt, qint64 endedAt, int pageviews,
                                     int events, int conversions)
{
    m_block->extends.push_back({id, startedAt, endedAt, pageviews, events, conversions});
    ++m_block->rows;
    return submit();
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
    auto url = m_urls.idOf(p.url, p.urlKey);
    if (!url)
        return url.error();
    auto title = m_titles.idOf(p.title, p.titleKey);
    if (!title)
        return title.error();
    auto referrer = m_urls.idOf(p.referrer, p.referrerKey);
    if (!referrer)
        return referrer.error();
    m_block->pageViews.push_back(
        {p.sessionId, p.seq, p.ts, *url, *title, *referrer, std::string(p.eventKey)});
    ++m_block->rows;
    return submit();
}

Status TrackingWriter::addEvent(const EventRecord& e)
{
    m_block->events.push_back(e);
    ++m_block->rows;
    return submit();
}

} // namespace leadloop
