#pragma once

#include <functional>
#include <QVariantMap>
#include <QtGlobal>
#include <utility>
#include <vector>

namespace leadloop {

/// A report's bootstrap intervals (docs/metrics.md, "Uncertainty"): none with fewer than 2
/// replicates.
struct BootstrapOptions
{
    /// What the desktop draws, and `attribution --intervals` without `--bootstrap`.
    static constexpr int DefaultReplicates = 200;
    int replicates = 0;
    quint64 seed = 1;
    bool enabled() const { return replicates >= 2; }
    /// What a report's meta says of them: replicates, seed, interval (percentile_95).
    QVariantMap meta() const;
};

namespace resampling {

/// How often each of `n` items was drawn in one resample with replacement (n draws).
using Draws = std::vector<double>;

/// Efron's bootstrap, shared by every interval drawn from resamples (docs/metrics.md,
/// "Uncertainty"): calls `replicate(r, draws)` for each r in [0, replicates), resample r drawn by
/// a generator seeded by (seed, r), so a seed gives the same resamples however many cores share
/// the work. Calls come from several threads at once; each r once.
void run(size_t n, int replicates, quint64 seed,
         const std::function<void(int r, const Draws& draws)>& replicate);

/// The 2.5th and 97.5th percentiles (type 7) of a statistic's values over the resamples (sorted
/// here): the percentile bootstrap's 95 % interval.
std::pair<double, double> interval95(std::vector<double>& values);

} // namespace resampling
} // namespace leadloop
