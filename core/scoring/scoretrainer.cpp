#include "scoretrainer.h"

#include "holdoutsplit.h"
#include "leadhistory.h"
#include "logisticregression.h"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <map>

using namespace Qt::StringLiterals;

namespace leadloop {

namespace {

std::vector<int> labelsOf(const std::vector<LeadCase>& leads, const std::vector<qint64>& rows)
{
    std::vector<int> out;
    out.reserve(rows.size());
    for (qint64 row : rows)
        out.push_back(*leads[size_t(row)].label);
    return out;
}

/// One feature's column on its own as a score: missing values rank lowest.
std::vector<double> column(const FeatureMatrix& x, int c)
{
    std::vector<double> out(size_t(x.rows));
    for (qint64 r = 0; r < x.rows; ++r) {
        const float v = x.at(r, c);
        out[size_t(r)] = std::isnan(v) ? -DBL_MAX : double(v);
    }
    return out;
}

/// Categories whose values together predict the target almost alone: each group of features
/// split from one category (`property:Tags=…`), read as one feature whose value is the lead's
/// category, scored by the share of learning leads of that category that were positive.
QStringList leakyGroups(const FeatureSchema& schema, const FeatureMatrix& x,
                        const std::vector<int>& labels, const QStringList& alreadyFlagged)
{
    std::map<QString, std::vector<int>> groups; // group → its columns
    for (int c = 0; c < x.columns; ++c) {
        const FeatureSpec& spec = schema.features()[size_t(c)];
        if (spec.group() != spec.name())
            groups[spec.group()].push_back(c);
    }
    QStringList out;
    for (const auto& entry : groups) {
        // Named, not bound: lambdas cannot capture structured bindings before C++20's P1091
        // reached clang 16.
        const QString& group = entry.first;
        const std::vector<int>& columns = entry.second;
        if (columns.size() < 2)
            continue;
        const bool flagged =
            std::any_of(alreadyFlagged.begin(), alreadyFlagged.end(),
                        [&](const QString& name) { return name.startsWith(group + u'='); });
        if (flagged)
            continue;
        std::vector<int> value(size_t(x.rows), -1);
        std::map<int, std::pair<double, double>> rate; // value → (positives, leads)
        for (qint64 r = 0; r < x.rows; ++r) {
            for (int c : columns)
                if (x.at(r, c) > 0.5f) {
                    value[size_t(r)] = c;
                    break;
                }
            auto& [positives, leads] = rate[value[size_t(r)]];
            positives += labels[size_t(r)];
            leads += 1;
        }
        std::vector<double> scores(size_t(x.rows));
        for (qint64 r = 0; r < x.rows; ++r) {
            const auto& [positives, leads] = rate[value[size_t(r)]];
            scores[size_t(r)] = positives / leads;
        }
        const double auc = ScoringMetrics::rocAuc(scores, labels);
        if (!std::isnan(auc) && std::max(auc, 1 - auc) >= ScoreEvaluation::LeakAuc)
            out.append(group);
    }
    return out;
}

} // namespace

Result<TrainingData> ScoreTrainer::prepare(const LeadCases& cases, const LeadHistory& history,
                                           const TrainingOptions& options)
{
    const std::vector<LeadCase>& leads = cases.training;
    if (!options.splitDate && !(options.holdout > 0 && options.holdout < 1))
        return Error{ErrorCode::InvalidArgument,
                     tr("The hold-out must be a share between 0 and 1, such as 0.25.")};
    TrainingData data;
    data.parts = options.splitDate ? HoldoutSplit::byDate(leads, *options.splitDate)
                                   : HoldoutSplit::random(leads, options.holdout, options.seed);
    data.trainLabels = labelsOf(leads, data.parts.train);
    data.holdoutLabels = labelsOf(leads, data.parts.holdout);
    if (data.parts.train.empty())
        return Error{ErrorCode::BadInput,
                     tr("No labelled lead is left to learn from: choose a smaller hold-out or a "
                        "later split date.")};
    const qint64 trainPositives =
        qint64(std::count(data.trainLabels.begin(), data.trainLabels.end(), 1));
    if (trainPositives == 0 || trainPositives == qint64(data.trainLabels.size()))
        return Error{ErrorCode::BadInput,
                     tr("The leads to learn from (%1) are all of one outcome for the target %2: "
                        "there is nothing to learn. Tag more outcomes or choose another split.")
                         .arg(data.trainLabels.size())
                         .arg(options.target.toString())};
    if (data.parts.holdout.empty())
        return Error{ErrorCode::BadInput,
                     tr("No lead is held out to judge the model: choose a larger hold-out or an "
                        "earlier split date.")};

    std::vector<LeadSummary> trainLeads, holdoutLeads;
    for (qint64 row : data.parts.train)
        trainLeads.push_back(history.summarise(leads[size_t(row)]));
    for (qint64 row : data.parts.holdout)
        holdoutLeads.push_back(history.summarise(leads[size_t(row)]));
    FeatureSchema::Options schemaOptions;
    schemaOptions.exclude = options.exclude;
    if (options.target.kind == ScoringTarget::Kind::Property)
        schemaOptions.targetProperty = options.target.property;
    data.schema = FeatureSchema::learn(trainLeads, schemaOptions, &data.excluded);
    if (data.schema.features().empty())
        return Error{ErrorCode::BadInput, tr("No feature is left to learn from.")};
    data.trainX = data.schema.matrix(trainLeads);
    data.holdoutX = data.schema.matrix(holdoutLeads);
    return data;
}

Result<TrainedModel> ScoreTrainer::train(const LeadCases& cases, const LeadHistory& history,
                                         const TrainingOptions& options)
{
    auto prepared = prepare(cases, history, options);
    if (!prepared)
        return prepared.error();
    const std::vector<LeadCase>& leads = cases.training;
    const HoldoutSplit::Parts& parts = prepared->parts;
    const std::vector<int>& trainLabels = prepared->trainLabels;
    const std::vector<int>& holdoutLabels = prepared->holdoutLabels;
    const FeatureMatrix& trainX = prepared->trainX;
    const FeatureMatrix& holdoutX = prepared->holdoutX;
    const auto positives = [](const std::vector<int>& l) {
        return qint64(std::count(l.begin(), l.end(), 1));
    };
    TrainedModel out;
    ScoreEvaluation& e = out.evaluation;
    out.schema = prepared->schema;
    e.excluded = prepared->excluded;

    GradientBoosting::Options trees = options.trees;
    trees.seed = options.seed;
    auto model = GradientBoosting::train(trainX, trainLabels, trees);
    if (!model)
        return model.error();
    out.model = std::move(*model);
    e.trees = out.model.rounds();
    auto baseline = LogisticRegression::train(trainX, trainLabels);
    if (!baseline)
        return baseline.error();
    auto probabilities = out.model.predict(holdoutX);
    if (!probabilities)
        return probabilities.error();
    const std::vector<double> baselineProbabilities = baseline->predict(holdoutX);

    e.target = options.target.toString();
    e.trainRows = qint64(parts.train.size());
    e.holdoutRows = qint64(parts.holdout.size());
    e.holdoutPositives = positives(holdoutLabels);
    e.positives = positives(trainLabels) + e.holdoutPositives;
    e.auc = ScoringMetrics::rocAuc(*probabilities, holdoutLabels);
    e.baselineAuc = ScoringMetrics::rocAuc(baselineProbabilities, holdoutLabels);
    e.brier = ScoringMetrics::brier(*probabilities, holdoutLabels);
    e.baselineBrier = ScoringMetrics::brier(baselineProbabilities, holdoutLabels);
    e.roc = ScoringMetrics::rocCurve(*probabilities, holdoutLabels);
    e.baselineRoc = ScoringMetrics::rocCurve(baselineProbabilities, holdoutLabels);
    e.calibration = ScoringMetrics::calibration(*probabilities, holdoutLabels);
    e.lift = ScoringMetrics::lift(*probabilities, holdoutLabels);
    e.dataFrom = e.dataTo = leads.front().cutoff;
    for (const LeadCase& lead : leads) {
        e.dataFrom = std::min(e.dataFrom, lead.cutoff);
        e.dataTo = std::max(e.dataTo, lead.cutoff);
    }

    // Importance: exact SHAP values over at most ImportanceRows learning leads, evenly spaced.
    std::vector<qint64> sample;
    const qint64 step = std::max<qint64>(1, (trainX.rows + ImportanceRows - 1) / ImportanceRows);
    for (qint64 r = 0; r < trainX.rows; r += step)
        sample.push_back(r);
    const FeatureMatrix sampleX = trainX.select(sample);
    auto contributions = out.model.contributions(sampleX);
    if (!contributions)
        return contributions.error();
    const int columns = trainX.columns;
    double total = 0;
    for (int c = 0; c < columns; ++c) {
        double sum = 0;
        for (qint64 r = 0; r < sampleX.rows; ++r)
            sum += std::abs(double((*contributions)[size_t(r) * size_t(columns + 1) + size_t(c)]));
        FeatureWeight w;
        w.name = out.schema.features()[size_t(c)].name();
        w.importance = sum / double(sampleX.rows);
        w.baselineWeight = baseline->weights()[size_t(c)];
        const double alone = ScoringMetrics::rocAuc(column(trainX, c), trainLabels);
        w.aloneAuc = std::isnan(alone) ? 0.5 : std::max(alone, 1 - alone);
        if (w.aloneAuc >= ScoreEvaluation::LeakAuc)
            e.leaks.append(w.name);
        total += w.importance;
        e.features.push_back(w);
    }
    e.leaks += leakyGroups(out.schema, trainX, trainLabels, e.leaks);
    e.leaks.sort();
    for (FeatureWeight& w : e.features)
        w.share = total > 0 ? w.importance / total : 0;
    std::stable_sort(
        e.features.begin(), e.features.end(),
        [](const FeatureWeight& a, const FeatureWeight& b) { return a.importance > b.importance; });
    return out;
}

} // namespace leadloop
