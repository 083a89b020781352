#include "democatalog.h"

using namespace Qt::StringLiterals;

namespace leadloop::demo {

// The planted story (docs/demo-workspace.md): the Facebook lead-generation campaign brings the
// most leads and almost no customers; organic search and referrals close best; e-mail campaigns
// cost little and close well, so they have the best return; display is expensive and weak.

const QList<ChannelPlan>& channelPlans()
{
    static const QList<ChannelPlan> plans = {
        {u"Organic Search"_s, 28, {70, 70, 75, 105},
         {u"/blog/reduce-first-response-time"_s, u"/blog/helpdesk-metrics"_s,
          u"/blog/customer-service-email-templates"_s, u"/blog/zendesk-alternatives"_s, u"/"_s,
          u"/features/shared-inbox"_s, u"/pl/"_s, u"/nl/"_s, u"/sv/"_s, u"/ru/"_s},
         {u"google"_s, u"google"_s, u"google"_s, u"google"_s, u"google"_s, u"google"_s,
          u"bing"_s, u"duckduckgo"_s, u"yandex"_s, u"ecosia.org"_s},
         u"organic"_s},
        {u"Direct"_s, 18, {55, 55, 60, 100}, {u"/"_s, u"/pricing"_s, u"/app/login"_s, u"/features"_s},
         {u"(direct)"_s}, u"(none)"_s},
        {u"Paid Search"_s, 14, {75, 55, 50, 95}, {}, {}, {}},
        {u"Organic Social"_s, 8, {40, 40, 40, 90}, {u"/"_s, u"/blog/helpdesk-metrics"_s, u"/customers"_s},
         {u"linkedin.com"_s, u"facebook.com"_s, u"t.co"_s, u"reddit.com"_s, u"youtube.com"_s},
         u"referral"_s},
        {u"Paid Social"_s, 12, {120, 35, 35, 70}, {}, {}, {}},
        {u"Email"_s, 8, {85, 65, 85, 115}, {}, {}, {}},
        {u"Referral"_s, 7, {80, 75, 80, 110}, {u"/customers"_s, u"/integrations"_s, u"/"_s, u"/pricing"_s},
         {u"g2.com"_s, u"capterra.com"_s, u"getapp.com"_s, u"supportdriven.com"_s,
          u"shopify.com"_s, u"computerworld.pl"_s, u"frankwatching.com"_s, u"breakit.se"_s,
          u"vc.ru"_s},
         u"referral"_s},
        {u"Display"_s, 5, {20, 30, 30, 80}, {}, {}, {}},
    };
    return plans;
}

const ChannelPlan& channelPlan(const QString& channel)
{
    for (const ChannelPlan& plan : channelPlans())
        if (plan.channel == channel)
            return plan;
    return channelPlans().front();
}

const QList<CampaignPlan>& campaignPlans()
{
    static const QList<CampaignPlan> plans = {
        {u"brand_search"_s, u"google"_s, u"cpc"_s, u"Paid Search"_s, 0, 89, 60, 45, u"gclid"_s,
         {u"/"_s, u"/pricing"_s}, {90, 65, 60, 100}},
        {u"helpdesk_software_generic"_s, u"google"_s, u"cpc"_s, u"Paid Search"_s, 0, 89, 180, 310,
         u"gclid"_s, {u"/features"_s, u"/pricing"_s, u"/demo"_s}, {}},
        {u"competitor_alternatives"_s, u"google"_s, u"cpc"_s, u"Paid Search"_s, 30, 89, 120, 420,
         u"gclid"_s, {u"/blog/zendesk-alternatives"_s, u"/pricing"_s}, {80, 60, 55, 110}},
        {u"bing_generic"_s, u"bing"_s, u"cpc"_s, u"Paid Search"_s, 0, 89, 35, 190, u"msclkid"_s,
         {u"/features"_s, u"/pricing"_s}, {}},
        {u"fb_leadgen_buyers_guide"_s, u"facebook"_s, u"paid_social"_s, u"Paid Social"_s, 10, 89,
         260, 95, u"fbclid"_s, {u"/resources/helpdesk-buyers-guide"_s}, {230, 12, 6, 55}},
        {u"li_it_managers"_s, u"linkedin"_s, u"paid_social"_s, u"Paid Social"_s, 0, 89, 150, 640,
         u"li_fat_id"_s, {u"/features/automation"_s, u"/customers"_s}, {85, 55, 50, 120}},
        {u"ig_brand_awareness"_s, u"instagram"_s, u"paid_social"_s, u"Paid Social"_s, 45, 89, 70,
         60, {}, {u"/"_s}, {30, 25, 25, 70}},
        {u"tt_support_tips"_s, u"tiktok"_s, u"paid_social"_s, u"Paid Social"_s, 60, 89, 50, 40,
         u"ttclid"_s, {u"/blog/reduce-first-response-time"_s}, {25, 20, 20, 60}},
        {u"li_retargeting"_s, u"linkedin"_s, u"paid_social"_s, u"Paid Social"_s, 30, 89, 40, 520,
         u"li_fat_id"_s, {u"/pricing"_s, u"/demo"_s}, {}},
        {u"newsletter_monthly"_s, u"newsletter"_s, u"email"_s, u"Email"_s, 0, 89, 8, 0, {},
         {u"/blog/helpdesk-metrics"_s, u"/features/automation"_s}, {}},
        {u"webinar_automation_101"_s, u"newsletter"_s, u"email"_s, u"Email"_s, 40, 70, 12, 0, {},
         {u"/webinars/automation-101"_s}, {110, 75, 90, 125}},
        {u"trial_nurture"_s, u"hubspot"_s, u"email"_s, u"Email"_s, 0, 89, 5, 0, {},
         {u"/pricing"_s, u"/signup"_s}, {}},
        {u"gdn_retargeting"_s, u"google"_s, u"display"_s, u"Display"_s, 0, 89, 45, 80, u"gclid"_s,
         {u"/pricing"_s, u"/"_s}, {}},
        {u"criteo_prospecting"_s, u"criteo"_s, u"display"_s, u"Display"_s, 20, 89, 90, 70, {},
         {u"/"_s, u"/features"_s}, {12, 20, 20, 70}},
        {u"g2_sponsored_profile"_s, u"g2.com"_s, u"referral"_s, u"Referral"_s, 0, 89, 25, 0, {},
         {u"/customers"_s, u"/pricing"_s}, {}},
    };
    return plans;
}

const Behaviour& behaviourFor(const QString& channel, const CampaignPlan* campaign)
{
    if (campaign && campaign->behaviour.leadPerMille > 0)
        return campaign->behaviour;
    return channelPlan(channel).behaviour;
}

const Behaviour& offlineBehaviour()
{
    static const Behaviour behaviour{0, 60, 55, 120};
    return behaviour;
}

} // namespace leadloop::demo
