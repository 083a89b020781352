#pragma once

#include "analytics/reportfilter.h"
#include "common/result.h"

#include <QCoreApplication>
#include <vector>

namespace leadloop {

class Database;

/// The spend of a filter's date range (docs/costs.md): every campaign-day's cost in the
/// reporting currency, with the campaign's channel (classified by the workspace's rules), name
/// and source / medium, kept when the filter's session attributes match the campaign's.
class CampaignSpend final
{
    Q_DECLARE_TR_FUNCTIONS(CampaignSpend)

public:
    struct Day
    {
        qint64 day; ///< UTC ms of the day's start
        QString channel, campaign, source, medium;
        double amount; ///< reporting currency
        /// The group of a session dimension (channel, campaign, source-medium, source, medium);
        /// empty for one spend has no value of (landing-page, people dimensions).
        QString group(const QString& dimension) const;
    };
    static Result<std::vector<Day>> load(Database& db, const ReportFilter& filter);
    /// Whether spend can be grouped by the dimension.
    static bool groups(const QString& dimension);
};

} // namespace leadloop
