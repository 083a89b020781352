#include "attributionreport.h"

#include "bootstrapcredits.h"
#include "pathsetmodels.h"
#include "store/database.h"
#include "store/statement.h"
#include "store/workspacesettings.h"

#include <algorithm>
#include <cmath>
#include <set>

using namespace Qt::StringLiterals;

namespace leadloop {

namespace {

/// Rounds a credit for display and files: conversions to 4 decimals, money to cents.
double rounded(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

} // namespace

Result<ResultTable> AttributionReport::run(Database& db, const QList<attribution::Model>& models,
                                           const PathQuery& query,
                                           const attribution::Options& options,
                                           const Bootstrap& bootstrap)
{
    if (models.isEmpty())
        return Error{ErrorCode::InvalidArgument, tr("Choose a model.")};
    PathQuery q = query;
    q.withNonConverting =
        !ConversionPaths::isPeopleDimension(q.dimension) &&
        std::any_of(models.begin(), models.end(), [](attribution::Model m) {
            return m == attribution::Model::Markov || m == attribution::Model::Shapley;
        });
    q.mergeNonConverting = q.withNonConverting && bootstrap.replicates <= 0;
    auto paths = ConversionPaths::build(db, q);
    if (!paths)
        return paths.error();
    ResultTable table = credit(*paths, models, options, q.dimension, q.filter, bootstrap);
    auto currency = WorkspaceSettings::reportingCurrency(db);
    if (!currency)
        return currency.error();
    table.meta.insert(
        {{u"by"_s, q.dimension},
         {u"conversion"_s, q.kind == ConversionKind::Event && !q.eventName.isEmpty()
                               ? u"event:"_s + q.eventName
                               : QStringList{u"lead"_s, u"opportunity"_s, u"customer"_s,
                                             u"revenue"_s, u"event"_s}[int(q.kind)]},
         {u"lookback_days"_s, q.lookbackDays},
         {u"filter"_s, q.filter.describe()},
         {u"currency"_s, *currency}});
    return table;
}

ResultTable AttributionReport::credit(const std::vector<attribution::Path>& paths,
                                      const QList<attribution::Model>& models,
                                      const attribution::Options& options, const QString& dimension,
                                      const ReportFilter& filter, const Bootstrap& bootstrap)
{
    if (models.isEmpty())
        return {};
    // Markov and Shapley, as models and as columns, share one count of the paths.
    attribution::PathSetModels pathSet(paths);
    std::vector<std::map<QString, attribution::Credit>> credits;
    for (attribution::Model model : models)
        credits.push_back(attribution::credit(ConversionPaths::modelFor(model, dimension), paths,
                                              options, &pathSet));

    std::set<QString> groups;
    for (const auto& c : credits)
        for (const auto& [group, credit] : c)
            if (ConversionPaths::shows(group, filter))
                groups.insert(group);
    std::vector<QString> order(groups.begin(), groups.end());
    const auto conversionsOf = [&](const QString& g) {
        const auto it = credits.front().find(g);
        return it == credits.front().end() ? 0.0 : it->second.conversions;
    };
    std::stable_sort(order.begin(), order.end(), [&](const QString& a, const QString& b) {
        return conversionsOf(a) > conversionsOf(b);
    });

    ResultTable table;
    const QString key = ConversionPaths::dimensionKey(dimension);
    table.addColumn(key, ConversionPaths::dimensionTitle(dimension), ValueKind::Text);
    const bool single = models.size() == 1;
    for (attribution::Model model : models) {
        const QString id = attribution::modelId(model);
        table.addColumn(single ? u"conversions"_s : id + u"_conversions"_s,
                        single ? tr("Conversions") : tr("%1 conversions").arg(id),
                        ValueKind::Decimal, 1);
        table.addColumn(single ? u"value"_s : id + u"_value"_s,
                        single ? tr("Value") : tr("%1 value").arg(id), ValueKind::Money);
    }
    // What the path-set models rest on, per channel: Markov's removal effects and the Shapley
    // values (docs/metrics.md). People dimensions credit first touches instead.
    const bool sessionGroups = !ConversionPaths::isPeopleDimension(dimension);
    const auto uses = [&](attribution::Model m) { return sessionGroups && models.contains(m); };
    std::map<QString, double> effects, shapley;
    double probability = 0;
    if (uses(attribution::Model::Markov)) {
        effects = pathSet.removalEffects();
        probability = pathSet.conversionProbability();
        table.addColumn(u"markov_removal_effect"_s, tr("Markov removal effect"),
                        ValueKind::Percent);
    }
    if (uses(attribution::Model::Shapley)) {
        shapley = pathSet.shapley();
        table.addColumn(u"shapley_contribution"_s, tr("Shapley value"), ValueKind::Decimal, 4);
    }
    const auto cell = [](const std::map<QString, double>& values, const QString& group) {
        const auto it = values.find(group);
        return it == values.end() ? QVariant() : QVariant(rounded(it->second, 6));
    };
    for (const QString& group : order) {
        QVariantList row{group};
        for (const auto& c : credits) {
            const auto it = c.find(group);
            const attribution::Credit credit = it == c.end() ? attribution::Credit{} : it->second;
            row << rounded(credit.conversions, 4) << rounded(credit.value, 2);
        }
        if (uses(attribution::Model::Markov))
            row << cell(effects, group);
        if (uses(attribution::Model::Shapley))
            row << cell(shapley, group);
        table.addRow(row);
    }
    double conversions = 0, value = 0;
    for (const attribution::Path& p : paths) {
        conversions += p.conversions;
        value += p.value;
    }
    QStringList ids;
    for (attribution::Model model : models)
        ids.append(attribution::modelId(model));
    table.meta = {{u"models"_s, ids},
                  {u"half_life_days"_s, options.halfLifeDays},
                  {u"conversions"_s, rounded(conversions, 4)},
                  {u"value"_s, rounded(value, 2)}};
    if (uses(attribution::Model::Markov))
        table.meta.insert(u"markov_conversion_probability"_s, rounded(probability, 6));
    if (bootstrap.replicates > 0) {
        const auto bounds = BootstrapCredits::run(
            paths, models, options, bootstrap.replicates, bootstrap.seed,
            [&](attribution::Model m) { return ConversionPaths::modelFor(m, dimension); });
        BootstrapCredits::addColumns(table, models, bounds);
        table.meta.insert(u"bootstrap"_s, bootstrap.meta());
    }
    return table;
}

} // namespace leadloop
