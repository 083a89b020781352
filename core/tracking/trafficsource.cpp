#include "trafficsource.h"

using namespace Qt::StringLiterals;

namespace leadloop {

namespace {

QString fromUtf8(const std::string& text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

struct ClickIdSource
{
    const char* type;
    const char* source;
    const char* medium;
};

// Click ids that only an ad platform appends. fbclid is absent on purpose: Facebook adds it to
// every outgoing link, organic posts included, so it says nothing about paid traffic.
constexpr ClickIdSource clickIdSources[] = {
    {"gclid", "google", "cpc"},     {"gbraid", "google", "cpc"}, {"wbraid", "google", "cpc"},
    {"dclid", "google", "display"}, {"msclkid", "bing", "cpc"},  {"li_fat_id", "linkedin", "cpc"},
    {"ttclid", "tiktok", "cpc"},
};

} // namespace

TrafficSourceResolver::TrafficSourceResolver(const ChannelRuleSet& rules, QStringList siteHosts)
    : m_rules(rules)
    , m_siteHosts(std::move(siteHosts))
{
    for (QString& host : m_siteHosts)
        host = QString::fromStdString(normalizedHost(host.toStdString()));
}

bool TrafficSourceResolver::isSiteHost(const QString& host) const
{
    for (const QString& site : m_siteHosts)
        if (host == site || host.endsWith(u'.' + site))
            return true;
    return false;
}

QString TrafficSourceResolver::searchEngineOf(const QString& host) const
{
    // google.co.uk, search.yahoo.com, yandex.ru: a label of the host names the engine, as GA4
    // reports it; hosts listed only in full (ecosia.org) keep their full name.
    const QStringList labels = host.split(u'.');
    for (int i = 0; i + 1 < labels.size(); ++i)
        if (m_rules.categoryOf(labels[i]) == u"search")
            return labels[i];
    return m_rules.categoryOf(host) == u"search" ? host : QString();
}

TrafficSource TrafficSourceResolver::resolve(const CampaignParams& params,
                                             std::string_view referrerUrl) const
{
    TrafficSource out;
    out.term = fromUtf8(params.term);
    out.content = fromUtf8(params.content);
    out.utmId = fromUtf8(params.utmId);
    out.clickIdType = fromUtf8(params.clickIdType);
    out.clickId = fromUtf8(params.clickId);
    if (!referrerUrl.empty()) {
        const QString host = QString::fromStdString(normalizedHost(splitUrl(referrerUrl).host));
        if (!host.isEmpty() && !isSiteHost(host))
            out.referrerHost = host;
    }

    if (params.hasCampaign()) {
        out.basis = u"campaign"_s;
        out.source = params.source.empty() ? u"(not set)"_s : fromUtf8(params.source);
        out.medium = params.medium.empty() ? u"(not set)"_s : fromUtf8(params.medium);
        out.campaign = fromUtf8(params.campaign);
        return out;
    }
    for (const ClickIdSource& click : clickIdSources) {
        if (params.clickIdType == click.type) {
            out.basis = u"click_id"_s;
            out.source = QString::fromLatin1(click.source);
            out.medium = QString::fromLatin1(click.medium);
            return out;
        }
    }
    if (!out.referrerHost.isEmpty()) {
        out.basis = u"referrer"_s;
        if (const QString engine = searchEngineOf(out.referrerHost); !engine.isEmpty()) {
            out.source = engine;
            out.medium = u"organic"_s;
        } else if (m_rules.categoryOf(out.referrerHost) == u"social") {
            out.source = out.referrerHost;
            out.medium = u"social"_s;
        } else {
            out.source = out.referrerHost;
            out.medium = u"referral"_s;
        }
        return out;
    }
    out.basis = u"direct"_s;
    out.source = u"(direct)"_s;
    out.medium = u"(none)"_s;
    return out;
}

} // namespace leadloop
