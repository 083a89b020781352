#include "scoreevaluation.h"

#include <cmath>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace leadloop {

namespace {

QJsonValue number(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue();
}

double numberOf(const QJsonValue& v)
{
    return v.isDouble() ? v.toDouble() : double(NAN);
}

QJsonArray curve(const std::vector<std::pair<double, double>>& points)
{
    QJsonArray out;
    for (const auto& [x, y] : points)
        out.append(QJsonArray{x, y});
    return out;
}

std::vector<std::pair<double, double>> curveOf(const QJsonValue& json)
{
    std::vector<std::pair<double, double>> out;
    for (const QJsonValue& p : json.toArray())
        out.emplace_back(p.toArray().at(0).toDouble(), p.toArray().at(1).toDouble());
    return out;
}

QStringList strings(const QJsonValue& json)
{
    QStringList out;
    for (const QJsonValue& v : json.toArray())
        out.append(v.toString());
    return out;
}

} // namespace

QJsonObject ScoreEvaluation::toJson() const
{
    QJsonArray calibrationJson, liftJson, featuresJson;
    for (const CalibrationBin& b : calibration)
        calibrationJson.append(QJsonObject{
            {u"predicted"_s, b.predicted}, {u"observed"_s, b.observed}, {u"count"_s, b.count}});
    for (const LiftRow& r : lift)
        liftJson.append(QJsonObject{{u"decile"_s, r.decile},
                                    {u"leads"_s, r.leads},
                                    {u"positives"_s, r.positives},
                                    {u"gain"_s, number(r.gain)},
                                    {u"lift"_s, number(r.lift)},
                                    {u"cumulative_lift"_s, number(r.cumulativeLift)}});
    for (const FeatureWeight& f : features)
        featuresJson.append(QJsonObject{{u"name"_s, f.name},
                                        {u"importance"_s, number(f.importance)},
                                        {u"share"_s, number(f.share)},
                                        {u"baseline_weight"_s, number(f.baselineWeight)},
                                        {u"alone_auc"_s, number(f.aloneAuc)}});
    return {{u"target"_s, target},
            {u"train_rows"_s, trainRows},
            {u"holdout_rows"_s, holdoutRows},
            {u"positives"_s, positives},
            {u"holdout_positives"_s, holdoutPositives},
            {u"auc"_s, number(auc)},
            {u"baseline_auc"_s, number(baselineAuc)},
            {u"brier"_s, number(brier)},
            {u"baseline_brier"_s, number(baselineBrier)},
            {u"roc"_s, curve(roc)},
            {u"baseline_roc"_s, curve(baselineRoc)},
            {u"calibration"_s, calibrationJson},
            {u"lift"_s, liftJson},
            {u"features"_s, featuresJson},
            {u"leaks"_s, QJsonArray::fromStringList(leaks)},
            {u"excluded"_s, QJsonArray::fromStringList(excluded)},
            {u"data_from"_s, dataFrom},
            {u"data_to"_s, dataTo},
            {u"trees"_s, trees}};
}

ScoreEvaluation ScoreEvaluation::fromJson(const QJsonObject& json)
{
    ScoreEvaluation e;
    e.target = json.value(u"target"_s).toString();
    e.trainRows = json.value(u"train_rows"_s).toInteger();
    e.holdoutRows = json.value(u"holdout_rows"_s).toInteger();
    e.positives = json.value(u"positives"_s).toInteger();
    e.holdoutPositives = json.value(u"holdout_positives"_s).toInteger();
    e.auc = numberOf(json.value(u"auc"_s));
    e.baselineAuc = numberOf(json.value(u"baseline_auc"_s));
    e.brier = numberOf(json.value(u"brier"_s));
    e.baselineBrier = numberOf(json.value(u"baseline_brier"_s));
    e.roc = curveOf(json.value(u"roc"_s));
    e.baselineRoc = curveOf(json.value(u"baseline_roc"_s));
    for (const QJsonValue& v : json.value(u"calibration"_s).toArray()) {
        const QJsonObject o = v.toObject();
        e.calibration.push_back({o.value(u"predicted"_s).toDouble(),
                                 o.value(u"observed"_s).toDouble(),
                                 o.value(u"count"_s).toInteger()});
    }
    for (const QJsonValue& v : json.value(u"lift"_s).toArray()) {
        const QJsonObject o = v.toObject();
        e.lift.push_back({o.value(u"decile"_s).toInt(), o.value(u"leads"_s).toInteger(),
                          o.value(u"positives"_s).toInteger(), numberOf(o.value(u"gain"_s)),
                          numberOf(o.value(u"lift"_s)), numberOf(o.value(u"cumulative_lift"_s))});
    }
    for (const QJsonValue& v : json.value(u"features"_s).toArray()) {
        const QJsonObject o = v.toObject();
        e.features.push_back({o.value(u"name"_s).toString(), numberOf(o.value(u"importance"_s)),
                              numberOf(o.value(u"share"_s)),
                              numberOf(o.value(u"baseline_weight"_s)),
                              numberOf(o.value(u"alone_auc"_s))});
    }
    e.leaks = strings(json.value(u"leaks"_s));
    e.excluded = strings(json.value(u"excluded"_s));
    e.dataFrom = json.value(u"data_from"_s).toInteger();
    e.dataTo = json.value(u"data_to"_s).toInteger();
    e.trees = json.value(u"trees"_s).toInt();
    return e;
}

} // namespace leadloop
