#include "scoretables.h"

#include <cmath>
#include <QDateTime>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace leadloop {

namespace {

QVariant number(double v)
{
    return std::isfinite(v) ? QVariant(v) : QVariant();
}

QString utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(Qt::ISODate);
}

} // namespace

QVariantMap ScoreTables::meta(const ScoreEvaluation& e)
{
    return {{u"target"_s, e.target},
            {u"auc"_s, number(e.auc)},
            {u"baseline_auc"_s, number(e.baselineAuc)},
            {u"brier"_s, number(e.brier)},
            {u"baseline_brier"_s, number(e.baselineBrier)},
            {u"train_rows"_s, e.trainRows},
            {u"holdout_rows"_s, e.holdoutRows},
            {u"positives"_s, e.positives},
            {u"holdout_positives"_s, e.holdoutPositives},
            {u"leaks"_s, e.leaks},
            {u"excluded"_s, e.excluded},
            {u"data_from"_s, utc(e.dataFrom)},
            {u"data_to"_s, utc(e.dataTo)},
            {u"tiers"_s, e.tiered()},
            {u"trees"_s, e.trees}};
}

ResultTable ScoreTables::features(const ScoreEvaluation& e)
{
    ResultTable table;
    table.addColumn(u"feature"_s, tr("Feature"), ValueKind::Text);
    table.addColumn(u"importance"_s, tr("Importance"), ValueKind::Decimal, 4);
    table.addColumn(u"share"_s, tr("Share"), ValueKind::Percent);
    table.addColumn(u"baseline_weight"_s, tr("Baseline weight"), ValueKind::Decimal, 3);
    table.addColumn(u"alone_auc"_s, tr("AUC alone"), ValueKind::Decimal, 3);
    table.addColumn(u"leak"_s, tr("Possible leak"), ValueKind::Text);
    for (const FeatureWeight& f : e.features)
        table.addRow({f.name, number(f.importance), number(f.share), number(f.baselineWeight),
                      number(f.aloneAuc),
                      f.aloneAuc >= ScoreEvaluation::LeakAuc ? tr("yes") : QString()});
    table.meta = meta(e);
    return table;
}

ResultTable ScoreTables::lift(const ScoreEvaluation& e)
{
    ResultTable table;
    table.addColumn(u"decile"_s, tr("Tenth of scores"), ValueKind::Count);
    table.addColumn(u"leads"_s, tr("Leads"), ValueKind::Count);
    table.addColumn(u"positives"_s, tr("Reached the target"), ValueKind::Count);
    table.addColumn(u"lift"_s, tr("Lift"), ValueKind::Ratio);
    table.addColumn(u"gain"_s, tr("Share of all found so far"), ValueKind::Percent);
    table.addColumn(u"cumulative_lift"_s, tr("Cumulative lift"), ValueKind::Ratio);
    for (const LiftRow& r : e.lift)
        table.addRow({r.decile, r.leads, r.positives, number(r.lift), number(r.gain),
                      number(r.cumulativeLift)});
    table.meta = meta(e);
    return table;
}

ResultTable ScoreTables::calibration(const ScoreEvaluation& e)
{
    ResultTable table;
    table.addColumn(u"predicted"_s, tr("Predicted"), ValueKind::Percent);
    table.addColumn(u"observed"_s, tr("Observed"), ValueKind::Percent);
    table.addColumn(u"leads"_s, tr("Leads"), ValueKind::Count);
    for (const CalibrationBin& b : e.calibration)
        table.addRow({b.predicted, b.observed, b.count});
    table.meta = meta(e);
    return table;
}

ResultTable ScoreTables::roc(const ScoreEvaluation& e)
{
    ResultTable table;
    table.addColumn(u"model"_s, tr("Model"), ValueKind::Text);
    table.addColumn(u"false_positive_rate"_s, tr("False positive rate"), ValueKind::Percent);
    table.addColumn(u"true_positive_rate"_s, tr("True positive rate"), ValueKind::Percent);
    for (const auto& [fpr, tpr] : e.roc)
        table.addRow({u"trees"_s, fpr, tpr});
    for (const auto& [fpr, tpr] : e.baselineRoc)
        table.addRow({u"baseline"_s, fpr, tpr});
    table.meta = meta(e);
    return table;
}

QList<double> ScoreTables::rocAt(const std::vector<std::pair<double, double>>& curve,
                                 const QList<double>& grid)
{
    QList<double> out;
    for (double x : grid) {
        double best = 0;
        for (const auto& [fpr, tpr] : curve)
            if (fpr <= x + 1e-12)
                best = std::max(best, tpr);
        out.append(best);
    }
    return out;
}

} // namespace leadloop
