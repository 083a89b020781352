#pragma once

#include "analytics/campaignlist.h"

#include <QFutureWatcher>
#include <QWidget>

class QLabel;
class QTableView;

namespace leadloop {

class CampaignDaysModel;
class CampaignsModel;
class WorkspaceSession;

/// The Campaigns view: every campaign with its channel, dates, total cost and sessions (cost
/// without sessions flagged), the selected campaign's daily costs (editable, undoable), and
/// importing a cost file.
class CampaignsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignsPage)

public:
    explicit CampaignsPage(WorkspaceSession& session, QWidget* parent = nullptr);
    ~CampaignsPage() override;

    /// Re-reads the campaigns on a worker thread.
    void reload();
    void waitForLoaded();
    QTableView* campaigns() const { return m_campaigns; }
    QTableView* days() const { return m_days; }

signals:
    void loaded();
    /// The user asked to import a cost file (the import wizard opens, on a worker thread).
    void importRequested();

private:
    void showDays();
    qint64 currentCampaign() const;

    struct Loaded
    {
        std::vector<CampaignRow> rows;
        QString currency;
    };
    WorkspaceSession& m_session;
    CampaignsModel* m_model;
    CampaignDaysModel* m_dayModel;
    QTableView* m_campaigns;
    QTableView* m_days;
    QLabel* m_summary;
    QLabel* m_daysTitle;
    qint64 m_keepCampaign = 0;
    QFutureWatcher<Result<Loaded>> m_loader;
};

} // namespace leadloop
