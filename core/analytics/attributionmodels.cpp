#include "attributionmodels.h"

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

/// Solves A x = b by Gaussian elimination with partial pivoting (A is small and non-singular).
std::vector<double> solve(std::vector<std::vector<double>> a, std::vector<double> b)
{
    const size_t n = b.size();
    for (size_t col = 0; col < n; ++col) {
        size_t pivot = col;
        for (size_t r = col + 1; r < n; ++r)
            if (std::abs(a[r][col]) > std::abs(a[pivot][col]))
                pivot = r;
        std::swap(a[col], a[pivot]);
        std::swap(b[col], b[pivot]);
        if (std::abs(a[col][col]) < 1e-300)
            continue;
        for (size_t r = 0; r < n; ++r) {
            if (r == col)
                continue;
            const double f = a[r][col] / a[col][col];
            if (f == 0)
                continue;
            for (size_t c = col; c < n; ++c)
                a[r][c] -= f * a[col][c];
            b[r] -= f * b[col];
        }
    }
    std::vector<double> x(n, 0.0);
    for (size_t i = 0; i < n; ++i)
        x[i] = std::abs(a[i][i]) < 1e-300 ? 0.0 : b[i] / a[i][i];
    return x;
}

/// The probability of reaching conversion from the start, with `removed` (an index, or -1)
/// turned into a dead end.
double conversionProbability(const std::vector<double>& fromStart,
                             const std::vector<std::vector<double>>& between,
                             const std::vector<double>& toConversion, int removed)
{
    const size_t n = fromStart.size();
    // x = Q x + r over transient states; a removed state absorbs into null (x = 0).
    std::vector<std::vector<double>> a(n, std::vector<double>(n, 0.0));
    std::vector<double> b(n, 0.0);
    for (size_t i = 0; i < n; ++i) {
        a[i][i] = 1.0;
        if (int(i) == removed)
            continue;
        for (size_t j = 0; j < n; ++j)
            if (int(j) != removed)
                a[i][j] -= between[i][j];
        b[i] = toConversion[i];
    }
    const std::vector<double> x = solve(a, b);
    double p = 0;
    for (size_t i = 0; i < n; ++i)
        if (int(i) != removed)
            p += fromStart[i] * x[i];
    return p;
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
    // States: the channels; transitions counted from every journey, runs of one channel
    // collapsed (a first-order chain's removal effects do not depend on them).
    QStringList channels;
    for (const Path& p : paths)
        for (const Touch& t : p.touches)
            if (!channels.contains(t.channel))
                channels.append(t.channel);
    const size_t n = size_t(channels.size());
    std::vector<double> start(n, 0.0), conv(n, 0.0), out(n, 0.0);
    std::vector<std::vector<double>> between(n, std::vector<double>(n, 0.0));
    double startTotal = 0;
    for (const Path& p : paths) {
        if (p.touches.empty())
            continue;
        const double journeys = p.conversions + p.nulls;
        int previous = -1;
        for (const Touch& t : p.touches) {
            const int state = int(channels.indexOf(t.channel));
            if (state == previous)
                continue;
            if (previous < 0) {
                start[size_t(state)] += journeys;
                startTotal += journeys;
            } else {
                between[size_t(previous)][size_t(state)] += journeys;
                out[size_t(previous)] += journeys;
            }
            previous = state;
        }
        conv[size_t(previous)] += p.conversions;
        out[size_t(previous)] += journeys; // to conversion or null
    }
    std::map<QString, double> effects;
    if (n == 0 || startTotal <= 0)
        return effects;
    for (size_t i = 0; i < n; ++i) {
        start[i] /= startTotal;
        if (out[i] > 0) {
            conv[i] /= out[i];
            for (size_t j = 0; j < n; ++j)
                between[i][j] /= out[i];
        }
    }
    const double full = conversionProbability(start, between, conv, -1);
    if (probability)
        *probability = full;
    for (size_t i = 0; i < n; ++i)
        effects[channels[qsizetype(i)]] =
            full > 0 ? 1.0 - conversionProbability(start, between, conv, int(i)) / full : 0.0;
    return effects;
}

std::map<QStringList, double> coalitionRatios(const std::vector<Path>& paths)
{
    std::map<QStringList, std::pair<double, double>> sets; // conversions, journeys
    for (const Path& p : paths) {
        if (p.touches.empty())
            continue;
        QStringList set;
        for (const Touch& t : p.touches)
            if (!set.contains(t.channel))
                set.append(t.channel);
        std::sort(set.begin(), set.end());
        sets[set].first += p.conversions;
        sets[set].second += p.conversions + p.nulls;
    }
    std::map<QStringList, double> ratios;
    for (const auto& [set, counts] : sets)
        ratios[set] = counts.second > 0 ? counts.first / counts.second : 0.0;
    return ratios;
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
                                 const Options& options)
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
        const std::map<QString, double> weights = model == Model::Markov
                                                      ? markovRemovalEffects(paths)
                                                      : shapleyValues(coalitionRatios(paths));
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
    for (const Path& p : paths) {
        if (p.touches.empty() || (p.conversions <= 0 && p.value == 0))
            continue;
        addCredit(credits, p, touchWeights(model, p, options));
    }
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
