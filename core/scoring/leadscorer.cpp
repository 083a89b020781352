#include "leadscorer.h"

#include "leadhistory.h"

#include <algorithm>
#include <cmath>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace leadloop {

int LeadScorer::scoreOf(double probability)
{
    return int(std::lround(std::clamp(probability, 0.0, 1.0) * 100));
}

int LeadScorer::pointsOf(double probability, double contribution)
{
    const double p = std::clamp(probability, 1e-12, 1 - 1e-12);
    const double without = 1 / (1 + std::exp(-(std::log(p / (1 - p)) - contribution)));
    return int(std::lround((p - without) * 100));
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
    std::vector<LeadSummary> leads;
    leads.reserve(open.size());
    for (const LeadCase& lead : open)
        leads.push_back(history.summarise(lead));
    const FeatureMatrix x = schema.matrix(leads);
    auto probabilities = model.predict(x);
    if (!probabilities)
        return probabilities.error();
    auto contributions = model.contributions(x);
    if (!contributions)
        return contributions.error();

    std::vector<double> sorted = *probabilities;
    std::sort(sorted.begin(), sorted.end(), std::greater<>());
    const QJsonArray specs = schema.toJson();
    const size_t width = size_t(x.columns) + 1;
    std::vector<LeadScore> out;
    out.reserve(open.size());
    for (size_t row = 0; row < open.size(); ++row) {
        const double p = (*probabilities)[row];
        LeadScore s;
        s.contact = open[row].contact;
        s.modelId = modelId;
        s.scoredAt = now;
        s.cutoff = open[row].cutoff;
        s.probability = p;
        s.score = scoreOf(p);
        if (tiered) {
            const auto higher = std::lower_bound(sorted.begin(), sorted.end(), p, std::greater<>());
            s.tier = tierOf(qint64(higher - sorted.begin()), qint64(sorted.size()));
        }
        std::vector<std::pair<int, int>> effects; // (points, column)
        for (int c = 0; c < x.columns; ++c) {
            const int points = pointsOf(p, double((*contributions)[row * width + size_t(c)]));
            if (points != 0)
                effects.emplace_back(points, c);
        }
        std::stable_sort(effects.begin(), effects.end(),
                         [](const auto& a, const auto& b) { return a.first > b.first; });
        const auto add = [&](const std::pair<int, int>& effect) {
            QJsonObject factor = specs.at(effect.second).toObject();
            factor.insert(u"feature"_s, schema.features()[size_t(effect.second)].name());
            const float v = x.at(qint64(row), effect.second);
            factor.insert(u"x"_s, std::isnan(v) ? QJsonValue() : QJsonValue(double(v)));
            factor.insert(u"points"_s, effect.first);
            s.factors.append(factor);
        };
        int up = 0;
        for (const auto& effect : effects)
            if (effect.first > 0 && up++ < FactorsEachWay)
                add(effect);
        int down = 0;
        for (auto it = effects.rbegin(); it != effects.rend(); ++it)
            if (it->first < 0 && down++ < FactorsEachWay)
                add(*it);
        out.push_back(std::move(s));
    }
    return out;
}

} // namespace leadloop
