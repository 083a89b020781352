#include "attributionmodels.h"

#include "channelnumbers.h"
#include "pathsetmodels.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <numeric>

using namespace Qt::StringLiterals;

namespace leadloop::attribution {

namespace {

const QString None = u"(none)"_s;

struct ModelName
{
    Model model;
    const char* id;
};

constexpr ModelName modelNames[] = {
    {Model::FirstTouch, "first_touch"},
    {Model::LastTouch, "last_touch"},
    {Model::LastNonDirect, "last_non_direct"},
    {Model::Linear, "linear"},
    {Model::TimeDecay, "time_decay"},
    {Model::PositionBased, "position_based"},
    {Model::WShaped, "w_shaped"},
    {Model::FullPath, "full_path"},
    {Model::Markov, "markov"},
    {Model::Shapley, "shapley"},
};

/// Milestone weighting: each milestone's share goes to the touch that carries it (a touch that
/// carries two gets both), `rest` is shared by the other touches, then the weights are scaled to
/// sum to 1 (so a missing milestone's share is spread over the others).
std::vector<double> milestones(const Path& path,
                               const std::vector<bool (*)(const Path&, size_t)>& carriers,
                               double share, double rest)
{
    const size_t n = path.touches.size();
    std::vector<double> w(n, 0.0);
    std::vector<bool> milestone(n, false);
    for (auto carries : carriers)
        for (size_t i = 0; i < n; ++i)
            if (carries(path, i)) {
                w[i] += share;
                milestone[i] = true;
                break; // one touch per milestone: the first that carries it
            }
    const size_t others = size_t(std::count(milestone.begin(), milestone.end(), false));
    for (size_t i = 0; i < n; ++i)
        if (!milestone[i])
            w[i] += rest / double(others);
    const double sum = std::accumulate(w.begin(), w.end(), 0.0);
    for (double& x : w)
        x /= sum;
    return w;
}

} // namespace

QString modelId(Model model)
{
    for (const ModelName& m : modelNames)
        if (m.model == model)
            return QString::fromLatin1(m.id);
    return {};
}

std::optional<Model> modelFromId(const QString& id)
{
    for (const ModelName& m : modelNames)
        if (id == QLatin1StringView(m.id))
            return m.model;
    return std::nullopt;
}

QList<Model> allModels()
{
    QList<Model> models;
    for (const ModelName& m : modelNames)
        models.append(m.model);
    return models;
}

std::vector<double> touchWeights(Model model, const Path& path, const Options& options)
{
    const size_t n = path.touches.size();
    if (n == 0)
        return {};
    std::vector<double> w(n, 0.0);
    switch (model) {
    case Model::FirstTouch:
        w.front() = 1;
        return w;
    case Model::LastTouch:
        w.back() = 1;
        return w;
    case Model::LastNonDirect: {
        size_t i = n;
        while (i > 0 && path.touches[i - 1].direct)
            --i;
        w[i == 0 ? n - 1 : i - 1] = 1; // only direct touches: the last one
        return w;
    }
    case Model::Linear:
        std::fill(w.begin(), w.end(), 1.0 / double(n));
        return w;
    case Model::TimeDecay: {
        const double halfLifeMs = options.halfLifeDays * 86'400'000.0;
        for (size_t i = 0; i < n; ++i)
            w[i] = std::exp2(-double(path.convertedAt - path.touches[i].at) / halfLifeMs);
        const double sum = std::accumulate(w.begin(), w.end(), 0.0);
        for (double& x : w)
            x /= sum;
        return w;
    }
    case Model::PositionBased:
        if (n == 1)
            return {1.0};
        if (n == 2)
            return {0.5, 0.5};
        std::fill(w.begin(), w.end(), 0.2 / double(n - 2));
        w.front() = w.back() = 0.4;
        return w;
    case Model::WShaped:
        return milestones(path,
                          {[](const Path&, size_t i) { return i == 0; },
                           [](const Path& p, size_t i) { return p.touches[i].lead; },
                           [](const Path& p, size_t i) { return p.touches[i].opportunity; }},
                          0.30, 0.10);
    case Model::FullPath:
        return milestones(path,
                          {[](const Path&, size_t i) { return i == 0; },
                           [](const Path& p, size_t i) { return p.touches[i].lead; },
                           [](const Path& p, size_t i) { return p.touches[i].opportunity; },
                           [](const Path& p, size_t i) { return p.touches[i].close; }},
                          0.225, 0.10);
    case Model::Markov:
    case Model::Shapley:
        break; // path-set models: see credit()
    }
    std::fill(w.begin(), w.end(), 1.0 / double(n));
    return w;
}

std::map<QString, double> markovRemovalEffects(const std::vector<Path>& paths, double* probability)
{
    return PathSetCounts(paths).removalEffects(probability);
}

std::map<QStringList, double> coalitionRatios(const std::vector<Path>& paths)
{
    return PathSetCounts(paths).coalitionRatios();
}

std::map<QString, double> shapleyValues(const std::map<QStringList, double>& coalitionRatios)
{
    QStringList players;
    for (const auto& [coalition, ratio] : coalitionRatios)
        for (const QString& p : coalition)
            if (!players.contains(p))
                players.append(p);
    std::sort(players.begin(), players.end());
    const int n = int(players.size());
    std::map<QString, double> values;
    if (n == 0 || n > 20)
        return values; // beyond 20 channels the exact sum is too large; callers group first
    const size_t subsets = size_t(1) << n;
    // v(S) = the sum of r(T) over coalitions T within S: a sum over subsets (zeta transform).
    std::vector<double> v(subsets, 0.0);
    for (const auto& [coalition, ratio] : coalitionRatios) {
        size_t mask = 0;
        for (const QString& p : coalition)
            mask |= size_t(1) << players.indexOf(p);
        v[mask] += ratio;
    }
    for (int i = 0; i < n; ++i)
        for (size_t s = 0; s < subsets; ++s)
            if (s & (size_t(1) << i))
                v[s] += v[s ^ (size_t(1) << i)];
    // Weights |S|! (n - |S| - 1)! / n! by coalition size.
    std::vector<double> weight(size_t(n), 0.0);
    for (int k = 0; k < n; ++k)
        weight[size_t(k)] = std::exp(std::lgamma(k + 1) + std::lgamma(n - k) - std::lgamma(n + 1));
    for (int i = 0; i < n; ++i) {
        const size_t bit = size_t(1) << i;
        double phi = 0;
        for (size_t s = 0; s < subsets; ++s)
            if (!(s & bit))
                phi += weight[size_t(std::popcount(s))] * (v[s | bit] - v[s]);
        values[players[i]] = phi;
    }
    return values;
}

std::map<QString, Credit> credit(Model model, const std::vector<Path>& paths,
                                 const Options& options, PathSetModels* shared)
{
    std::map<QString, Credit> credits;
    double totalConversions = 0, totalValue = 0;
    double touchlessConversions = 0, touchlessValue = 0;
    for (const Path& p : paths) {
        totalConversions += p.conversions;
        totalValue += p.value;
        if (p.touches.empty() && p.conversions > 0) {
            touchlessConversions += p.conversions;
            touchlessValue += p.value;
        }
    }
    if (touchlessConversions > 0 || touchlessValue > 0)
        credits[None] = {touchlessConversions, touchlessValue};
    const double toShare = totalConversions - touchlessConversions;
    const double valueToShare = totalValue - touchlessValue;

    if (model == Model::Markov || model == Model::Shapley) {
        std::optional<PathSetModels> own;
        if (!shared)
            shared = &own.emplace(paths);
        const std::map<QString, double>& weights = shared->weights(model);
        double sum = 0;
        for (const auto& [channel, w] : weights)
            sum += std::max(0.0, w);
        if (sum <= 0) {
            // Nothing to tell the channels apart: the conversions stay unattributed.
            if (toShare > 0 || valueToShare > 0) {
                credits[None].conversions += toShare;
                credits[None].value += valueToShare;
            }
            return credits;
        }
        for (const auto& [channel, w] : weights) {
            const double share = std::max(0.0, w) / sum;
            credits[channel].conversions += toShare * share;
            credits[channel].value += valueToShare * share;
        }
        return credits;
    }
    // Credit summed per channel number, in path order as addCredit() would, and "(none)" first
    // (a dimension may have a group of that name).
    QStringList names;
    ChannelNumbers numbers(names);
    std::vector<Credit> byNumber;
    if (const auto none = credits.find(None); none != credits.end()) {
        numbers.of(None);
        byNumber.push_back(none->second);
    }
    for (const Path& p : paths) {
        if (p.touches.empty() || (p.conversions <= 0 && p.value == 0))
            continue;
        const std::vector<double> w = touchWeights(model, p, options);
        for (size_t i = 0; i < w.size(); ++i) {
            if (w[i] == 0)
                continue; // a touch without credit does not make its group appear
            const size_t number = size_t(numbers.of(p.touches[i].channel));
            if (number >= byNumber.size())
                byNumber.resize(number + 1);
            byNumber[number].conversions += w[i] * p.conversions;
            byNumber[number].value += w[i] * p.value;
        }
    }
    for (size_t i = 0; i < byNumber.size(); ++i)
        credits[names[qsizetype(i)]] = byNumber[i];
    return credits;
}

QString noneGroup()
{
    return None;
}

void addCredit(std::map<QString, Credit>& credits, const Path& p, const std::vector<double>& w,
               double times)
{
    for (size_t i = 0; i < w.size(); ++i) {
        if (w[i] == 0)
            continue; // a touch without credit does not make its group appear
        Credit& c = credits[p.touches[i].channel];
        c.conversions += w[i] * p.conversions * times;
        c.value += w[i] * p.value * times;
    }
}

} // namespace leadloop::attribution
