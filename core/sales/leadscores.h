#pragma once

#include "common/result.h"

#include <optional>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <vector>

namespace leadloop {

class Database;

/// A trained scoring model as the workspace keeps it (docs/scoring.md, "Stored scores").
struct ScoreModelRecord
{
    qint64 id = 0;
    qint64 trainedAt = 0; ///< UTC ms
    QString trainedBy;
    QString target; ///< customer, won, property:NAME
    QJsonObject options;
    QJsonArray features;
    QByteArray model; ///< XGBoost's JSON
    QJsonObject evaluation;
    qint64 dataFrom = 0, dataTo = 0;
    qint64 trainRows = 0, holdoutRows = 0, positives = 0;
    std::optional<double> auc, baselineAuc, brier;
};

/// One open lead's stored score.
struct LeadScore
{
    qint64 contact = 0;
    qint64 modelId = 0;
    qint64 scoredAt = 0; ///< UTC ms
    qint64 cutoff = 0;   ///< the moment its features describe (UTC ms)
    double probability = 0;
    int score = 0; ///< 0-100
    QString tier;  ///< very_high, high, medium, low; empty when the model gives no tiers
    /// [[feature index, x, points], …] (the index into the model's features; x the lead's
    /// value, null when missing), strongest up first, then strongest down, as stored: JSON
    /// text written without building objects for every lead (ScoreFactors expands it).
    QByteArray factorsJson = "[]";
};

/// Reads and writes the models and scores of a workspace; the scores are replaced whole.
class LeadScores final
{
    Q_DECLARE_TR_FUNCTIONS(LeadScores)
public:
    /// Stores a new model; older ones keep their evaluation but drop their trees (only the
    /// newest scores).
    static Result<qint64> saveModel(Database& db, const ScoreModelRecord& model);
    /// What of a model to read: scoring needs neither its evaluation nor its curves (a
    /// megabyte of JSON for 12,500 held-out leads).
    enum class Parts
    {
        All,
        ForScoring
    };
    /// The newest model, or nothing when none was trained; with Parts::ForScoring its
    /// `evaluation` is left empty.
    static Result<std::optional<ScoreModelRecord>> latestModel(Database& db,
                                                               Parts parts = Parts::All);
    /// Replaces every stored score by `scores`.
    static Status replace(Database& db, const std::vector<LeadScore>& scores);
    static Result<std::optional<LeadScore>> of(Database& db, qint64 contact);
    /// The feature list (ScoreModelRecord::features) of the model with this id.
    static Result<QJsonArray> featuresOf(Database& db, qint64 modelId);
    /// Every stored score, highest first (ties by contact).
    static Result<std::vector<LeadScore>> all(Database& db);
    /// The tier's name in the user's language: "very high", "high", "medium", "low".
    static QString tierName(const QString& tier);
};

} // namespace leadloop
