#pragma once

#include "featureschema.h"
#include "gradientboosting.h"
#include "holdoutsplit.h"
#include "sales/scoreevaluation.h"
#include "scoringtarget.h"

#include <optional>
#include <QDate>

namespace leadloop {

class LeadHistory;

/// How to train (the options of `score train`).
struct TrainingOptions
{
    ScoringTarget target;
    double holdout = 0.25;          ///< share held out at random
    quint64 seed = 0;               ///< for the random hold-out and the trees' sampling
    std::optional<QDate> splitDate; ///< hold out the leads of this day on instead
    QStringList exclude;            ///< feature names or groups, wildcards allowed
    GradientBoosting::Options trees;
};

/// The learning and held-out leads as the models read them.
struct TrainingData
{
    HoldoutSplit::Parts parts; ///< indexes into LeadCases::training
    std::vector<int> trainLabels, holdoutLabels;
    FeatureSchema schema;
    FeatureMatrix trainX, holdoutX;
    QStringList excluded; ///< features --exclude removed
};

/// A model ready to score: its features, its trees and how it did.
struct TrainedModel
{
    FeatureSchema schema;
    GradientBoosting model;
    ScoreEvaluation evaluation;
};

/// Trains both models on the learning leads and judges them on the held-out ones
/// (docs/scoring.md, "Models" and "Metrics").
class ScoreTrainer final
{
    Q_DECLARE_TR_FUNCTIONS(ScoreTrainer)
public:
    /// Most learning leads whose exact contributions make the feature importance.
    static constexpr qint64 ImportanceRows = 5000;
    /// Splits the labelled leads and computes their features, as train() learns from them.
    static Result<TrainingData> prepare(const LeadCases& cases, const LeadHistory& history,
                                        const TrainingOptions& options);
    static Result<TrainedModel> train(const LeadCases& cases, const LeadHistory& history,
                                      const TrainingOptions& options);
};

} // namespace leadloop
