#pragma once

#include "common/resulttable.h"

#include <QString>
#include <QStringList>
#include <vector>

namespace leadloop {

/// Adds the 95 % Wilson interval of a report's rates as columns of their own (docs/metrics.md,
/// "Uncertainty"): after each rate column `key`, `key_low` and `key_high`, computed from the
/// counts in the same row, so the CLI, the desktop's tables and the PDF show the same bounds.
class RateIntervals final
{
public:
    /// A rate column and the columns it divides: rate = numerator / (sum of denominators).
    struct Rate
    {
        QString key, numerator;
        QStringList denominators;
    };
    /// Rows without the counts (or with a denominator of 0) get empty bounds.
    static void add(ResultTable& table, const std::vector<Rate>& rates);
};

} // namespace leadloop
