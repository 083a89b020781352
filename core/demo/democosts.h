#pragma once

#include "common/result.h"
#include "demorandom.h"

namespace leadloop {
class CampaignWriter;
}

namespace leadloop::demo {

/// What the campaign phase wrote.
struct CostSummary
{
    qint64 campaigns = 0;
    qint64 costRows = 0;
    qint64 totalCostCents = 0;
};

/// Writes the story's campaigns and one cost row per campaign and active day, in euros.
Result<CostSummary> writeCampaignCosts(CampaignWriter& writer, DemoRandom& random,
                                       qint64 firstDayMs);

} // namespace leadloop::demo
