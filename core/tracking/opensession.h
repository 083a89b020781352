#pragma once

#include "common/fingerprint.h"
#include "sessionclassifier.h"
#include "store/trackingrecords.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace leadloop {

/// Where a buffered row's text sits in its session's arena.
struct ArenaSpan
{
    quint32 offset = 0;
    quint32 size = 0;
};

/// A row waiting for its session to close; its text lives in the session's arena.
struct BufferedRow
{
    qint64 ts = 0;
    bool isPageView = true;
    bool isConversion = false;
    std::optional<qint64> valueCents;
    ArenaSpan url, title, referrer, event, eventKey, email, userId, currency;
    Fingerprint urlKey, titleKey, referrerKey;
    quint64 key = 0; // for duplicate checks
};

/// A session that SessionBuilder is still collecting rows for: its rows wait, with their text
/// back to back in one arena, until the session closes and is written whole. Emptied sessions
/// are reused, so that their buffers keep their capacity.
struct OpenSession
{
    int visitor = -1;
    qint64 existingId = 0; // a stored session these rows continue
    int nextSeq = -1;      // its next page view's seq, when known
    qint64 startedAt = 0;
    qint64 endedAt = 0;
    std::string externalId;
    quint64 campaignKey = 0;
    SessionSourceRow sourceRow; // decides source and channel of a new session when it closes
    SessionRecord record;
    std::string arena; // the buffered rows' text, back to back
    std::vector<BufferedRow> rows;

    /// Buffers a row of this session and widens the session's time span to it.
    void append(const TrackingRow& row, const TrackingRowKeys& keys);
    /// Empties the session for reuse; its buffers keep their capacity.
    void clear();

    std::string_view view(ArenaSpan span) const
    {
        return std::string_view(arena.data() + span.offset, span.size);
    }
    QString text(ArenaSpan span) const
    {
        return span.size ? QString::fromUtf8(arena.data() + span.offset, qsizetype(span.size))
                         : QString();
    }

private:
    ArenaSpan put(std::string_view value)
    {
        const ArenaSpan span{quint32(arena.size()), quint32(value.size())};
        arena.append(value);
        return span;
    }
};

} // namespace leadloop
