#include "gradientboosting.h"

#include "holdoutsplit.h"
#include "treeensemble.h"

#include <algorithm>
#include <limits>
#include <xgboost/c_api.h>

using namespace Qt::StringLiterals;

namespace leadloop {

namespace {

Error xgboostError(const QString& what)
{
    return Error{ErrorCode::InvalidArgument,
                 GradientBoosting::tr("%1: %2").arg(what, QString::fromUtf8(XGBGetLastError()))};
}

/// A DMatrix over the rows (XGBoost copies them), freed when it goes.
Result<std::shared_ptr<void>> matrix(const FeatureMatrix& x)
{
    DMatrixHandle handle = nullptr;
    if (XGDMatrixCreateFromMat(x.values.data(), bst_ulong(x.rows), bst_ulong(x.columns), NAN,
                               &handle) != 0)
        return xgboostError(GradientBoosting::tr("The leads could not be handed to XGBoost"));
    return std::shared_ptr<void>(handle, [](void* h) { XGDMatrixFree(h); });
}

constexpr const char* PredictConfig = R"({"type": 0, "training": false, "iteration_begin": 0,
                                         "iteration_end": 0, "strict_shape": false})";
constexpr const char* InplaceConfig =
    R"({"type": 0, "training": false, "iteration_begin": 0, "iteration_end": 0,
        "strict_shape": false, "missing": NaN, "cache_id": 0})";
constexpr const char* ApproximateContributionsConfig =
    R"({"type": 3, "training": false, "iteration_begin": 0, "iteration_end": 0,
        "strict_shape": false})";

void freeBooster(void* h)
{
    XGBoosterFree(h);
}

} // namespace

Result<GradientBoosting> GradientBoosting::train(const FeatureMatrix& x,
                                                 const std::vector<int>& labels,
                                                 const Options& options)
{
    if (x.rows == 0 || qint64(labels.size()) != x.rows)
        return Error{ErrorCode::InvalidArgument, tr("There are no leads to learn from.")};
    // The rows kept aside for early stopping, drawn from the seed (HoldoutSplit's mixing).
    std::vector<qint64> fit, valid;
    for (qint64 r = 0; r < x.rows; ++r) {
        const quint64 draw = HoldoutSplit::mix(HoldoutSplit::mix(options.seed + 1) ^ quint64(r));
        (double(draw % 1'000'000) / 1e6 < options.validation ? valid : fit).push_back(r);
    }
    const auto bothClasses = [&](const std::vector<qint64>& rows) {
        const auto positives = std::count_if(rows.begin(), rows.end(),
                                             [&](qint64 r) { return labels[size_t(r)] == 1; });
        return positives > 0 && positives < qint64(rows.size());
    };
    const bool stopEarly = valid.size() >= 20 && bothClasses(valid) && bothClasses(fit);
    if (!stopEarly) {
        fit.clear();
        for (qint64 r = 0; r < x.rows; ++r)
            fit.push_back(r);
        valid.clear();
    }
    const auto labelled = [&](const std::vector<qint64>& rows) -> Result<std::shared_ptr<void>> {
        auto data = matrix(rows.size() == size_t(x.rows) ? x : x.select(rows));
        if (!data)
            return data.error();
        std::vector<float> y;
        y.reserve(rows.size());
        for (qint64 r : rows)
            y.push_back(float(labels[size_t(r)]));
        if (XGDMatrixSetFloatInfo(data->get(), "label", y.data(), bst_ulong(y.size())) != 0)
            return xgboostError(tr("The outcomes could not be handed to XGBoost"));
        return *data;
    };
    auto fitData = labelled(fit);
    if (!fitData)
        return fitData.error();
    std::shared_ptr<void> validData;
    if (stopEarly) {
        auto data = labelled(valid);
        if (!data)
            return data.error();
        validData = *data;
    }
    DMatrixHandle cached[] = {fitData->get(), validData.get()};
    BoosterHandle handle = nullptr;
    if (XGBoosterCreate(cached, stopEarly ? 2 : 1, &handle) != 0)
        return xgboostError(tr("XGBoost could not start"));
    GradientBoosting model;
    model.m_booster = std::shared_ptr<void>(handle, freeBooster);
    const std::pair<const char*, QByteArray> params[] = {
        {"objective", "binary:logistic"},
        {"eval_metric", "logloss"},
        {"tree_method", "hist"},
        {"max_depth", QByteArray::number(options.maxDepth)},
        {"eta", QByteArray::number(options.eta)},
        {"subsample", QByteArray::number(options.subsample)},
        {"lambda", QByteArray::number(options.lambda)},
        {"min_child_weight", QByteArray::number(options.minChildWeight)},
        {"seed", QByteArray::number(options.seed)},
        {"nthread", QByteArray::number(options.threads)},
        {"verbosity", "0"}};
    for (const auto& [name, value] : params)
        if (XGBoosterSetParam(handle, name, value.constData()) != 0)
            return xgboostError(
                tr("XGBoost refused the setting %1").arg(QString::fromLatin1(name)));
    double best = std::numeric_limits<double>::infinity();
    int bestRound = options.rounds - 1;
    for (int round = 0; round < options.rounds; ++round) {
        if (XGBoosterUpdateOneIter(handle, round, fitData->get()) != 0)
            return xgboostError(tr("XGBoost could not train"));
        if (!stopEarly)
            continue;
        DMatrixHandle evaluated[] = {validData.get()};
        const char* names[] = {"valid"};
        const char* result = nullptr;
        if (XGBoosterEvalOneIter(handle, round, evaluated, names, 1, &result) != 0)
            return xgboostError(tr("XGBoost could not judge its trees"));
        // "[12]\tvalid-logloss:0.41234"
        const QByteArray text(result);
        const double loss = text.mid(text.lastIndexOf(':') + 1).trimmed().toDouble();
        if (loss < best) {
            best = loss;
            bestRound = round;
        } else if (round - bestRound >= options.patience) {
            break;
        }
    }
    model.m_rounds = bestRound + 1;
    if (stopEarly) {
        BoosterHandle sliced = nullptr;
        if (XGBoosterSlice(handle, 0, bestRound + 1, 1, &sliced) != 0)
            return xgboostError(tr("XGBoost could not keep its best trees"));
        model.m_booster = std::shared_ptr<void>(sliced, freeBooster);
    }
    return model;
}

