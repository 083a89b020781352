#pragma once

#include "analytics/attributionmodels.h"
#include "common/resulttable.h"

#include <functional>
#include <map>
#include <QList>
#include <QString>
#include <vector>

namespace leadloop {

/// Bootstrap intervals of attribution credits (docs/metrics.md, "Uncertainty"): the journeys
/// resampled with replacement `replicates` times, every model fitted again on each resample
/// (Markov and Shapley too), and the 2.5th and 97.5th percentiles of each group's credit (Efron's
/// percentile bootstrap). Replicate r draws from a generator seeded by (seed, r), so a seed gives
/// the same bounds however many cores share the work.
class BootstrapCredits final
{
public:
    struct Bounds
    {
        double conversionsLow = 0, conversionsHigh = 0, valueLow = 0, valueHigh = 0;
    };
    /// Per model (in the order given), per group: the bounds.
    using Result = std::vector<std::map<QString, Bounds>>;

    static Result run(const std::vector<attribution::Path>& paths,
                      const QList<attribution::Model>& models, const attribution::Options& options,
                      int replicates, quint64 seed,
                      const std::function<attribution::Model(attribution::Model)>& modelFor = {});

    /// Adds `key_low` and `key_high` beside the column `key`, each row's bounds found by its
    /// first column's group (rounded to `places`); nothing when there is no such column.
    static void addBounds(ResultTable& table, const QString& key,
                          const std::map<QString, std::pair<double, double>>& bounds, int places);
    /// Adds `<column>_low` and `<column>_high` beside each model's conversions and value columns
    /// of an attribution table (AttributionReport::credit's), read by the table's first column.
    static void addColumns(ResultTable& table, const QList<attribution::Model>& models,
                           const Result& bounds);
};

} // namespace leadloop
