#pragma once

#include "common/resulttable.h"
#include "scoreevaluation.h"

#include <QCoreApplication>

namespace leadloop {

/// A scoring model's evaluation as tables (docs/scoring.md, "Command line"): what `score train`
/// and `score model` print, the Scoring view lists and the PDF report shows, with the
/// evaluation's figures as meta (`auc`, `baseline_auc`, `brier`, `train_rows`, …).
class ScoreTables final
{
    Q_DECLARE_TR_FUNCTIONS(ScoreTables)
public:
    /// Every feature by importance: feature, importance, share, baseline_weight, alone_auc, leak.
    static ResultTable features(const ScoreEvaluation& e);
    /// The hold-out by tenth of scores: decile, leads, positives, lift, gain, cumulative_lift.
    static ResultTable lift(const ScoreEvaluation& e);
    /// predicted, observed, leads per non-empty bin.
    static ResultTable calibration(const ScoreEvaluation& e);
    /// model (trees or baseline), false_positive_rate, true_positive_rate.
    static ResultTable roc(const ScoreEvaluation& e);
    /// The evaluation's figures, as every table above carries them.
    static QVariantMap meta(const ScoreEvaluation& e);
    /// The ROC curve's true positive rate at each false positive rate of `grid` (a step curve:
    /// the best rate reached at or below it), for drawing curves on a common axis.
    static QList<double> rocAt(const std::vector<std::pair<double, double>>& curve,
                               const QList<double>& grid);
};

} // namespace leadloop
