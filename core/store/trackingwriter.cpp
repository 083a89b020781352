#include "trackingwriter.h"

#include "common/utf8.h"
#include "database.h"

#include <array>

using namespace Qt::StringLiterals;

namespace leadloop {

namespace {

constexpr size_t BlockRows = 16384; // rows handed to the worker at a time
constexpr size_t BlocksQueued = 3;  // at most this many wait, so memory stays flat
constexpr int WritebackBlocks = 8;  // about 8 MB of pages
// Rows per INSERT statement: one statement for many rows runs the VM's per-statement work
// (start, transaction checks, halt, reset) once for all of them.
constexpr int PageViewsPerInsert = 32;
constexpr int SessionsPerInsert = 16;
constexpr int VisitorsPerInsert = 64;
constexpr int TextsPerInsert = 32;

constexpr const char* PageViewColumns = "pageviews (session_id, seq, ts, url_id, title_id, "
                                        "referrer_url_id, event_key, batch_id)";
constexpr const char* SessionColumns =
    "sessions (id, visitor_id, external_id, started_at, ended_at, landing_url_id, "
    "referrer_url_id, referrer_host, source, medium, campaign, term, content, utm_id, "
    "click_id_type, click_id, channel, channel_rule, pageviews, events, conversions, batch_id)";
constexpr const char* VisitorColumns = "visitors (id, cookie_id, first_seen, last_seen, batch_id)";
constexpr const char* UrlColumns = "urls (id, key, url, host, path)";
constexpr const char* TitleColumns = "page_titles (id, key, title)";

/// INSERT INTO `table` VALUES with `rows` groups of `columns` positional parameters.
std::string multiRowInsert(const char* table, int columns, int rows)
{
    std::string group = "(?";
    for (int c = 1; c < columns; ++c)
        group += ", ?";
    group += ")";
    std::string sql = std::string("INSERT INTO ") + table + " VALUES ";
    for (int r = 0; r < rows; ++r)
        sql += r ? ", " + group : group;
    return sql;
}

/// Writes `rows` through `many` (perStatement rows at a time) and the rest through `one`;
/// bind(statement, offset, row) binds one row's parameters after `offset`.
template <typename Row, typename Bind>
Status writeRows(const std::vector<Row>& rows, Statement& many, int perStatement, Statement& one,
                 int columns, Bind bind)
{
    size_t next = 0;
    for (; next + size_t(perStatement) <= rows.size(); next += size_t(perStatement)) {
        for (int r = 0; r < perStatement; ++r)
            bind(many, columns * r, rows[next + size_t(r)]);
        if (Status done = many.executeRebound(); !done)
            return done;
    }
    for (; next < rows.size(); ++next) {
        bind(one, 0, rows[next]);
        if (Status done = one.executeRebound(); !done)
            return done;
    }
    return {};
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
        quint32 cookieOffset, cookieSize; // UTF-8 in visitorText
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
    /// A session's text as UTF-8 in sessionText (converted on the caller's thread, so no
    /// QString is shared with the worker); a negative size stands for NULL.
    struct TextSpan
    {
        quint32 offset = 0;
        qint32 size = -1;
    };
    struct Session
    {
        qint64 id, visitorId, startedAt, endedAt, landingUrlId, referrerUrlId;
        int pageviews, events, conversions;
        // external id, referrer host, source, medium, campaign, term, content, utm id,
        // click id type, click id, channel, channel rule
        std::array<TextSpan, 12> text;
    };
    std::vector<Session> sessions;
    std::string sessionText;
    struct ClickId
    {
        qint64 sessionId;
        std::string kind, value;
    };
    std::vector<ClickId> clickIds;
    struct Consent
    {
        qint64 visitorId;
        const char *signal, *state;
        qint64 at;
    };
    std::vector<Consent> consents;
    std::string visitorText;
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
        sessionText.clear();
        clickIds.clear();
        consents.clear();
        visitorText.clear();
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
    , m_db(db)
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
    , m_visitor(db.handle(), multiRowInsert(VisitorColumns, 5, 1).c_str())
    , m_visitors(db.handle(), multiRowInsert(VisitorColumns, 5, VisitorsPerInsert).c_str())
    , m_touchVisitor(db.handle(), "UPDATE visitors SET first_seen = min(first_seen, ?2), "
                                  "last_seen = max(last_seen, ?3) WHERE id = ?1")
    , m_session(db.handle(), multiRowInsert(SessionColumns, 22, 1).c_str())
    , m_sessions(db.handle(), multiRowInsert(SessionColumns, 22, SessionsPerInsert).c_str())
    , m_clickId(db.handle(), "INSERT OR IGNORE INTO session_click_ids (session_id, kind, value) "
                             "VALUES (?1, ?2, ?3)")
    , m_consent(db.handle(), "INSERT INTO consent_events (visitor_id, signal, state, source, at, "
                             "batch_id) VALUES (?1, ?2, ?3, 'tracking', ?4, ?5)")
    , m_extendSession(db.handle(),
                      "UPDATE sessions SET started_at = min(started_at, ?2), ended_at = "
                      "max(ended_at, ?3), pageviews = pageviews + ?4, events = events + ?5, "
                      "conversions = conversions + ?6 WHERE id = ?1")
    , m_pageView(db.handle(), multiRowInsert(PageViewColumns, 8, 1).c_str())
    , m_pageViews(db.handle(), multiRowInsert(PageViewColumns, 8, PageViewsPerInsert).c_str())
    , m_event(db.handle(),
              "INSERT INTO events (session_id, visitor_id, ts, name, event_key, is_conversion, "
              "value_cents, currency, email, user_id, url, batch_id) VALUES (?1, ?2, ?3, ?4, ?5, "
              "?6, ?7, ?8, ?9, ?10, ?11, ?12)")
    , m_url(db.handle(), multiRowInsert(UrlColumns, 5, 1).c_str())
    , m_urlsMany(db.handle(), multiRowInsert(UrlColumns, 5, TextsPerInsert).c_str())
    , m_title(db.handle(), multiRowInsert(TitleColumns, 3, 1).c_str())
    , m_titlesMany(db.handle(), multiRowInsert(TitleColumns, 3, TextsPerInsert).c_str())
    , m_background(mode == Mode::Background)
{
    if (m_background)
        m_writeback = std::make_unique<Writeback>(db.path());
    auto visitors = db.scalar(u"SELECT coalesce(max(id), 0) FROM visitors"_s);
    auto sessions = db.scalar(u"SELECT coalesce(max(id), 0) FROM sessions"_s);
    if (visitors && sessions) {
        m_nextVisitor = *visitors + 1;
        m_nextSession = *sessions + 1;
    } else {
        m_error = visitors ? sessions.error() : visitors.error();
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
    if (m_error)
        return *m_error;
    std::lock_guard lock(m_mutex);
    if (m_workerError)
        return *m_workerError;
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
        if (m_workerError)
            return *m_workerError;
    }
    m_queued.notify_one();
    return {};
}

void TrackingWriter::work()
{
    // The calling thread leaves the connection alone until finish() or abandon() joins.
    HeldConnection held(m_db);
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
            return m_workerError.has_value();
        }();
        Status written = failed ? Status() : write(*block);
        block->clear();
        // A first load writes hundreds of MB; started every few MB, the disk keeps up and the
        // commit's fsync has little left (0.02 s instead of 0.11 s at 2M page views).
        if (++m_blocksWritten % WritebackBlocks == 0)
            m_writeback->start();
        {
            std::lock_guard lock(m_mutex);
            if (!written && !m_workerError)
                m_workerError = written.error();
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
    if (m_writeback)
        m_writeback->start(); // the last blocks, while the caller builds the indexes
    return failure();
}

Status TrackingWriter::write(Block& b)
{
    // Host and path are worked out here, on the writer's thread, once per new URL. bindUtf8
    // keeps pointers, so each statement's URL parts stay in `parts` until it has run.
    std::array<std::vector<std::string>, TextsPerInsert> parts;
    for (size_t next = 0; next < b.urls.size();) {
        const bool many = next + TextsPerInsert <= b.urls.size();
        Statement& st = many ? m_urlsMany : m_url;
        const int rows = many ? TextsPerInsert : 1;
        for (int r = 0; r < rows; ++r) {
            const Block::Text& u = b.urls[next + size_t(r)];
            std::vector<std::string>& part = parts[size_t(r)];
            part = m_urlParts(u.text);
            part.resize(2);
            const int first = 5 * r;
            st.bind(first + 1, u.id).bind(first + 2, u.key).bindUtf8(first + 3, u.text);
            st.bindUtf8(first + 4, part[0]).bindUtf8(first + 5, part[1]);
        }
        if (Status done = st.executeRebound(); !done)
            return done;
        next += size_t(rows);
    }
    Status done = writeRows(b.titles, m_titlesMany, TextsPerInsert, m_title, 3,
                            [](Statement& st, int first, const Block::Text& t) {
                                st.bind(first + 1, t.id).bind(first + 2, t.key);
                                st.bindUtf8(first + 3, t.text);
                            });
    if (done)
        done = writeRows(b.visitors, m_visitors, VisitorsPerInsert, m_visitor, 5,
                         [this, &b](Statement& st, int first, const Block::Visitor& v) {
                             st.bind(first + 1, v.id);
                             st.bindUtf8Text(first + 2,
                                             std::string_view(b.visitorText.data() + v.cookieOffset,
                                                              v.cookieSize));
                             st.bind(first + 3, v.firstSeen).bind(first + 4, v.lastSeen);
                             st.bind(first + 5, m_batchId);
                         });
    if (done)
        done = writeRows(b.sessions, m_sessions, SessionsPerInsert, m_session, 22,
                         [this, &b](Statement& st, int first, const Block::Session& x) {
                             const auto text = [&](int index, Block::TextSpan span) {
                                 if (span.size < 0)
                                     st.bindNull(first + index);
                                 else
                                     st.bindUtf8Text(
                                         first + index,
                                         std::string_view(b.sessionText.data() + span.offset,
                                                          size_t(span.size)));
                             };
                             st.bind(first + 1, x.id).bind(first + 2, x.visitorId);
                             text(3, x.text[0]);
                             st.bind(first + 4, x.startedAt).bind(first + 5, x.endedAt);
                             st.bind(first + 6, idOrNull(x.landingUrlId));
                             st.bind(first + 7, idOrNull(x.referrerUrlId));
                             for (int t = 1; t < 12; ++t)
                                 text(7 + t, x.text[size_t(t)]); // referrer_host … channel_rule
                             st.bind(first + 19, x.pageviews).bind(first + 20, x.events);
                             st.bind(first + 21, x.conversions).bind(first + 22, m_batchId);
                         });
    if (done)
        done = writeRows(b.pageViews, m_pageViews, PageViewsPerInsert, m_pageView, 8,
                         [this](Statement& st, int first, const Block::PageView& p) {
                             st.bind(first + 1, p.sessionId)
                                 .bind(first + 2, p.seq)
                                 .bind(first + 3, p.ts)
                                 .bind(first + 4, idOrNull(p.urlId))
                                 .bind(first + 5, idOrNull(p.titleId))
                                 .bind(first + 6, idOrNull(p.referrerId))
                                 .bindUtf8(first + 7, p.eventKey)
                                 .bind(first + 8, m_batchId);
                         });
    if (!done)
        return done;
    for (const Block::ClickId& c : b.clickIds) {
        m_clickId.bind(1, c.sessionId).bindUtf8(2, c.kind).bindUtf8(3, c.value);
        if (Status done = m_clickId.execute(); !done)
            return done;
    }
    for (const Block::Consent& c : b.consents) {
        m_consent.bind(1, c.visitorId).bindUtf8(2, c.signal).bindUtf8(3, c.state);
        if (Status done = m_consent.bind(4, c.at).bind(5, m_batchId).execute(); !done)
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
    std::string cookie;
    appendUtf8(cookie, v.cookieId);
    return addVisitor(cookie, v.firstSeen, v.lastSeen, id);
}

Result<qint64> TrackingWriter::addVisitor(std::string_view cookie, qint64 firstSeen,
                                          qint64 lastSeen, qint64 id)
{
    if (Status failed = failure(); !failed)
        return failed.error();
    if (!id)
        id = m_nextVisitor++;
    std::string& text = m_block->visitorText;
    m_block->visitors.push_back(
        {id, quint32(text.size()), quint32(cookie.size()), firstSeen, lastSeen});
    text.append(cookie);
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
    qint64 landingUrlId = s.landingUrlId;
    if (!landingUrlId) {
        auto landing = urlId(s.landingUrl);
        if (!landing)
            return landing.error();
        landingUrlId = *landing;
    }
    qint64 referrerUrlId = s.referrerUrlId;
    if (!referrerUrlId) {
        auto referrer = urlId(s.referrer);
        if (!referrer)
            return referrer.error();
        referrerUrlId = *referrer;
    }
    const qint64 id = m_nextSession++;
    Block::Session& row = m_block->sessions.emplace_back(Block::Session{id,
                                                                        s.visitorId,
                                                                        s.startedAt,
                                                                        s.endedAt,
                                                                        landingUrlId,
                                                                        referrerUrlId,
                                                                        s.pageviews,
                                                                        s.events,
                                                                        s.conversions,
                                                                        {}});
    const QString* const texts[] = {&s.externalId,  &s.referrerHost, &s.source,  &s.medium,
                                    &s.campaign,    &s.term,         &s.content, &s.utmId,
                                    &s.clickIdType, &s.clickId,      &s.channel, &s.channelRule};
    std::string& arena = m_block->sessionText;
    for (size_t t = 0; t < row.text.size(); ++t) {
        if (texts[t]->isNull())
            continue; // stays NULL
        const size_t offset = arena.size();
        appendUtf8(arena, *texts[t]);
        row.text[t] = {quint32(offset), qint32(arena.size() - offset)};
    }
    for (const auto& [kind, value] : s.clickIds)
        m_block->clickIds.push_back({id, kind.toStdString(), value.toStdString()});
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

Status TrackingWriter::addConsent(qint64 visitorId, const char* signal, const char* state,
                                  qint64 at)
{
    m_block->consents.push_back({visitorId, signal, state, at});
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
