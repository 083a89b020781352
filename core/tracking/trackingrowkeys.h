#pragma once

#include "trackingrow.h"

#include <string>
#include <string_view>

namespace leadloop {

/// The hashes that session building compares rows by (TrackingRowKeys): the cookie, the
/// campaign identity that splits sessions, the row's identity for duplicate checks, and the
/// fingerprints of its URL, title and referrer. Pure functions, so a reader thread can compute
/// them ahead.
class RowKeys final
{
public:
    /// The previous row's URL and its fingerprint: the next row's referrer is often that URL.
    struct Cache
    {
        std::string url;
        Fingerprint urlKey;
    };

    /// Every key of a row; pass the same cache for consecutive rows to skip rehashing.
    static TrackingRowKeys of(const TrackingRow& row, const SessionRules& rules,
                              Cache* cache = nullptr);
    /// A row's identity for duplicate checks: its time, URL and kind ("pv" or the event name).
    static quint64 rowKey(qint64 ts, quint64 urlHash, std::string_view kind);
    /// The campaign identity of a row (0: none): given columns, else the URL's UTM parameters.
    static quint64 campaignKey(const TrackingRow& row, bool sourceGiven);
    static quint64 campaignHash(std::string_view source, std::string_view medium,
                                std::string_view campaign, std::string_view term,
                                std::string_view content);
    /// The identity of a source event id.
    static quint64 eventIdKey(std::string_view eventId);
};

} // namespace leadloop
