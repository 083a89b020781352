#pragma once

#include "channelruleset.h"
#include "common/fingerprint.h"
#include "trackingrow.h"
#include "trafficsource.h"

#include <string>
#include <unordered_map>

namespace leadloop {

struct SessionRecord;
struct TrackingRowKeys;

/// The fields that decide a session's source, copied from its earliest page view so far.
struct SessionSourceRow
{
    bool set = false;
    bool isPageView = false;
    qint64 ts = 0;
    std::string url, referrer, session, channel, source, medium, campaign, term, content;
    std::array<std::string, AdClickIds.size()> clickIds; ///< mapped columns, by AdClickIds
    Fingerprint referrerKey;

    /// Keeps the earliest page view; rows of other kinds only until a page view arrives.
    void consider(const TrackingRow& row, const TrackingRowKeys& keys);
};

/// Decides a new session's traffic source and channel from its earliest row (docs/channels.md):
/// the file's own source and channel columns when the import says they decide, else the URL's
/// campaign parameters and the referrer. Sessions share few combinations of campaign parameters
/// and referrer host, so each is resolved and classified once.
class SessionClassifier final
{
public:
    SessionClassifier(const TrafficSourceResolver& sources, const ChannelRuleSet& channels,
                      const SessionRules& rules);

    /// Fills the source, channel, click id and external id of `session`.
    void classify(const SessionSourceRow& row, const std::string& externalId,
                  SessionRecord& session);

private:
    struct Resolved
    {
        TrafficSource source;
        ChannelMatch channel;
    };
    struct FingerprintHash
    {
        size_t operator()(const Fingerprint& key) const { return size_t(key.a); }
    };

    const TrafficSourceResolver& m_sources;
    const ChannelRuleSet& m_channels;
    const SessionRules& m_rules;
    std::unordered_map<Fingerprint, Resolved, FingerprintHash> m_resolved;
};

} // namespace leadloop
