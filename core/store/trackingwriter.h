#pragma once

#include "common/result.h"
#include "statement.h"
#include "textdictionary.h"
#include "trackingrecords.h"

#include <memory>

namespace leadloop {

class Database;

/// Appends visitors, sessions, page views and events for one import batch through reused
/// prepared statements. Visitors and sessions get their ids here, in order, so rows can refer to
/// them before anything is read back; URLs and page titles go through their dictionaries.
/// The caller owns the transaction and is the workspace's only writer.
class TrackingWriter final
{
    Q_DISABLE_COPY_MOVE(TrackingWriter)

public:
    /// urlParts gives the host and path stored beside each new URL (urlHostAndPath()).
    TrackingWriter(Database& db, qint64 batchId, TextDictionary::Derive urlParts);
    ~TrackingWriter();

    Result<qint64> addVisitor(const VisitorRecord& visitor);
    Result<qint64> addSession(const SessionRecord& session);
    Status addPageView(const PageViewRecord& pageView);
    Result<qint64> addEvent(const EventRecord& event);

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

    /// The id of a URL's row in the urls table (0 for an empty URL).
    Result<qint64> urlId(std::string_view url) { return m_urls->idOf(url); }
    /// The id of the session the next addSession() creates.
    qint64 nextSessionId() const { return m_nextSession; }

private:
    Result<qint64> urlId(const QString& url);

    qint64 m_batchId;
    qint64 m_nextVisitor = 1;
    qint64 m_nextSession = 1;
    QString m_error;
    std::unique_ptr<TextDictionary> m_urls;
    std::unique_ptr<TextDictionary> m_titles;
    Statement m_visitor;
    Statement m_session;
    Statement m_pageView;
    Statement m_event;
};

} // namespace leadloop
