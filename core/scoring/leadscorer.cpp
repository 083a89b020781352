#include "leadscorer.h"

#include "leadhistory.h"

#include <algorithm>
#include <cmath>
#include <QJsonDocument>
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
    // The fast approximation: a path per tree instead of every leaf (docs/scoring.md, "Scores").
    auto contributions = model.contributions(x, true);
    if (!contributions)
        return contributions.error();

    std::vector<double> sorted = *probabilities;
    std::sort(sorted.begin(), sorted.end(), std::greater<>());
    // Each column's part of a factor's JSON, written once: {"source":…,"key":…,"value":…,
    // "feature":…, to which a lead's "x" and "points" are added.
    std::vector<QByteArray> prefixes;
    const QJsonArray specs = schema.toJson();
    for (int c = 0; c < x.columns; ++c) {
        QJsonObject base = specs.at(c).toObject();
        base.insert(u"feature"_s, schema.features()[size_t(c)].name());
        QByteArray text = QJsonDocument(base).toJson(QJsonDocument::Compact);
        text.chop(1); // the closing brace
        prefixes.push_back(text + ",\"x\":");
    }
    const size_t width = size_t(x.columns) + 1;
    std::vector<LeadScore> out;
    out.reserve(open.size());
    std::vector<std::pair<int, int>> effects; // (points, column)
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
        effects.clear();
        for (int c = 0; c < x.columns; ++c) {
            const double contribution = double((*contributions)[row * width + size_t(c)]);
            // A point needs a change of half a percent, so a contribution of 0.02 in log-odds
            // (the steepest the logistic curve gets is a quarter): smaller ones are skipped.
            if (std::abs(contribution) < 0.02)
                continue;
            if (const int points = pointsOf(p, contribution); points != 0)
                effects.emplace_back(points, c);
        }
        std::stable_sort(effects.begin(), effects.end(),
                         [](const auto& a, const auto& b) { return a.first > b.first; });
        QByteArray json = "[";
        const auto add = [&](const std::pair<int, int>& effect) {
            if (json.size() > 1)
                json += ',';
            json += prefixes[size_t(effect.second)];
            const float v = x.at(qint64(row), effect.second);
            json += std::isnan(v) ? QByteArray("null") : QByteArray::number(double(v), 'g', 9);
            json += ",\"points\":" + QByteArray::number(effect.first) + '}';
        };
        int up = 0;
        for (const auto& effect : effects)
            if (effect.first > 0 && up++ < FactorsEachWay)
                add(effect);
        int down = 0;
        for (auto it = effects.rbegin(); it != effects.rend(); ++it)
            if (it->first < 0 && down++ < FactorsEachWay)
                add(*it);
        s.factorsJson = json + ']';
        out.push_back(std::move(s));
    }
    return out;
}

} // namespace leadloop
