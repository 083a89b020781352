#pragma once

#include "common/result.h"
#include "featurematrix.h"

#include <QCoreApplication>

namespace leadloop {

/// The baseline model shown beside the boosted trees (docs/scoring.md, "Models"): logistic
/// regression with an L2 penalty on standardised features (missing values count as the mean),
/// fitted by Newton's method, so the same data always gives the same model.
class LogisticRegression final
{
    Q_DECLARE_TR_FUNCTIONS(LogisticRegression)

public:
    struct Options
    {
        double l2 = 1.0; ///< penalty on the squared weights (not on the intercept)
        int maxIterations = 50;
        double tolerance = 1e-9; ///< stop when no weight moves more than this
    };

    static Result<LogisticRegression> train(const FeatureMatrix& x, const std::vector<int>& labels,
                                            const Options& options);
    static Result<LogisticRegression> train(const FeatureMatrix& x, const std::vector<int>& labels)
    {
        return train(x, labels, Options{});
    }
    /// The probability of a positive for each row.
    std::vector<double> predict(const FeatureMatrix& x) const;
    /// The weight of each feature on the standardised scale (comparable between features).
    const std::vector<double>& weights() const { return m_weights; }
    double intercept() const { return m_intercept; }

private:
    double standardised(const FeatureMatrix& x, qint64 row, int column) const;

    std::vector<double> m_means, m_scales, m_weights;
    double m_intercept = 0;
};

} // namespace leadloop
