#pragma once

#include "analytics/proportions.h"
#include "common/resulttable.h"

#include <functional>
#include <optional>
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
    /// Two rows' rates compared (Proportions::compare) from their counts; none when a row lacks
    /// them or a denominator is 0.
    static std::optional<Proportions::Comparison> compareRows(const ResultTable& table, int row1,
                                                              int row2, const Rate& rate);
    /// Inserts `key_low` and `key_high` (percentages to 4 places) after the column `key`, each
    /// row's bounds given by `of` (none: empty cells); nothing when there is no such column.
    static void insertBounds(
        ResultTable& table, const QString& key,
        const std::function<std::optional<std::pair<double, double>>(const QVariantList& row)>& of);
};

} // namespace leadloop
