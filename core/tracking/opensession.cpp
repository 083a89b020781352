#include "opensession.h"

#include "common/emailaddress.h"

#include <algorithm>

namespace leadloop {

void OpenSession::append(const TrackingRow& row, const TrackingRowKeys& keys)
{
    if (!existingId)
        sourceRow.consider(row, keys); // a session's source is that of its earliest page view
    startedAt = std::min(startedAt, row.ts);
    endedAt = std::max(endedAt, row.ts);
    BufferedRow& b = rows.emplace_back();
    b.ts = row.ts;
    b.isPageView = row.isPageView;
    b.isConversion = row.isConversion;
    b.url = put(row.url);
    b.urlKey = keys.url;
    b.key = keys.dedupe;
    b.titleKey = keys.title;
    b.referrerKey = keys.referrer;
    b.title = put(row.title);
    b.referrer = put(row.referrer);
    b.event = put(row.event);
    b.eventKey = put(row.eventId);
    if (!row.email.empty()) {
        const QString email = QString::fromUtf8(row.email.data(), qsizetype(row.email.size()));
        b.email = put(normalizedEmail(email).toStdString());
    }
    b.userId = put(row.userId);
    b.currency = put(row.currency);
    b.valueCents = row.valueCents;
}

void OpenSession::clear()
{
    existingId = 0;
    nextSeq = -1;
    externalId.clear();
    sourceRow.set = false;
    // record keeps its strings: every field is set again before the next session is written.
    arena.clear();
    rows.clear();
}

} // namespace leadloop
