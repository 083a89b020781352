#include "sessionclassifier.h"

#include "store/trackingrecords.h"
#include "urlparser.h"

using namespace Qt::StringLiterals;

namespace leadloop {

void SessionSourceRow::consider(const TrackingRow& row, const TrackingRowKeys& keys)
{
    const bool better = !set || (row.isPageView && (!isPageView || row.ts < ts)) ||
                        (!row.isPageView && !isPageView && row.ts < ts);
    if (!better)
        return;
    set = true;
    isPageView = row.isPageView;
    ts = row.ts;
    url = row.url;
    referrer = row.referrer;
    referrerKey = keys.referrer;
    session = row.session;
    channel = row.channel;
    source = row.source;
    medium = row.medium;
    campaign = row.campaign;
    term = row.term;
    content = row.content;
    for (size_t i = 0; i < clickIds.size(); ++i)
        clickIds[i] = row.clickIds[i];
}

SessionClassifier::SessionClassifier(const TrafficSourceResolver& sources,
                                     const ChannelRuleSet& channels, const SessionRules& rules)
    : m_sources(sources)
    , m_channels(channels)
    , m_rules(rules)
{}

void SessionClassifier::classify(const SessionSourceRow& row, const std::string& externalId,
                                 SessionRecord& s)
{
    CampaignParams params = parseCampaignParams(row.url);
    for (size_t i = 0; i < row.clickIds.size(); ++i)
        addClickId(params, AdClickIds[i], row.clickIds[i]);
    const bool channelGiven = m_rules.channelGiven && !row.channel.empty();
    TrafficSource given;
    const TrafficSource* source = &given;
    QString clickId = QString::fromStdString(params.clickId);
    if (m_rules.sourceGiven &&
        (!row.source.empty() || !row.medium.empty() || !row.campaign.empty())) {
        given.source = row.source.empty() ? u"(not set)"_s : QString::fromStdString(row.source);
        given.medium = row.medium.empty() ? u"(not set)"_s : QString::fromStdString(row.medium);
        given.campaign = QString::fromStdString(row.campaign);
        given.term = QString::fromStdString(row.term);
        given.content = QString::fromStdString(row.content);
        given.clickIdType = QString::fromStdString(params.clickIdType);
        given.referrerHost = m_sources.resolve({}, row.referrer).referrerHost;
        if (!channelGiven) {
            const ChannelMatch match =
                m_channels.classify({given.source, given.medium, given.campaign, given.clickIdType,
                                     given.referrerHost});
            s.channel = match.channel;
            s.channelRule = match.rule;
        }
    } else {
        // Many sessions share their campaign parameters and referrer host: resolve and classify
        // each combination once. The click id is the session's own.
        std::string key;
        for (const std::string* part :
             {&params.source, &params.medium, &params.campaign, &params.term, &params.content,
              &params.utmId, &params.clickIdType}) {
            key += *part;
            key += '\x1f';
        }
        key += splitUrl(row.referrer).host;
        const Fingerprint fingerprint = Fingerprint::of(key);
        auto known = m_resolved.find(fingerprint);
        if (known == m_resolved.end()) {
            if (m_resolved.size() >= 100000)
                m_resolved.clear();
            Resolved resolved;
            resolved.source = m_sources.resolve(params, row.referrer);
            resolved.source.clickId.clear();
            const TrafficSource& r = resolved.source;
            resolved.channel = m_channels.classify(
                {r.source, r.medium, r.campaign, r.clickIdType, r.referrerHost});
            known = m_resolved.emplace(fingerprint, std::move(resolved)).first;
        }
        source = &known->second.source;
        if (!channelGiven) {
            s.channel = known->second.channel.channel;
            s.channelRule = known->second.channel.rule;
        }
    }
    s.externalId = externalId.empty() ? QString() : QString::fromStdString(externalId);
    s.referrerHost = source->referrerHost;
    s.source = source->source;
    s.medium = source->medium;
    s.campaign = source->campaign;
    s.term = source->term;
    s.content = source->content;
    s.utmId = source->utmId;
    s.clickIdType = source->clickIdType;
    s.clickId = clickId;
    // Every click id, for the ad platforms: the URL's, then mapped columns of types it lacks.
    s.clickIds.clear();
    for (const auto& [type, value] : params.clickIds)
        s.clickIds.emplace_back(QString::fromStdString(type), QString::fromStdString(value));
    if (channelGiven) {
        s.channel = QString::fromStdString(row.channel);
        s.channelRule = u"given"_s;
    }
}

} // namespace leadloop
