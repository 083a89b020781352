#include "leadscores.h"

#include "store/database.h"
#include "store/statement.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace leadloop {

namespace {

constexpr const char* ScoreColumns =
    "SELECT contact_id, model_id, scored_at, cutoff, probability, score, coalesce(tier, ''), "
    "factors FROM lead_scores";

LeadScore scoreRow(const Statement& row)
{
    const std::string_view factors = row.utf8(7);
    return {row.int64(0), row.int64(1),
            row.int64(2), row.int64(3),
            row.real(4),  int(row.int64(5)),
            row.text(6),  QByteArray(factors.data(), qsizetype(factors.size()))};
}

QByteArray json(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray json(const QJsonArray& a)
{
    return QJsonDocument(a).toJson(QJsonDocument::Compact);
}

std::optional<double> optionalReal(const Statement& row, int column)
{
    return row.isNull(column) ? std::nullopt : std::optional<double>(row.real(column));
}

} // namespace

Result<qint64> LeadScores::saveModel(Database& db, const ScoreModelRecord& m)
{
    Statement insert(db.handle(),
                     "INSERT INTO score_models (trained_at, trained_by, target, options, features, "
                     "model, evaluation, data_from, data_to, train_rows, holdout_rows, positives, "
                     "auc, baseline_auc, brier) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, "
                     "?11, ?12, ?13, ?14, ?15)");
    insert.bind(1, m.trainedAt).bind(2, m.trainedBy).bind(3, m.target);
    insert.bind(4, QString::fromUtf8(json(m.options)));
    insert.bind(5, QString::fromUtf8(json(m.features)));
    insert.bindBlob(6, m.model);
    insert.bind(7, QString::fromUtf8(json(m.evaluation)));
    insert.bind(8, m.dataFrom).bind(9, m.dataTo).bind(10, m.trainRows).bind(11, m.holdoutRows);
    insert.bind(12, m.positives);
    const std::optional<double> reals[] = {m.auc, m.baselineAuc, m.brier};
    for (int i = 0; i < 3; ++i) {
        if (reals[i])
            insert.bind(13 + i, *reals[i]);
        else
            insert.bindNull(13 + i);
    }
    auto id = insert.insert();
    if (!id)
        return id.error();
    // Only the newest model scores; older ones keep their evaluation, not their trees.
    Statement prune(db.handle(), "UPDATE score_models SET model = X'' WHERE id < ?1");
    prune.bind(1, *id);
    if (Status done = prune.execute(); !done)
        return done.error();
    return *id;
}

Result<std::optional<ScoreModelRecord>> LeadScores::latestModel(Database& db, Parts parts)
{
    Statement query(db.handle(),
                    "SELECT id, trained_at, trained_by, target, options, features, model, CASE "
                    "WHEN ?1 THEN evaluation ELSE '{}' END, coalesce(data_from, 0), "
                    "coalesce(data_to, 0), train_rows, holdout_rows, positives, auc, "
                    "baseline_auc, brier FROM score_models ORDER BY id DESC LIMIT 1");
    query.bind(1, qint64(parts == Parts::All));
    if (!query.next()) {
        if (Status read = query.status(); !read)
            return read.error();
        return std::optional<ScoreModelRecord>();
    }
    ScoreModelRecord m;
    m.id = query.int64(0);
    m.trainedAt = query.int64(1);
    m.trainedBy = query.text(2);
    m.target = query.text(3);
    m.options = QJsonDocument::fromJson(query.text(4).toUtf8()).object();
    m.features = QJsonDocument::fromJson(query.text(5).toUtf8()).array();
    m.model = query.blob(6);
    m.evaluation = QJsonDocument::fromJson(query.text(7).toUtf8()).object();
    m.dataFrom = query.int64(8);
    m.dataTo = query.int64(9);
    m.trainRows = query.int64(10);
    m.holdoutRows = query.int64(11);
    m.positives = query.int64(12);
    m.auc = optionalReal(query, 13);
    m.baselineAuc = optionalReal(query, 14);
    m.brier = optionalReal(query, 15);
    return std::optional<ScoreModelRecord>(std::move(m));
}

Status LeadScores::replace(Database& db, const std::vector<LeadScore>& scores)
{
    if (Status cleared = db.exec(u"DELETE FROM lead_scores"_s); !cleared)
        return cleared;
    Statement insert(db.handle(),
                     "INSERT INTO lead_scores (contact_id, model_id, scored_at, cutoff, "
                     "probability, score, tier, factors) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    for (const LeadScore& s : scores) {
        insert.bind(1, s.contact).bind(2, s.modelId).bind(3, s.scoredAt).bind(4, s.cutoff);
        insert.bind(5, s.probability).bind(6, s.score);
        if (s.tier.isEmpty())
            insert.bindNull(7);
        else
            insert.bind(7, s.tier);
        insert.bindUtf8Text(
            8, std::string_view(s.factorsJson.constData(), size_t(s.factorsJson.size())));
        if (Status done = insert.execute(); !done)
            return done;
    }
    return {};
}

Result<std::optional<LeadScore>> LeadScores::of(Database& db, qint64 contact)
{
    Statement query(db.handle(), (QByteArray(ScoreColumns) + " WHERE contact_id = ?1").constData());
    query.bind(1, contact);
    if (query.next())
        return std::optional<LeadScore>(scoreRow(query));
    if (Status read = query.status(); !read)
        return read.error();
    return std::optional<LeadScore>();
}

Result<QJsonArray> LeadScores::featuresOf(Database& db, qint64 modelId)
{
    Statement query(db.handle(), "SELECT features FROM score_models WHERE id = ?1");
    query.bind(1, modelId);
    if (query.next())
        return QJsonDocument::fromJson(query.text(0).toUtf8()).array();
    if (Status read = query.status(); !read)
        return read.error();
    return Error{
        ErrorCode::Corrupt,
        tr("The model %1 that scored this lead is missing from the workspace.").arg(modelId)};
}

Result<std::vector<LeadScore>> LeadScores::all(Database& db)
{
    Statement query(
        db.handle(),
        (QByteArray(ScoreColumns) + " ORDER BY probability DESC, contact_id").constData());
    std::vector<LeadScore> out;
    while (query.next())
        out.push_back(scoreRow(query));
    if (Status read = query.status(); !read)
        return read.error();
    return out;
}

QString LeadScores::tierName(const QString& tier)
{
    if (tier == u"very_high"_s)
        return tr("very high");
    if (tier == u"high"_s)
        return tr("high");
    if (tier == u"medium"_s)
        return tr("medium");
    if (tier == u"low"_s)
        return tr("low");
    return {};
}

} // namespace leadloop
