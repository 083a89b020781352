#pragma once

#include "common/largebuffer.h"

#include <cmath>
#include <QtGlobal>
#include <vector>

namespace leadloop {

/// Leads by features, row after row, as the models read them; a missing value is NaN.
struct FeatureMatrix
{
    qint64 rows = 0;
    int columns = 0;
    LargeVector<float> values; ///< rows × columns, row-major

    FeatureMatrix() = default;
    FeatureMatrix(qint64 r, int c)
        : rows(r)
        , columns(c)
        , values(size_t(r) * size_t(c), NAN)
    {}
    float at(qint64 row, int column) const
    {
        return values[size_t(row) * size_t(columns) + size_t(column)];
    }
    float& at(qint64 row, int column)
    {
        return values[size_t(row) * size_t(columns) + size_t(column)];
    }
    /// The rows listed, in that order.
    FeatureMatrix select(const std::vector<qint64>& which) const
    {
        FeatureMatrix out(qint64(which.size()), columns);
        for (size_t i = 0; i < which.size(); ++i)
            for (int c = 0; c < columns; ++c)
                out.at(qint64(i), c) = at(which[i], c);
        return out;
    }
};

} // namespace leadloop
