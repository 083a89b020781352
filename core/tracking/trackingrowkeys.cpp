#include "trackingrowkeys.h"

#include "urlparser.h"

namespace leadloop {

namespace {

constexpr quint64 FnvBasis = 0xCBF29CE484222325ull;

quint64 fnv(quint64 hash, std::string_view bytes)
{
    for (unsigned char c : bytes) {
        hash ^= c;
        hash *= 0x100000001B3ull;
    }
    return (hash ^ 0xFF) * 0x100000001B3ull; // a separator, so "ab"+"c" differs from "a"+"bc"
}

} // namespace

quint64 RowKeys::campaignHash(std::string_view source, std::string_view medium,
                              std::string_view campaign, std::string_view term,
                              std::string_view content)
{
    quint64 h = FnvBasis;
    for (std::string_view part : {source, medium, campaign, term, content})
        h = fnv(h, part);
    return h | 1; // never 0, which means "no campaign"
}

quint64 RowKeys::eventIdKey(std::string_view eventId)
{
    return fnv(fnv(FnvBasis, "#"), eventId);
}

quint64 RowKeys::rowKey(qint64 ts, quint64 urlHash, std::string_view kind)
{
    const quint64 kindHash = kind == "pv" ? 1 : Fingerprint::murmur64(kind, 0x5EED);
    return urlHash ^ (kindHash * 0xFF51AFD7ED558CCDull) ^ (quint64(ts) * 0x9E3779B97F4A7C15ull);
}

quint64 RowKeys::campaignKey(const TrackingRow& row, bool sourceGiven)
{
    if (sourceGiven) {
        if (row.source.empty() && row.medium.empty() && row.campaign.empty())
            return 0;
        return campaignHash(row.source, row.medium, row.campaign, row.term, row.content);
    }
    const CampaignParams p = parseCampaignParams(row.url);
    return p.hasCampaign() ? campaignHash(p.source, p.medium, p.campaign, p.term, p.content) : 0;
}

TrackingRowKeys RowKeys::of(const TrackingRow& row, const SessionRules& rules, Cache* cache)
{
    TrackingRowKeys keys;
    keys.visitor = Fingerprint::murmur64(row.visitor, 0xC00C1E);
    keys.campaign = campaignKey(row, rules.sourceGiven);
    const bool repeatsUrl = cache && row.url == cache->url;
    keys.url = repeatsUrl ? cache->urlKey : Fingerprint::of(row.url);
    if (!row.title.empty())
        keys.title = Fingerprint::of(row.title);
    if (!row.referrer.empty())
        keys.referrer =
            cache && row.referrer == cache->url ? cache->urlKey : Fingerprint::of(row.referrer);
    if (cache && !repeatsUrl) {
        cache->url.assign(row.url);
        cache->urlKey = keys.url;
    }
    keys.dedupe = rowKey(row.ts, keys.url.a, row.isPageView ? std::string_view("pv") : row.event);
    return keys;
}

} // namespace leadloop
