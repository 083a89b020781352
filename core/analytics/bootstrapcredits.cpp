#include "bootstrapcredits.h"

#include "resampling.h"

#include <algorithm>
#include <cmath>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace leadloop {

namespace {

using attribution::Model;
using attribution::Path;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BootstrapCredits)
};

/// Journeys that the path-set models cannot tell apart (the same collapsed channel sequence for
/// Markov, the same channel set for Shapley), gathered once: a resample only changes how many of
/// each there are.
struct Classes
{
    std::vector<Path> paths;  ///< one per class, counts rewritten per resample
    std::vector<int> classOf; ///< per journey
};

Classes classesFor(Model model, const std::vector<Path>& paths)
{
    Classes out;
    std::map<QStringList, int> index;
    out.classOf.reserve(paths.size());
    for (const Path& p : paths) {
        QStringList key;
        for (const attribution::Touch& t : p.touches) {
            if (model == Model::Markov ? (!key.isEmpty() && key.back() == t.channel)
                                       : key.contains(t.channel))
                continue;
            key.append(t.channel);
        }
        if (model == Model::Shapley)
            std::sort(key.begin(), key.end());
        auto [it, added] = index.try_emplace(key, int(out.paths.size()));
        if (added) {
            Path representative;
            for (const QString& channel : key)
                representative.touches.push_back({channel});
            out.paths.push_back(std::move(representative));
        }
        out.classOf.push_back(it->second);
    }
    return out;
}

} // namespace

BootstrapCredits::Result BootstrapCredits::run(const std::vector<Path>& paths,
                                               const QList<Model>& models,
                                               const attribution::Options& options, int replicates,
                                               quint64 seed,
                                               const std::function<Model(Model)>& modelFor)
{
    const size_t n = paths.size();
    const size_t m = size_t(models.size());
    Result result(m);
    if (n == 0 || replicates < 2)
        return result;
    const auto effective = [&](Model model) { return modelFor ? modelFor(model) : model; };

    // What does not change between resamples: each single-path model's touch weights per
    // journey, the path-set models' classes.
    std::vector<std::vector<std::vector<double>>> weights(m);
    std::vector<Classes> classes(m);
    for (size_t k = 0; k < m; ++k) {
        const Model model = effective(models[qsizetype(k)]);
        if (model == Model::Markov || model == Model::Shapley) {
            classes[k] = classesFor(model, paths);
            continue;
        }
        weights[k].resize(n);
        for (size_t i = 0; i < n; ++i)
            if (!paths[i].touches.empty() && (paths[i].conversions > 0 || paths[i].value != 0))
                weights[k][i] = attribution::touchWeights(model, paths[i], options);
    }

    // Every group a model credits on the whole data (a resample's groups are among them).
    std::vector<std::map<QString, std::vector<attribution::Credit>>> draws(m);
    for (size_t k = 0; k < m; ++k)
        for (const auto& [group, credit] :
             attribution::credit(effective(models[qsizetype(k)]), paths, options))
            draws[k][group].assign(size_t(replicates), {});

    resampling::run(n, replicates, seed, [&](int r, const resampling::Draws& times) {
        for (size_t k = 0; k < m; ++k) {
            const Model model = effective(models[qsizetype(k)]);
            std::map<QString, attribution::Credit> credits;
            if (model == Model::Markov || model == Model::Shapley) {
                Classes c = classes[k]; // this thread's copy of the counts
                for (Path& p : c.paths)
                    p.conversions = p.value = p.nulls = 0;
                for (size_t i = 0; i < n; ++i) {
                    if (times[i] == 0)
                        continue;
                    Path& p = c.paths[size_t(c.classOf[i])];
                    p.conversions += paths[i].conversions * times[i];
                    p.value += paths[i].value * times[i];
                    p.nulls += paths[i].nulls * times[i];
                }
                credits = attribution::credit(model, c.paths, options);
            } else {
                double touchless = 0, touchlessValue = 0;
                for (size_t i = 0; i < n; ++i) {
                    if (times[i] == 0)
                        continue;
                    if (paths[i].touches.empty()) {
                        touchless += paths[i].conversions * times[i];
                        touchlessValue += paths[i].value * times[i];
                        continue;
                    }
                    attribution::addCredit(credits, paths[i], weights[k][i], times[i]);
                }
                if (touchless > 0 || touchlessValue > 0)
                    credits[attribution::noneGroup()] = {touchless, touchlessValue};
            }
            for (auto& [group, cells] : draws[k]) {
                const auto found = credits.find(group);
                if (found != credits.end())
                    cells[size_t(r)] = found->second;
            }
        }
    });

    for (size_t k = 0; k < m; ++k)
        for (auto& [group, cells] : draws[k]) {
            std::vector<double> conversions, value;
            for (const attribution::Credit& c : cells) {
                conversions.push_back(c.conversions);
                value.push_back(c.value);
            }
            const auto [conversionsLow, conversionsHigh] = resampling::interval95(conversions);
            const auto [valueLow, valueHigh] = resampling::interval95(value);
            result[k][group] = {conversionsLow, conversionsHigh, valueLow, valueHigh};
        }
    return result;
}

void BootstrapCredits::addBounds(ResultTable& table, const QString& key,
                                 const std::map<QString, std::pair<double, double>>& bounds,
                                 int places)
{
    qsizetype at = -1;
    for (qsizetype c = 0; c < table.columns.size(); ++c)
        if (table.columns[c].key == key)
            at = c;
    if (at < 0)
        return;
    const ResultColumn base = table.columns[at];
    table.columns.insert(
        at + 1, {key + u"_low"_s, Tr::tr("%1 (low)").arg(base.title), base.kind, base.decimals});
    table.columns.insert(
        at + 2, {key + u"_high"_s, Tr::tr("%1 (high)").arg(base.title), base.kind, base.decimals});
    const double scale = std::pow(10.0, places);
    for (QVariantList& row : table.rows) {
        QVariant low, high;
        if (const auto found = bounds.find(row.value(0).toString()); found != bounds.end()) {
            low = std::round(found->second.first * scale) / scale;
            high = std::round(found->second.second * scale) / scale;
        }
        while (row.size() < table.columns.size() - 2)
            row.append(QVariant());
        row.insert(at + 1, low);
        row.insert(at + 2, high);
    }
}

void BootstrapCredits::addColumns(ResultTable& table, const QList<Model>& models,
                                  const Result& bounds)
{
    const bool single = models.size() == 1;
    for (qsizetype k = 0; k < models.size(); ++k) {
        const QString id = attribution::modelId(models[k]);
        std::map<QString, std::pair<double, double>> conversions, value;
        for (const auto& [group, b] : bounds[size_t(k)]) {
            conversions[group] = {b.conversionsLow, b.conversionsHigh};
            value[group] = {b.valueLow, b.valueHigh};
        }
        addBounds(table, single ? u"conversions"_s : id + u"_conversions"_s, conversions, 4);
        addBounds(table, single ? u"value"_s : id + u"_value"_s, value, 2);
    }
}

} // namespace leadloop
