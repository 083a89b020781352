#pragma once

#include "common/result.h"
#include "featurematrix.h"
#include "treeensemble.h"

#include <memory>
#include <QCoreApplication>

namespace leadloop {

/// The scoring model (docs/scoring.md, "Models"): gradient-boosted trees through XGBoost's C
/// API, binary logistic objective, histogram trees; the same data, options and seed always give
/// the same model. It also explains each score as per-feature contributions (SHAP values).
class GradientBoosting final
{
    Q_DECLARE_TR_FUNCTIONS(GradientBoosting)

public:
    struct Options
    {
        int rounds = 200;
        int maxDepth = 4;
        double eta = 0.1;       ///< learning rate
        double subsample = 0.8; ///< share of leads each tree sees
        double lambda = 1.0;    ///< L2 penalty on leaf weights
        double minChildWeight = 1.0;
        quint64 seed = 0;
        int threads = 2;
        /// Share of the leads kept aside to stop adding trees when they stop helping: after
        /// `patience` rounds without a better log-loss on them, the trees up to the best round
        /// are kept. 0 trains all rounds on all leads.
        double validation = 0.2;
        int patience = 20;
    };

    static Result<GradientBoosting> train(const FeatureMatrix& x, const std::vector<int>& labels,
                                          const Options& options);
    static Result<GradientBoosting> train(const FeatureMatrix& x, const std::vector<int>& labels)
    {
        return train(x, labels, Options{});
    }
    /// The probability of a positive for each row.
    Result<std::vector<double>> predict(const FeatureMatrix& x) const;
    /// Each row's contributions in log-odds: columns + 1 values per row (the last is the bias);
    /// a row's values add up to its score's log-odds. Exact SHAP values, or when `approximate`,
    /// XGBoost's fast approximation (each split on the row's path credits its feature with the
    /// change in the expected score: Saabas), which also adds up but costs a path, not a tree.
    Result<std::vector<float>> contributions(const FeatureMatrix& x,
                                             bool approximate = false) const;
    /// predict(), and the trees that give contributions(approximate) row by row.
    struct Explained
    {
        std::vector<double> probabilities;
        TreeEnsemble trees;
    };
    Result<Explained> explain(const FeatureMatrix& x) const;
    /// How many rounds of trees the model kept (fewer than Options::rounds after early stopping).
    int rounds() const { return m_rounds; }
    /// The model as bytes (XGBoost's JSON), to keep with the scores, and back.
    Result<QByteArray> save() const;
    static Result<GradientBoosting> load(const QByteArray& bytes);

private:
    Result<std::vector<float>> run(const FeatureMatrix& x, const char* config) const;
    /// The prediction `config` asks for over rows already handed to XGBoost.
    Result<std::vector<float>> run(void* rows, const char* config) const;

    std::shared_ptr<void> m_booster;
    int m_rounds = 0;
};

} // namespace leadloop
