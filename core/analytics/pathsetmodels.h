#pragma once

#include "analytics/attributionmodels.h"

#include <map>
#include <optional>
#include <QString>
#include <QStringList>
#include <vector>

namespace leadloop::attribution {

/// What the path-set models read from a set of journeys, gathered in one pass over them with
/// channels numbered as they are first seen: Markov's first-order transitions (runs of one
/// channel collapsed) and Shapley's conversions and journeys per exact channel set.
class PathSetCounts final
{
public:
    explicit PathSetCounts(const std::vector<Path>& paths);

    /// Markov removal effects, solved exactly: RE(c) = 1 - P(conversion | c removed) /
    /// P(conversion); the whole chain's conversion probability in `probability`.
    std::map<QString, double> removalEffects(double* probability = nullptr) const;
    /// The conversion ratio of every exact channel set (conversions over journeys), keyed by the
    /// sorted channel names: the input of shapleyValues().
    std::map<QStringList, double> coalitionRatios() const;

private:
    QStringList m_channels; // by index, in the order first seen
    // Markov: starts, transitions between channels, conversions and exits per channel.
    std::vector<double> m_start, m_conversions, m_out;
    std::vector<std::vector<double>> m_between;
    double m_startTotal = 0;
    // Shapley: per channel set (sorted indices), conversions and journeys, in first-seen order.
    std::vector<std::vector<int>> m_sets;
    std::vector<std::pair<double, double>> m_setCounts;
};

/// The path-set models' channel weights over one set of journeys, counted once (PathSetCounts)
/// and each computed on first use, so `--model all` and a report's removal-effect and Shapley
/// columns share one pass.
class PathSetModels final
{
public:
    explicit PathSetModels(const std::vector<Path>& paths)
        : m_paths(paths)
    {}

    const std::map<QString, double>& removalEffects();
    /// The whole chain's probability of conversion (Markov).
    double conversionProbability();
    const std::map<QString, double>& shapley();
    /// Markov's or Shapley's weights.
    const std::map<QString, double>& weights(Model model);

private:
    const PathSetCounts& counts();

    const std::vector<Path>& m_paths;
    std::optional<PathSetCounts> m_counts;
    std::optional<std::map<QString, double>> m_effects, m_shapley;
    double m_probability = 0;
};

} // namespace leadloop::attribution
