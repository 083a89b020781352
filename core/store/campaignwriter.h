#pragma once

#include "campaignrecords.h"
#include "common/result.h"
#include "statement.h"

namespace leadloop {

class Database;

/// Appends campaigns and their daily costs for one batch; the caller owns the transaction.
class CampaignWriter final
{
    Q_DISABLE_COPY_MOVE(CampaignWriter)

public:
    CampaignWriter(Database& db, std::optional<qint64> batchId);

    Result<qint64> addCampaign(const CampaignRecord& campaign);
    Result<qint64> addDailyCost(const DailyCostRecord& cost);

private:
    std::optional<qint64> m_batchId;
    Statement m_campaign;
    Statement m_cost;
};

} // namespace leadloop
