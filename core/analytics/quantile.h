#pragma once

#include <vector>

namespace leadloop {

/// The q-th quantile (0 to 1) of values sorted ascending, by linear interpolation between order
/// statistics (Hyndman and Fan 1996, type 7: what R and NumPy compute by default). The one
/// definition behind every percentile LeadLoop shows (docs/metrics.md). Empty values: 0.
double quantileOfSorted(const std::vector<double>& sorted, double q);

} // namespace leadloop
