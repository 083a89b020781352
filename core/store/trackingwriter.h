#pragma once

#include "common/result.h"
#include "statement.h"
#include "trackingrecords.h"

namespace leadloop {

class Database;

/// Appends visitors, sessions, page views and events for one import batch through reused
/// prepared statements. The caller owns the transaction; each call returns the new row id.
class TrackingWriter final
{
    Q_DISABLE_COPY_MOVE(TrackingWriter)

public:
    TrackingWriter(Database& db, qint64 batchId);

    Result<qint64> addVisitor(const VisitorRecord& visitor);
    Result<qint64> addSession(const SessionRecord& session);
    Result<qint64> addPageView(const PageViewRecord& pageView);
    Result<qint64> addEvent(const EventRecord& event);

    /// A page view as UTF-8 views, for bulk imports (no conversion to QString).
    struct PageViewBytes
    {
        qint64 sessionId = 0;
        qint64 visitorId = 0;
        qint64 ts = 0;
        std::string_view url, path, title, referrer, eventKey;
    };
    Result<qint64> addPageView(const PageViewBytes& pageView);

private:
    qint64 m_batchId;
    Statement m_visitor;
    Statement m_session;
    Statement m_pageView;
    Statement m_event;
};

} // namespace leadloop
