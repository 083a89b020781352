#pragma once

#include "scoringmetrics.h"

#include <QJsonObject>
#include <QStringList>
#include <vector>

namespace leadloop {

/// How much one feature weighs in a model.
struct FeatureWeight
{
    QString name;
    double importance = 0;     ///< the trees' mean absolute contribution, in log-odds
    double share = 0;          ///< importance over the sum of all features' importance
    double baselineWeight = 0; ///< the baseline's weight on the standardised feature
    double aloneAuc = 0;       ///< ROC AUC of the feature alone on the learning leads (≥ 0.5)
};

/// What training found and how the model did on its hold-out (docs/scoring.md, "Metrics"),
/// kept with the model so every front end shows the same figures.
struct ScoreEvaluation
{
    /// AUC at or above which one feature alone predicts the target suspiciously well.
    static constexpr double LeakAuc = 0.95;
    /// Fewer positives than this among the labelled leads: a warning and no tiers.
    static constexpr qint64 MinPositives = 100;

    QString target;
    qint64 trainRows = 0, holdoutRows = 0;
    qint64 positives = 0;        ///< among all labelled leads
    qint64 holdoutPositives = 0; ///< among the held-out ones
    double auc = NAN, baselineAuc = NAN, brier = NAN, baselineBrier = NAN;
    std::vector<std::pair<double, double>> roc, baselineRoc;
    std::vector<CalibrationBin> calibration;
    std::vector<LiftRow> lift;
    std::vector<FeatureWeight> features; ///< by importance, highest first
    QStringList leaks;                   ///< features whose aloneAuc ≥ LeakAuc
    QStringList excluded;                ///< features --exclude removed
    qint64 dataFrom = 0, dataTo = 0;     ///< the labelled leads' earliest and latest cut-off
    int trees = 0;                       ///< rounds of trees kept after early stopping

    bool tiered() const { return positives >= MinPositives; }
    QJsonObject toJson() const;
    static ScoreEvaluation fromJson(const QJsonObject& json);
};

} // namespace leadloop
