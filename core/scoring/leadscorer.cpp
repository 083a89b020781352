#include "leadscorer.h"

#include "common/rowranges.h"
#include "leadhistory.h"

#include <algorithm>
#include <charconv>
#include <cmath>

using namespace Qt::StringLiterals;

namespace leadloop {

int LeadScorer::scoreOf(double probability)
{
    return int(std::lround(std::clamp(probability, 0.0, 1.0) * 100));
}

namespace {

/// pointsOf() for a probability already clamped, with its log-odds.
int points(double p, double logit, double contribution)
{
    const double without = 1 / (1 + std::exp(-(logit - contribution)));
    return int(std::lround((p - without) * 100));
}

} // namespace

int LeadScorer::pointsOf(double probability, double contribution)
{
    const double p = std::clamp(probability, 1e-12, 1 - 1e-12);
    return points(p, std::log(p / (1 - p)), contribution);
}

QString LeadScorer::tierOf(qint64 higher, qint64 count)
{
    static const QString tiers[] = {u"very_high"_s, u"high"_s, u"medium"_s, u"low"_s};
    if (count <= 0)
        return {};
    return tiers[std::clamp(int(4 * higher / count), 0, 3)];
}

Result<std::vector<LeadScore>> LeadScorer::score(const std::vector<LeadCase>& open,
                                                 const LeadHistory& history,
                                                 const FeatureSchema& schema,
                                                 const GradientBoosting& model, bool tiered,
                                                 qint64 modelId, qint64 now)
{
    std::vector<LeadSummary> leads(open.size());
    forRowRanges(open.size(), 5'000, [&](size_t begin, size_t end) {
        for (size_t i = begin; i < end; ++i)
            leads[i] = history.summarise(open[i]);
    });
    const FeatureMatrix x = schema.matrix(leads);
    // The fast approximation: a path per tree instead of every leaf (docs/scoring.md, "Scores").
    auto explained = model.explain(x);
    if (!explained)
        return explained.error();
    const std::vector<double>& probabilities = explained->probabilities;

    std::vector<double> sorted = probabilities;
    std::sort(sorted.begin(), sorted.end(), std::greater<>());
    std::vector<LeadScore> out(open.size());
    // Rows [begin, end): each lead's score, tier and factors, on every core (each range with
    // buffers of its own; what they share is only read).
    const auto scoreRows = [&](size_t begin, size_t end) {
        std::vector<float> contributions(size_t(x.columns) + 1); // one row's, reused
        std::vector<std::pair<int, int>> effects;                // (points, column)
        for (size_t row = begin; row < end; ++row) {
            const double p = probabilities[row];
            LeadScore& s = out[row];
            s.contact = open[row].contact;
            s.modelId = modelId;
            s.scoredAt = now;
            s.cutoff = open[row].cutoff;
            s.probability = p;
            s.score = scoreOf(p);
            if (tiered) {
                const auto higher =
                    std::lower_bound(sorted.begin(), sorted.end(), p, std::greater<>());
                s.tier = tierOf(qint64(higher - sorted.begin()), qint64(sorted.size()));
            }
            explained->trees.contributions(x.values.data() + row * size_t(x.columns), x.columns,
                                           contributions.data());
            effects.clear();
            const double clamped = std::clamp(p, 1e-12, 1 - 1e-12);
            const double logit = std::log(clamped / (1 - clamped));
            for (int c = 0; c < x.columns; ++c) {
                const double contribution = double(contributions[size_t(c)]);
                // A point needs a change of half a percent, so a contribution of 0.02 in log-odds
                // (the steepest the logistic curve gets is a quarter): smaller ones are skipped.
                if (std::abs(contribution) < 0.02)
                    continue;
                if (const int n = points(clamped, logit, contribution); n != 0)
                    effects.emplace_back(n, c);
            }
            std::stable_sort(effects.begin(), effects.end(),
                             [](const auto& a, const auto& b) { return a.first > b.first; });
            // [[feature column, x, points], …] (ScoreFactors names the features when shown).
            char text[2 * FactorsEachWay * 48 + 2];
            char* end = text;
            const auto put = [&](auto number) {
                end = std::to_chars(end, text + sizeof text, number).ptr;
            };
            *end++ = '[';
            const auto add = [&](const std::pair<int, int>& effect) {
                if (end - text > 1)
                    *end++ = ',';
                *end++ = '[';
                put(effect.second);
                *end++ = ',';
                if (const float v = x.at(qint64(row), effect.second); std::isnan(v))
                    end = std::copy_n("null", 4, end);
                else
                    put(v); // the shortest text that reads back as the same float
                *end++ = ',';
                put(effect.first);
                *end++ = ']';
            };
            int up = 0;
            for (const auto& effect : effects)
                if (effect.first > 0 && up++ < FactorsEachWay)
                    add(effect);
            int down = 0;
            for (auto it = effects.rbegin(); it != effects.rend(); ++it)
                if (it->first < 0 && down++ < FactorsEachWay)
                    add(*it);
            *end++ = ']';
            s.factorsJson = QByteArray(text, end - text);
        }
    };
    forRowRanges(open.size(), 5'000, scoreRows);
    return out;
}

} // namespace leadloop
