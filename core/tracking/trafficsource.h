#pragma once

#include "channelruleset.h"
#include "urlparser.h"

#include <QStringList>

namespace leadloop {

/// Where a session came from, before channel classification.
struct TrafficSource
{
    QString source;
    QString medium;
    QString campaign;
    QString term;
    QString content;
    QString utmId;
    QString clickIdType;
    QString clickId;
    QString referrerHost; ///< normalised; empty for an internal or missing referrer
    QString basis;        ///< what decided it: campaign, click_id, referrer, direct
};

/// Decides a session's source and medium from its first row (docs/tracking.md, "Source and
/// medium"): campaign parameters first, then a click id, then the referrer's host (search
/// engines give organic, social sites social, other sites referral; the site's own hosts are not
/// referrers), else (direct) / (none).
class TrafficSourceResolver final
{
public:
    /// `siteHosts` are the tracked site's own hosts; their subdomains count too.
    TrafficSourceResolver(const ChannelRuleSet& rules, QStringList siteHosts);

    TrafficSource resolve(const CampaignParams& params, std::string_view referrerUrl) const;
    bool isSiteHost(const QString& normalizedHost) const;
    /// The search engine a host belongs to ("google" for google.co.uk), or empty.
    QString searchEngineOf(const QString& normalizedHost) const;

private:
    const ChannelRuleSet& m_rules;
    QStringList m_siteHosts;
};

} // namespace leadloop
