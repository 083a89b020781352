#pragma once

#include "analytics/rateintervals.h"

#include <map>
#include <QString>
#include <unordered_map>
#include <utility>
#include <vector>

namespace leadloop {

/// Percentile-bootstrap intervals of a report's rates (docs/metrics.md, "Uncertainty"): the
/// units a report counts (people, sessions; a person with the visitors linked to them) resampled
/// with replacement, every group's counts summed again on each resample, and the 2.5th and 97.5th
/// percentiles of each rate. A unit keeps everything it added, in every group, when drawn.
class RateBootstrap final
{
public:
    /// Per group, per rate key: the interval.
    using Bounds = std::map<QString, std::map<QString, std::pair<double, double>>>;

    /// The unit adds `amount` to the count `count` of `group`.
    void add(qint64 unit, const QString& group, const QString& count, double amount = 1);
    /// The intervals of `rates` (numerator over the sum of denominators) from `replicates`
    /// resamples seeded by `seed`; a resample where a group's denominator is 0 gives no value of
    /// its rate (the bounds are of those that have one; none at all: no bounds).
    Bounds bounds(const std::vector<RateIntervals::Rate>& rates, int replicates,
                  quint64 seed) const;
    /// Adds `key_low` and `key_high` after each rate column of a table whose first column is the
    /// group.
    static void addColumns(ResultTable& table, const std::vector<RateIntervals::Rate>& rates,
                           const Bounds& bounds);

private:
    struct Entry
    {
        size_t unit;
        int group, count;
        double amount;
    };
    int indexOf(std::vector<QString>& names, const QString& name) const;

    std::unordered_map<qint64, size_t> m_units;
    std::vector<QString> m_groups, m_counts;
    std::vector<Entry> m_entries;
};

} // namespace leadloop
