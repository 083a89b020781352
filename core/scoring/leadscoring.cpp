#include "leadscoring.h"

#include "leadhistory.h"
#include "leadscorer.h"
#include "sales/leadscores.h"
#include "store/database.h"
#include "store/propertysets.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace leadloop {

namespace {

QJsonObject optionsJson(const TrainingOptions& o)
{
    QJsonObject json{{u"seed"_s, QString::number(o.seed)},
                     {u"exclude"_s, QJsonArray::fromStringList(o.exclude)}};
    if (o.splitDate)
        json.insert(u"split_date"_s, o.splitDate->toString(Qt::ISODate));
    else
        json.insert(u"holdout"_s, o.holdout);
    return json;
}

std::optional<double> finite(double v)
{
    return std::isfinite(v) ? std::optional<double>(v) : std::nullopt;
}

} // namespace

Result<TrainingRun> LeadScoring::train(Database& db, const TrainingOptions& options,
                                       const QString& user, qint64 now)
{
    // Pack the properties an import changed once, here, rather than read them row by row.
    if (Status packed = PropertySets::refresh(db); !packed)
        return packed.error();
    auto cases = LeadOutcomes::read(db, options.target);
    if (!cases)
        return cases.error();
    auto history = LeadHistory::load(db, cases->training, cases->open);
    if (!history)
        return history.error();
    auto trained = ScoreTrainer::train(*cases, *history, options);
    if (!trained)
        return trained.error();
    auto bytes = trained->model.save();
    if (!bytes)
        return bytes.error();
    const ScoreEvaluation& e = trained->evaluation;
    ScoreModelRecord record;
    record.trainedAt = now;
    record.trainedBy = user;
    record.target = options.target.toString();
    record.options = optionsJson(options);
    record.features = trained->schema.toJson();
    record.model = *bytes;
    record.evaluation = e.toJson();
    record.dataFrom = e.dataFrom;
    record.dataTo = e.dataTo;
    record.trainRows = e.trainRows;
    record.holdoutRows = e.holdoutRows;
    record.positives = e.positives;
    record.auc = finite(e.auc);
    record.baselineAuc = finite(e.baselineAuc);
    record.brier = finite(e.brier);

    // Scored before writing, so the workspace is locked only for the writes.
    auto scores = LeadScorer::score(cases->open, *history, trained->schema, trained->model,
                                    e.tiered(), 0, now);
    if (!scores)
        return scores.error();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    auto id = LeadScores::saveModel(db, record);
    if (!id)
        return id.error();
    for (LeadScore& s : *scores)
        s.modelId = *id;
    if (Status stored = LeadScores::replace(db, *scores); !stored)
        return stored.error();
    if (Status done = transaction.commit(); !done)
        return done.error();
    return TrainingRun{*id, e, qint64(scores->size())};
}

Result<ResultTable> LeadScoring::trainingTable(Database& db, const TrainingOptions& options)
{
    auto cases = LeadOutcomes::read(db, options.target);
    if (!cases)
        return cases.error();
    auto history = LeadHistory::load(db, cases->training, cases->open);
    if (!history)
        return history.error();
    auto data = ScoreTrainer::prepare(*cases, *history, options);
    if (!data)
        return data.error();
    ResultTable table;
    table.addColumn(u"contact_id"_s, tr("Contact"), ValueKind::Text);
    table.addColumn(u"label"_s, tr("Label"), ValueKind::Count);
    table.addColumn(u"part"_s, tr("Part"), ValueKind::Text);
    for (const FeatureSpec& spec : data->schema.features())
        table.addColumn(spec.name(), spec.name(), ValueKind::Auto);
    const auto add = [&](const std::vector<qint64>& rows, const std::vector<int>& labels,
                         const FeatureMatrix& x, const QString& part) {
        for (size_t i = 0; i < rows.size(); ++i) {
            QVariantList row{cases->training[size_t(rows[i])].contact, labels[i], part};
            for (int c = 0; c < x.columns; ++c) {
                const float v = x.at(qint64(i), c);
                row.append(std::isnan(v) ? QVariant() : QVariant(double(v)));
            }
            table.addRow(row);
        }
    };
    add(data->parts.train, data->trainLabels, data->trainX, u"train"_s);
    add(data->parts.holdout, data->holdoutLabels, data->holdoutX, u"holdout"_s);
    table.meta.insert(u"target"_s, options.target.toString());
    table.meta.insert(u"excluded"_s, data->excluded);
    return table;
}

Result<std::optional<qint64>> LeadScoring::rescore(Database& db, qint64 now)
{
    auto record = LeadScores::latestModel(db, LeadScores::Parts::ForScoring);
    if (!record)
        return record.error();
    if (!*record)
        return std::optional<qint64>();
    const ScoreModelRecord& m = **record;
    auto target = ScoringTarget::parse(m.target);
    if (!target)
        return target.error();
    auto schema = FeatureSchema::fromJson(m.features);
    if (!schema)
        return schema.error();
    auto model = GradientBoosting::load(m.model);
    if (!model)
        return model.error();
    if (Status packed = PropertySets::refresh(db); !packed)
        return packed.error();
    auto cases = LeadOutcomes::read(db, *target);
    if (!cases && cases.error().code != ErrorCode::NotFound)
        return cases.error();
    if (!cases) { // no lead left (or no answer to the target): nothing is open
        Transaction transaction(db);
        if (!transaction.isActive())
            return transaction.error();
        if (Status stored = LeadScores::replace(db, {}); !stored)
            return stored.error();
        if (Status done = transaction.commit(); !done)
            return done.error();
        return std::optional<qint64>(0);
    }
    auto history = LeadHistory::load(db, cases->open);
    if (!history)
        return history.error();
    const bool tiered = m.positives >= ScoreEvaluation::MinPositives;
    auto scores = LeadScorer::score(cases->open, *history, *schema, *model, tiered, m.id, now);
    if (!scores)
        return scores.error();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    if (Status stored = LeadScores::replace(db, *scores); !stored)
        return stored.error();
    if (Status done = transaction.commit(); !done)
        return done.error();
    return std::optional<qint64>(qint64(scores->size()));
}

} // namespace leadloop
