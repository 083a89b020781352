#pragma once

#include <QList>
#include <vector>

namespace leadloop {

/// One bin of a calibration curve: the mean predicted probability of the leads in it and the
/// share of them that were positive.
struct CalibrationBin
{
    double predicted = 0;
    double observed = 0;
    qint64 count = 0;
};

/// One row of a lift/gain table: the leads ranked by score, cut into tenths.
struct LiftRow
{
    int decile = 0;            ///< 1 is the top tenth of scores
    qint64 leads = 0;          ///< in this tenth
    qint64 positives = 0;      ///< in this tenth
    double gain = 0;           ///< share of all positives in the top `decile` tenths
    double lift = 0;           ///< the tenth's positive rate over the overall rate
    double cumulativeLift = 0; ///< the top tenths' rate over the overall rate
};

/// How well scores separate positives from negatives (docs/scoring.md, "Metrics").
class ScoringMetrics final
{
public:
    /// The area under the ROC curve: the chance that a random positive scores above a random
    /// negative, ties counting half (Mann–Whitney U over average ranks). NaN when either class
    /// is missing.
    static double rocAuc(const std::vector<double>& scores, const std::vector<int>& labels);
    /// Points of the ROC curve (false positive rate, true positive rate), one per distinct score,
    /// from (0, 0) to (1, 1).
    static std::vector<std::pair<double, double>> rocCurve(const std::vector<double>& scores,
                                                           const std::vector<int>& labels);
    /// The mean squared difference between probability and outcome (0 is perfect).
    static double brier(const std::vector<double>& probabilities, const std::vector<int>& labels);
    /// Probabilities cut into `bins` equal-width bins over [0, 1]; empty bins are left out.
    static std::vector<CalibrationBin> calibration(const std::vector<double>& probabilities,
                                                   const std::vector<int>& labels, int bins = 10);
    /// Leads ranked by score (highest first; ties in their given order) and cut into ten groups
    /// as equal as can be (the first groups take the remainder).
    static std::vector<LiftRow> lift(const std::vector<double>& scores,
                                     const std::vector<int>& labels);
};

} // namespace leadloop
