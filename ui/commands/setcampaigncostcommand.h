#pragma once

#include "analytics/campaignlist.h"

#include <functional>
#include <QUndoCommand>

namespace leadloop {

/// Changes one day's cost of a campaign as an undoable step; undo puts the old cost back (or
/// removes a day that did not exist). `done` hears which campaign changed, or why it failed.
class SetCampaignCostCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetCampaignCostCommand)

public:
    using Done = std::function<void(qint64 campaign, const QString& error)>;

    SetCampaignCostCommand(Database& db, qint64 campaign, QString campaignName, CampaignDay day,
                           Done done);
    void redo() override;
    void undo() override;

private:
    Database& m_db;
    qint64 m_campaign;
    CampaignDay m_day;
    std::optional<CampaignDay> m_before;
    Done m_done;
};

} // namespace leadloop
