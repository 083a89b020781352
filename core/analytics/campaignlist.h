#pragma once

#include "common/result.h"
#include "common/resulttable.h"

#include <optional>
#include <QCoreApplication>
#include <QJsonObject>
#include <vector>

namespace leadloop {

class Database;

/// One campaign as the Campaigns view and `leadloop-cli campaigns` show it.
struct CampaignRow
{
    qint64 id = 0;
    QString name, source, medium;
    QString channel;                         ///< by the workspace's channel grouping
    std::optional<qint64> firstDay, lastDay; ///< its dates, else its first and last cost day
    double cost = 0;                         ///< every cost day, in the reporting currency
    qint64 costDays = 0;
    qint64 sessions = 0; ///< sessions carrying its campaign, source and medium
    /// Cost without any session to show for it: the campaign's tagging may be wrong.
    bool unmatched() const { return sessions == 0 && costDays > 0; }
};

/// One day of a campaign's spend.
struct CampaignDay
{
    qint64 day = 0; ///< UTC ms of the day's start
    qint64 cents = 0;
    QString currency;
    std::optional<qint64> clicks, impressions;
};

/// Reads the campaigns with their spend and traffic, and a campaign's daily costs; changes one
/// day's cost (docs/costs.md, "Editing costs").
class CampaignList final
{
    Q_DECLARE_TR_FUNCTIONS(CampaignList)

public:
    static Result<std::vector<CampaignRow>> load(Database& db);
    static Result<std::vector<CampaignDay>> days(Database& db, qint64 campaign);
    /// Sets a campaign's cost on a day in a currency (0 removes nothing: the day stays at 0);
    /// returns the day as it was before, for undo (nothing: there was no such day).
    static Result<std::optional<CampaignDay>> setCost(Database& db, qint64 campaign,
                                                      const CampaignDay& day);
    /// Removes a campaign's cost day (undo of a new day).
    static Status removeCost(Database& db, qint64 campaign, qint64 day, const QString& currency);
    /// Makes a recorded cost change (ChangeLog kind campaign_cost) here: its "value" (or, with
    /// `which` "old", the value before it), or removes the day when that is empty. NotFound when
    /// the campaign is not here.
    static Status applyCost(Database& db, const QJsonObject& change, const char* which = "value");
    static std::optional<CampaignDay> dayFromJson(qint64 day, const QString& currency,
                                                  const QJsonValue& json);
    /// The rows as a table: id, campaign, source, medium, channel, first_day, last_day, cost,
    /// cost_days, sessions, unmatched.
    static ResultTable table(const std::vector<CampaignRow>& rows, const QString& currency);
};

} // namespace leadloop
