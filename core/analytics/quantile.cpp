#include "quantile.h"

#include <algorithm>
#include <cmath>

namespace leadloop {

double quantileOfSorted(const std::vector<double>& sorted, double q)
{
    if (sorted.empty())
        return 0;
    const double h = (double(sorted.size()) - 1) * q;
    const size_t lo = size_t(std::floor(h));
    const size_t hi = std::min(lo + 1, sorted.size() - 1);
    return sorted[lo] + (h - double(lo)) * (sorted[hi] - sorted[lo]);
}

} // namespace leadloop
