#pragma once

#include "common/result.h"
#include "statement.h"
#include "textdictionary.h"
#include "trackingrecords.h"
#include "writeback.h"

#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace leadloop {

class Database;

/// Appends visitors, sessions, page views and events for one import batch through reused
/// prepared statements. Visitors and sessions get their ids here, in order, so rows can refer to
/// them before anything is written; URLs and page titles go through their dictionaries.
///
/// Writes run at once on the caller's thread, or, in background mode, in blocks on a worker
/// thread that owns the connection until finish(): the caller must then not touch the database
/// until finish() returns (a first load into empty tracking tables reads nothing back).
/// The caller owns the transaction and is the workspace's only writer.
class TrackingWriter final
{
    Q_DISABLE_COPY_MOVE(TrackingWriter)

public:
    enum class Mode
    {
        Immediate,
        Background
    };
    /// urlParts gives the host and path stored beside each new URL (urlHostAndPath()).
    TrackingWriter(Database& db, qint64 batchId,
                   std::function<std::vector<std::string>(std::string_view)> urlParts,
                   Mode mode = Mode::Immediate);
    /// Waits for the worker; call finish() first to learn whether everything was written.
    ~TrackingWriter();

    /// The id the next new visitor gets; addVisitor() with that id takes it.
    qint64 reserveVisitorId() { return m_nextVisitor++; }
    /// Writes a visitor; a zero id takes a new one. Returns the id.
    Result<qint64> addVisitor(const VisitorRecord& visitor, qint64 id = 0);
    /// The same with the cookie id as UTF-8 bytes (no conversion through QString).
    Result<qint64> addVisitor(std::string_view cookie, qint64 firstSeen, qint64 lastSeen,
                              qint64 id = 0);
    /// Widens a stored visitor's first and last activity.
    Status touchVisitor(qint64 id, qint64 firstSeen, qint64 lastSeen);
    Result<qint64> addSession(const SessionRecord& session);
    /// Adds page views, events and a time range to a stored session.
    Status extendSession(qint64 id, qint64 startedAt, qint64 endedAt, int pageviews, int events,
                         int conversions);
    Status addPageView(const PageViewRecord& pageView);
    Status addEvent(const EventRecord& event);
    /// What a visitor's row said of their consent to ad measurement: `signal` ad_user_data or
    /// ad_personalization, `state` granted or denied (consent_events).
    Status addConsent(qint64 visitorId, const char* signal, const char* state, qint64 at);

    /// A page view as UTF-8 views, for bulk imports (no conversion to QString).
    struct PageViewBytes
    {
        qint64 sessionId = 0;
        int seq = 0;
        qint64 ts = 0;
        std::string_view url, title, referrer, eventKey;
        /// Fingerprints of url, title and referrer when the caller has them (saves hashing).
        const Fingerprint* urlKey = nullptr;
        const Fingerprint* titleKey = nullptr;
        const Fingerprint* referrerKey = nullptr;
    };
    Status addPageView(const PageViewBytes& pageView);

    /// The id of a URL's row in the urls table (0 for an empty URL); key as for TextDictionary.
    Result<qint64> urlId(std::string_view url, const Fingerprint* key = nullptr)
    {
        return m_urls.idOf(url, key);
    }

    /// Writes what is still buffered and, in background mode, waits for the worker. The first
    /// error of any write, if there was one.
    Status finish();
    /// Drops what is buffered and stops the worker (the caller then rolls back). Called by the
    /// destructor; call it earlier when other objects on the connection go away first.
    void abandon();

private:
    struct Block;
    Result<qint64> urlId(const QString& url);
    Status submit();
    Status write(Block& block);
    void work();
    Status failure() const;

    qint64 m_batchId;
    qint64 m_nextVisitor = 1;
    qint64 m_nextSession = 1;
    std::optional<Error> m_error;
    Database& m_db;
    std::function<std::vector<std::string>(std::string_view)> m_urlParts;
    std::unique_ptr<Block> m_block; // rows not yet written
    TextDictionary m_urls;
    TextDictionary m_titles;
    Statement m_visitor;
    Statement m_visitors; // several rows at once
    Statement m_touchVisitor;
    Statement m_session;
    Statement m_sessions; // several rows at once
    Statement m_clickId;
    Statement m_consent;
    Statement m_extendSession;
    Statement m_pageView;
    Statement m_pageViews; // several rows at once
    Statement m_event;
    Statement m_url;
    Statement m_urlsMany; // several rows at once
    Statement m_title;
    Statement m_titlesMany; // several rows at once

    // Background mode: filled blocks wait in m_queue for the worker; written ones come back.
    bool m_background = false;
    mutable std::mutex m_mutex;
    std::condition_variable m_queued;
    std::condition_variable m_done;
    std::deque<std::unique_ptr<Block>> m_queue;
    std::vector<std::unique_ptr<Block>> m_spare;
    bool m_closing = false;
    std::optional<Error> m_workerError;
    std::unique_ptr<Writeback> m_writeback; // background mode: the disk starts on written pages
    int m_blocksWritten = 0;
    std::thread m_worker;
};

} // namespace leadloop
