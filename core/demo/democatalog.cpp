#include "democatalog.h"

#include "demoseeds.h"

namespace leadloop::demo {

// The planted story (docs/demo-workspace.md, resources/demo/story.json): the Facebook
// lead-generation campaign brings the most leads and almost no customers; organic search and
// referrals close best; e-mail campaigns cost little and close well, so they have the best
// return; display is expensive and weak.

const QList<ChannelPlan>& channelPlans()
{
    return seeds().channels;
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
    return seeds().campaigns;
}

const Behaviour& behaviourFor(const QString& channel, const CampaignPlan* campaign)
{
    if (campaign && campaign->behaviour.leadPerMille > 0)
        return campaign->behaviour;
    return channelPlan(channel).behaviour;
}

const Behaviour& offlineBehaviour()
{
    return seeds().offline;
}

} // namespace leadloop::demo
