#pragma once

#include "common/result.h"
#include "featurematrix.h"

#include <QByteArray>
#include <QCoreApplication>
#include <vector>

namespace leadloop {

/// A binary model's trees read from XGBoost's JSON and walked in plain C++ to split each row's
/// score among its features as XGBoost's approximate contributions do (Saabas), without handing
/// the rows to XGBoost (docs/scoring.md, "Speed").
class TreeEnsemble final
{
    Q_DECLARE_TR_FUNCTIONS(TreeEnsemble)

public:
    static Result<TreeEnsemble> fromJson(const QByteArray& json);
    /// Each row's contributions in log-odds: columns + 1 values per row, the last the bias; the
    /// same floats, added in the same order, as XGBoost's.
    std::vector<float> contributions(const FeatureMatrix& x) const;
    /// One row's (`columns` values) into `out` (columns + 1 values), as contributions() does.
    void contributions(const float* row, int columns, float* out) const;

private:
    /// One node, all its parts together: a row's path reads one cache line per node.
    struct Node
    {
        int left, right, feature; ///< children (-1 for a leaf) and the split's column
        float condition;          ///< split threshold, or a leaf's value
        float mean;               ///< the node's value averaged over its leaves by cover
        bool defaultLeft;         ///< where a missing value goes
    };
    using Tree = std::vector<Node>;
    /// Adds one tree's contributions for one row to `out` (columns + 1 values).
    static void walk(const Tree& tree, const float* row, int columns, float* out);

    std::vector<Tree> m_trees;
    float m_baseMargin = 0; ///< base_score in log-odds
};

} // namespace leadloop
