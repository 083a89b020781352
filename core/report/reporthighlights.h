#pragma once

#include "common/resulttable.h"

#include <QCoreApplication>
#include <QStringList>

namespace leadloop {

/// Revenue and cost per group, ready for a bar chart.
struct RevenueAndCost
{
    QStringList groups;
    QList<double> revenue;
    QList<double> cost;

    /// The same bars in the opposite order: horizontal bar charts draw the first at the bottom.
    RevenueAndCost bottomUp() const;
};

/// What the Dashboard and the executive report single out from a report, by one rule for both:
/// the groups that earn or spend (none hidden), and the campaigns with the best and worst ROI.
class ReportHighlights final
{
    Q_DECLARE_TR_FUNCTIONS(ReportHighlights)

public:
    /// Every group of a channels report (first column) with revenue or cost, by revenue plus
    /// cost, largest first. With more than `maxBars` (0: no limit), the groups with cost keep a
    /// bar of their own (largest cost first), then those with the most revenue, and the rest are
    /// summed into one last "Other (n)" bar: a channel that costs money is never left out.
    static RevenueAndCost revenueAndCost(const ResultTable& report, int maxBars);
    /// The campaigns of a channels report by campaign that have an ROI (they had cost), ranked:
    /// up to `perSide` best and as many worst, never the same campaign twice (with few
    /// campaigns, the better half are the best). Columns rank, campaign, cost, revenue, roi,
    /// cac; meta `best` and `worst` say how many rows each side has.
    static ResultTable bestAndWorstByRoi(const ResultTable& byCampaign, int perSide);
};

} // namespace leadloop
