#include "campaignwriter.h"

#include "database.h"

namespace leadloop {

CampaignWriter::CampaignWriter(Database& db, std::optional<qint64> batchId)
    : m_batchId(batchId)
    , m_campaign(db.handle(),
                 "INSERT INTO campaigns (name, source, medium, channel, utm_id, "
                 "starts_on, ends_on, batch_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
    , m_cost(db.handle(), "INSERT INTO campaign_costs (campaign_id, day, cost_cents, currency, "
                          "clicks, impressions, batch_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
{}

Result<qint64> CampaignWriter::addCampaign(const CampaignRecord& c)
{
    m_campaign.bind(1, c.name)
        .bind(2, c.source)
        .bind(3, c.medium)
        .bind(4, c.channel)
        .bind(5, c.utmId)
        .bind(6, c.startsOn)
        .bind(7, c.endsOn)
        .bind(8, m_batchId);
    return m_campaign.insert();
}

Result<qint64> CampaignWriter::addDailyCost(const DailyCostRecord& c)
{
    m_cost.bind(1, c.campaignId)
        .bind(2, c.day)
        .bind(3, c.costCents)
        .bind(4, c.currency)
        .bind(5, c.clicks)
        .bind(6, c.impressions)
        .bind(7, m_batchId);
    return m_cost.insert();
}

} // namespace leadloop
