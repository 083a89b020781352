#include "scoringmetrics.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace leadloop {

namespace {

/// Indices ordered by score, highest first; equal scores keep their order.
std::vector<size_t> byScoreDescending(const std::vector<double>& scores)
{
    std::vector<size_t> order(scores.size());
    std::iota(order.begin(), order.end(), size_t(0));
    std::stable_sort(order.begin(), order.end(),
                     [&](size_t a, size_t b) { return scores[a] > scores[b]; });
    return order;
}

} // namespace

double ScoringMetrics::rocAuc(const std::vector<double>& scores, const std::vector<int>& labels)
{
    const size_t n = scores.size();
    std::vector<size_t> order(n);
    std::iota(order.begin(), order.end(), size_t(0));
    std::sort(order.begin(), order.end(),
              [&](size_t a, size_t b) { return scores[a] < scores[b]; });
    // Average ranks (1-based) over runs of equal scores.
    double positiveRanks = 0;
    qint64 positives = 0;
    for (size_t i = 0; i < n;) {
        size_t j = i;
        while (j < n && scores[order[j]] == scores[order[i]])
            ++j;
        const double rank = (double(i + 1) + double(j)) / 2.0;
        for (size_t k = i; k < j; ++k)
            if (labels[order[k]]) {
                positiveRanks += rank;
                ++positives;
            }
        i = j;
    }
    const qint64 negatives = qint64(n) - positives;
    if (positives == 0 || negatives == 0)
        return std::numeric_limits<double>::quiet_NaN();
    const double u = positiveRanks - double(positives) * double(positives + 1) / 2.0;
    return u / (double(positives) * double(negatives));
}

std::vector<std::pair<double, double>> ScoringMetrics::rocCurve(const std::vector<double>& scores,
                                                                const std::vector<int>& labels)
{
    const std::vector<size_t> order = byScoreDescending(scores);
    const double positives = double(std::count(labels.begin(), labels.end(), 1));
    const double negatives = double(labels.size()) - positives;
    std::vector<std::pair<double, double>> points{{0.0, 0.0}};
    double tp = 0, fp = 0;
    for (size_t i = 0; i < order.size(); ++i) {
        (labels[order[i]] ? tp : fp) += 1;
        if (i + 1 == order.size() || scores[order[i + 1]] != scores[order[i]])
            points.emplace_back(negatives > 0 ? fp / negatives : 0.0,
                                positives > 0 ? tp / positives : 0.0);
    }
    return points;
}

double ScoringMetrics::brier(const std::vector<double>& probabilities,
                             const std::vector<int>& labels)
{
    if (probabilities.empty())
        return std::numeric_limits<double>::quiet_NaN();
    double sum = 0;
    for (size_t i = 0; i < probabilities.size(); ++i) {
        const double d = probabilities[i] - double(labels[i]);
        sum += d * d;
    }
    return sum / double(probabilities.size());
}

std::vector<CalibrationBin> ScoringMetrics::calibration(const std::vector<double>& probabilities,
                                                        const std::vector<int>& labels, int bins)
{
    std::vector<double> predicted(size_t(bins), 0.0), observed(size_t(bins), 0.0);
    std::vector<qint64> counts(size_t(bins), 0);
    for (size_t i = 0; i < probabilities.size(); ++i) {
        const int bin = std::clamp(int(probabilities[i] * bins), 0, bins - 1);
        predicted[size_t(bin)] += probabilities[i];
        observed[size_t(bin)] += labels[i];
        ++counts[size_t(bin)];
    }
    std::vector<CalibrationBin> out;
    for (size_t b = 0; b < size_t(bins); ++b)
        if (counts[b] > 0)
            out.push_back(
                {predicted[b] / double(counts[b]), observed[b] / double(counts[b]), counts[b]});
    return out;
}

std::vector<LiftRow> ScoringMetrics::lift(const std::vector<double>& scores,
                                          const std::vector<int>& labels)
{
    const std::vector<size_t> order = byScoreDescending(scores);
    const qint64 n = qint64(order.size());
    const qint64 allPositives = std::count(labels.begin(), labels.end(), 1);
    const double overall = n > 0 ? double(allPositives) / double(n) : 0.0;
    std::vector<LiftRow> rows;
    qint64 start = 0, cumulativeLeads = 0, cumulativePositives = 0;
    for (int d = 0; d < 10 && start < n; ++d) {
        const qint64 size = n / 10 + (d < n % 10 ? 1 : 0);
        LiftRow row;
        row.decile = d + 1;
        row.leads = size;
        for (qint64 i = start; i < start + size; ++i)
            row.positives += labels[order[size_t(i)]];
        start += size;
        cumulativeLeads += size;
        cumulativePositives += row.positives;
        row.gain = allPositives > 0 ? double(cumulativePositives) / double(allPositives) : 0.0;
        if (overall > 0 && size > 0) {
            row.lift = double(row.positives) / double(size) / overall;
            row.cumulativeLift = double(cumulativePositives) / double(cumulativeLeads) / overall;
        }
        rows.push_back(row);
    }
    return rows;
}

} // namespace leadloop
