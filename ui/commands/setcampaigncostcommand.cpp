#include "setcampaigncostcommand.h"

#include "common/money.h"

#include <QDateTime>

namespace leadloop {

SetCampaignCostCommand::SetCampaignCostCommand(Database& db, qint64 campaign, QString campaignName,
                                               CampaignDay day, Done done)
    : m_db(db)
    , m_campaign(campaign)
    , m_day(std::move(day))
    , m_done(std::move(done))
{
    setText(
        tr("Set the cost of %1 on %2 to %3")
            .arg(campaignName,
                 QDateTime::fromMSecsSinceEpoch(m_day.day, Qt::UTC).date().toString(Qt::ISODate),
                 formatCents(m_day.cents)));
}

void SetCampaignCostCommand::redo()
{
    auto before = CampaignList::setCost(m_db, m_campaign, m_day);
    if (!before) {
        setObsolete(true);
        m_done(m_campaign, before.error().message);
        return;
    }
    m_before = *before;
    m_done(m_campaign, {});
}

void SetCampaignCostCommand::undo()
{
    QString error;
    if (m_before) {
        if (auto restored = CampaignList::setCost(m_db, m_campaign, *m_before); !restored)
            error = restored.error().message;
    } else if (Status removed =
                   CampaignList::removeCost(m_db, m_campaign, m_day.day, m_day.currency);
               !removed) {
        error = removed.error().message;
    }
    m_done(m_campaign, error);
}

} // namespace leadloop
