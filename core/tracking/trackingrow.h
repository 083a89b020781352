#pragma once

#include "common/fingerprint.h"

#include <array>
#include <optional>
#include <QString>
#include <string_view>

namespace leadloop {

/// The ad click ids a session keeps for the ad platforms (docs/ad-platforms.md), in the order of
/// TrackingField's click id fields.
inline constexpr std::array<std::string_view, 7> AdClickIds = {
    "gclid", "gbraid", "wbraid", "msclkid", "fbclid", "li_fat_id", "ttclid"};

/// How rows become sessions (docs/tracking.md, "Sessions").
struct SessionRules
{
    qint64 timeoutMs = 30 * 60'000;
    bool useSessionIds = false; ///< the data's own session id decides; nothing else splits
    bool channelGiven = false;  ///< the row's channel column is the channel
    bool sourceGiven = false;   ///< the row's source/medium/campaign columns are the source
    bool dedupeByEventId = false;
};

/// Hashes of a row that session building needs, computed where the row is parsed (on the
/// reading thread) so the writing thread does not have to.
struct TrackingRowKeys
{
    quint64 visitor = 0;  ///< hash of the cookie id
    quint64 campaign = 0; ///< the campaign identity that splits sessions; 0 for none
    quint64 dedupe = 0;   ///< the row's identity for duplicate checks
    Fingerprint url, title, referrer;
};

/// One tracking row after mapping and parsing: views into the reader's buffer (valid for the
/// current row only), a UTC time in milliseconds and the row's kind.
struct TrackingRow
{
    qint64 line = 0;
    qint64 ts = 0;
    std::string_view visitor;
    std::string_view url;
    std::string_view referrer;
    std::string_view title;
    std::string_view event; ///< empty for a plain page view
    std::string_view eventId;
    std::string_view session;
    std::string_view channel;
    std::string_view source;
    std::string_view medium;
    std::string_view campaign;
    std::string_view term;
    std::string_view content;
    std::string_view email;
    std::string_view userId;
    std::string_view currency;
    std::array<std::string_view, AdClickIds.size()> clickIds; ///< mapped columns, by AdClickIds
    /// Consent to ad measurement (AdConsent's words), as the row's columns say.
    std::string_view consentAdUserData, consentAdPersonalization;
    std::optional<qint64> valueCents;
    QString valueWarning; ///< set when a value was present but unreadable
    bool isPageView = true;
    bool isConversion = false;
    const TrackingRowKeys* keys = nullptr; ///< precomputed hashes, when the reader gives them
    /// Cookie hashes of the rows 24, 16 and 8 places further on (0: unknown), when the reader
    /// has them: session building fetches their visitors into the cache ahead of time.
    std::array<quint64, 3> visitorsAhead{};
};

} // namespace leadloop
