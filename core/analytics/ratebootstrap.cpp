#include "ratebootstrap.h"

#include "resampling.h"

#include <algorithm>
#include <cmath>
#include <mutex>

namespace leadloop {

int RateBootstrap::indexOf(std::vector<QString>& names, const QString& name) const
{
    const auto found = std::find(names.begin(), names.end(), name);
    if (found != names.end())
        return int(found - names.begin());
    names.push_back(name);
    return int(names.size() - 1);
}

void RateBootstrap::add(qint64 unit, const QString& group, const QString& count, double amount)
{
    const auto [it, added] = m_units.try_emplace(unit, m_units.size());
    m_entries.push_back(
        {it->second, indexOf(m_groups, group), indexOf(m_counts, count), amount});
}

RateBootstrap::Bounds RateBootstrap::bounds(const std::vector<RateIntervals::Rate>& rates,
                                            int replicates, quint64 seed) const
{
    Bounds out;
    const size_t groups = m_groups.size(), counts = m_counts.size();
    const auto countIndex = [&](const QString& key) {
        const auto found = std::find(m_counts.begin(), m_counts.end(), key);
        return found == m_counts.end() ? -1 : int(found - m_counts.begin());
    };
    // Per rate, per group: the values over the resamples that have a denominator.
    std::vector<std::vector<std::vector<double>>> values(
        rates.size(), std::vector<std::vector<double>>(groups));
    std::mutex lock;
    resampling::run(m_units.size(), replicates, seed, [&](int, const resampling::Draws& draws) {
        std::vector<double> sums(groups * counts, 0.0);
        for (const Entry& e : m_entries)
            sums[size_t(e.group) * counts + size_t(e.count)] += draws[e.unit] * e.amount;
        std::vector<std::vector<std::pair<size_t, double>>> mine(rates.size());
        for (size_t k = 0; k < rates.size(); ++k) {
            const int x = countIndex(rates[k].numerator);
            for (size_t g = 0; g < groups; ++g) {
                double n = 0;
                for (const QString& d : rates[k].denominators)
                    if (const int i = countIndex(d); i >= 0)
                        n += sums[g * counts + size_t(i)];
                if (n > 0)
                    mine[k].emplace_back(g, x >= 0 ? sums[g * counts + size_t(x)] / n : 0.0);
            }
        }
        const std::lock_guard guard(lock);
        for (size_t k = 0; k < rates.size(); ++k)
            for (const auto& [g, v] : mine[k])
                values[k][g].push_back(v);
    });
    for (size_t k = 0; k < rates.size(); ++k)
        for (size_t g = 0; g < groups; ++g)
            if (!values[k][g].empty())
                out[m_groups[g]][rates[k].key] = resampling::interval95(values[k][g]);
    return out;
}

void RateBootstrap::addColumns(ResultTable& table, const std::vector<RateIntervals::Rate>& rates,
                               const Bounds& bounds)
{
    for (const RateIntervals::Rate& rate : rates)
        RateIntervals::insertBounds(
            table, rate.key,
            [&](const QVariantList& row) -> std::optional<std::pair<double, double>> {
                const auto group = bounds.find(row.value(0).toString());
                if (group == bounds.end())
                    return std::nullopt;
                const auto found = group->second.find(rate.key);
                if (found == group->second.end())
                    return std::nullopt;
                return found->second;
            });
}

} // namespace leadloop
