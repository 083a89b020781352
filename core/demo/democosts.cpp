#include "democosts.h"

#include "democatalog.h"
#include "store/campaignwriter.h"

using namespace Qt::StringLiterals;

namespace leadloop::demo {

Result<CostSummary> writeCampaignCosts(CampaignWriter& writer, DemoRandom& random,
                                       qint64 firstDayMs)
{
    constexpr qint64 Day = 86'400'000;
    CostSummary summary;
    for (const CampaignPlan& plan : campaignPlans()) {
        CampaignRecord campaign{plan.name,
                                plan.source,
                                plan.medium,
                                plan.channel,
                                {},
                                firstDayMs + plan.firstDay * Day,
                                firstDayMs + plan.lastDay * Day};
        auto campaignId = writer.addCampaign(campaign);
        if (!campaignId)
            return campaignId.error();
        ++summary.campaigns;
        for (int day = plan.firstDay; day <= plan.lastDay; ++day) {
            DailyCostRecord cost;
            cost.campaignId = *campaignId;
            cost.day = firstDayMs + day * Day;
            cost.costCents = qint64(plan.dailyCostEuros) * random.bell(80, 120);
            cost.currency = u"EUR"_s;
            if (plan.costPerClickCents > 0) {
                cost.clicks = cost.costCents / plan.costPerClickCents;
                cost.impressions = *cost.clicks * random.between(15, 60);
            } else {
                cost.clicks = random.bell(20, 120);
            }
            if (auto done = writer.addDailyCost(cost); !done)
                return done.error();
            ++summary.costRows;
            summary.totalCostCents += cost.costCents;
        }
    }
    return summary;
}

} // namespace leadloop::demo