Result<std::vector<float>> GradientBoosting::run(const FeatureMatrix& x, const char* config) const
{
    auto data = matrix(x);
    if (!data)
        return data.error();
    return run(data->get(), config);
}

Result<std::vector<float>> GradientBoosting::run(void* rows, const char* config) const
{
    const bst_ulong* shape = nullptr;
    bst_ulong dimensions = 0;
    const float* result = nullptr;
    if (XGBoosterPredictFromDMatrix(m_booster.get(), rows, config, &shape, &dimensions, &result) !=
        0)
        return xgboostError(tr("XGBoost could not score the leads"));
    bst_ulong size = 1;
    for (bst_ulong d = 0; d < dimensions; ++d)
        size *= shape[d];
    return std::vector<float>(result, result + size);
}

Result<std::vector<double>> GradientBoosting::predict(const FeatureMatrix& x) const
{
    auto values = run(x, PredictConfig);
    if (!values)
        return values.error();
    return std::vector<double>(values->begin(), values->end());
}

Result<GradientBoosting::Explained> GradientBoosting::explain(const FeatureMatrix& x) const
{
    // The probabilities from XGBoost reading the rows in place (no copy into a DMatrix); the
    // contributions from the same trees walked here (TreeEnsemble: XGBoost's own are slower).
    const QByteArray rows = QStringLiteral(R"({"data": [%1, true], "shape": [%2, %3], )"
                                           R"("typestr": "<f4", "version": 3})")
                                .arg(quintptr(x.values.data()))
                                .arg(x.rows)
                                .arg(x.columns)
                                .toLatin1();
    const bst_ulong* shape = nullptr;
    bst_ulong dimensions = 0;
    const float* result = nullptr;
    auto saved = save();
    if (!saved)
        return saved.error();
    auto trees = TreeEnsemble::fromJson(*saved);
    if (!trees)
        return trees.error();
    if (x.rows == 0)
        return Explained{{}, std::move(*trees)};
    if (XGBoosterPredictFromDense(m_booster.get(), rows.constData(), InplaceConfig, nullptr, &shape,
                                  &dimensions, &result) != 0)
        return xgboostError(tr("XGBoost could not score the leads"));
    return Explained{std::vector<double>(result, result + x.rows), std::move(*trees)};
}

Result<std::vector<float>> GradientBoosting::contributions(const FeatureMatrix& x,
                                                           bool approximate) const
{
    if (approximate)
        return run(x, ApproximateContributionsConfig);
    return run(x, R"({"type": 2, "training": false, "iteration_begin": 0,
                      "iteration_end": 0, "strict_shape": false})");
}

Result<QByteArray> GradientBoosting::save() const
{
    bst_ulong length = 0;
    const char* bytes = nullptr;
    if (XGBoosterSaveModelToBuffer(m_booster.get(), R"({"format": "json"})", &length, &bytes) != 0)
        return xgboostError(tr("The model could not be saved"));
    return QByteArray(bytes, qsizetype(length));
}

Result<GradientBoosting> GradientBoosting::load(const QByteArray& bytes)
{
    BoosterHandle handle = nullptr;
    if (XGBoosterCreate(nullptr, 0, &handle) != 0)
        return xgboostError(tr("XGBoost could not start"));
    GradientBoosting model;
    model.m_booster = std::shared_ptr<void>(handle, freeBooster);
    if (XGBoosterLoadModelFromBuffer(handle, bytes.constData(), bst_ulong(bytes.size())) != 0)
        return xgboostError(tr("The saved model could not be read"));
    if (XGBoosterBoostedRounds(handle, &model.m_rounds) != 0)
        return xgboostError(tr("The saved model could not be read"));
    return model;
}

} // namespace leadloop
