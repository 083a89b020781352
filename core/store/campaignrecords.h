#pragma once

#include <optional>
#include <QString>

namespace leadloop {

/// A marketing campaign keyed like GA4's cost import: utm_campaign, source and medium.
struct CampaignRecord
{
    QString name;
    QString source;
    QString medium;
    QString channel;
    QString utmId;
    std::optional<qint64> startsOn;
    std::optional<qint64> endsOn;
};

/// What a campaign cost on one day (UTC midnight, in milliseconds).
struct DailyCostRecord
{
    qint64 campaignId = 0;
    qint64 day = 0;
    qint64 costCents = 0;
    QString currency;
    std::optional<qint64> clicks;
    std::optional<qint64> impressions;
};

} // namespace leadloop
