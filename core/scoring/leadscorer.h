#pragma once

#include "featureschema.h"
#include "gradientboosting.h"
#include "sales/leadscores.h"
#include "scoringtarget.h"

#include <vector>

namespace leadloop {

class LeadHistory;

/// Scores open leads with a trained model (docs/scoring.md, "Scores"): the probability, the
/// 0-100 score, the priority tier and the factors that push it up and down.
class LeadScorer final
{
public:
    /// Most factors kept in each direction.
    static constexpr int FactorsEachWay = 3;

    /// Scores `open`; tiers are given only when `tiered`. Every score names `modelId` and `now`.
    static Result<std::vector<LeadScore>> score(const std::vector<LeadCase>& open,
                                                const LeadHistory& history,
                                                const FeatureSchema& schema,
                                                const GradientBoosting& model, bool tiered,
                                                qint64 modelId, qint64 now);
    /// The 0-100 score of a probability: rounded to the nearest whole percent.
    static int scoreOf(double probability);
    /// A feature's effect in score points: how far the probability falls back when its
    /// contribution (in log-odds) is taken away, times 100, rounded.
    static int pointsOf(double probability, double contribution);
    /// The tier of a lead that `higher` of `count` open leads outscore: the first quarter is
    /// very_high, then high, medium and low (equal probabilities share a tier).
    static QString tierOf(qint64 higher, qint64 count);
};

} // namespace leadloop
