#include "pathsetmodels.h"

#include "channelnumbers.h"
#include "common/sequencehash.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace leadloop::attribution {

namespace {

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

PathSetCounts::PathSetCounts(const std::vector<Path>& paths)
{
    ChannelNumbers numbers(m_channels);
    const auto grow = [this] {
        const size_t n = size_t(m_channels.size());
        if (m_start.size() >= n)
            return;
        m_start.resize(n, 0.0);
        m_conversions.resize(n, 0.0);
        m_out.resize(n, 0.0);
        for (auto& row : m_between)
            row.resize(n, 0.0);
        m_between.resize(n, std::vector<double>(n, 0.0));
    };
    std::unordered_map<std::vector<int>, size_t, IntSequenceHash> setIndex;
    std::vector<int> set;
    for (const Path& p : paths) {
        if (p.touches.empty())
            continue;
        const double journeys = p.conversions + p.nulls;
        int previous = -1;
        set.clear();
        for (const Touch& t : p.touches) {
            const int state = numbers.of(t.channel);
            if (std::find(set.begin(), set.end(), state) == set.end())
                set.push_back(state);
            if (state == previous)
                continue;
            grow();
            if (previous < 0) {
                m_start[size_t(state)] += journeys;
                m_startTotal += journeys;
            } else {
                m_between[size_t(previous)][size_t(state)] += journeys;
                m_out[size_t(previous)] += journeys;
            }
            previous = state;
        }
        m_conversions[size_t(previous)] += p.conversions;
        m_out[size_t(previous)] += journeys; // to conversion or null

        std::sort(set.begin(), set.end());
        auto found = setIndex.find(set);
        if (found == setIndex.end()) {
            found = setIndex.emplace(set, m_sets.size()).first;
            m_sets.push_back(set);
            m_setCounts.push_back({0.0, 0.0});
        }
        m_setCounts[found->second].first += p.conversions;
        m_setCounts[found->second].second += journeys;
    }
}

std::map<QString, double> PathSetCounts::removalEffects(double* probability) const
{
    std::map<QString, double> effects;
    const size_t n = size_t(m_channels.size());
    if (n == 0 || m_startTotal <= 0)
        return effects;
    std::vector<double> start = m_start, conv = m_conversions;
    std::vector<std::vector<double>> between = m_between;
    for (size_t i = 0; i < n; ++i) {
        start[i] /= m_startTotal;
        if (m_out[i] > 0) {
            conv[i] /= m_out[i];
            for (size_t j = 0; j < n; ++j)
                between[i][j] /= m_out[i];
        }
    }
    const double full = conversionProbability(start, between, conv, -1);
    if (probability)
        *probability = full;
    for (size_t i = 0; i < n; ++i)
        effects[m_channels[qsizetype(i)]] =
            full > 0 ? 1.0 - conversionProbability(start, between, conv, int(i)) / full : 0.0;
    return effects;
}

std::map<QStringList, double> PathSetCounts::coalitionRatios() const
{
    std::map<QStringList, std::pair<double, double>> sets; // conversions, journeys
    for (size_t k = 0; k < m_sets.size(); ++k) {
        QStringList names;
        for (int i : m_sets[k])
            names.append(m_channels[i]);
        std::sort(names.begin(), names.end());
        sets[names] = m_setCounts[k];
    }
    std::map<QStringList, double> ratios;
    for (const auto& [set, counts] : sets)
        ratios[set] = counts.second > 0 ? counts.first / counts.second : 0.0;
    return ratios;
}

const PathSetCounts& PathSetModels::counts()
{
    if (!m_counts)
        m_counts.emplace(m_paths);
    return *m_counts;
}

const std::map<QString, double>& PathSetModels::removalEffects()
{
    if (!m_effects)
        m_effects = counts().removalEffects(&m_probability);
    return *m_effects;
}

double PathSetModels::conversionProbability()
{
    removalEffects();
    return m_probability;
}

const std::map<QString, double>& PathSetModels::shapley()
{
    if (!m_shapley)
        m_shapley = shapleyValues(counts().coalitionRatios());
    return *m_shapley;
}

const std::map<QString, double>& PathSetModels::weights(Model model)
{
    return model == Model::Markov ? removalEffects() : shapley();
}

} // namespace leadloop::attribution
