#pragma once

#include "common/resulttable.h"
#include "scoretrainer.h"

#include <optional>

namespace leadloop {

class Database;

/// What one training did: the stored model's id, its evaluation and how many open leads it
/// scored.
struct TrainingRun
{
    qint64 modelId = 0;
    ScoreEvaluation evaluation;
    qint64 scored = 0;
};

/// Lead scoring on a workspace (docs/scoring.md): trains and keeps a model, then scores the open
/// leads; or scores them again with the newest model after the data changed.
class LeadScoring final
{
    Q_DECLARE_TR_FUNCTIONS(LeadScoring)
public:
    /// Trains on the workspace's labelled leads, stores the model and replaces the scores, all in
    /// one transaction (nothing is written when any step fails).
    static Result<TrainingRun> train(Database& db, const TrainingOptions& options,
                                     const QString& user, qint64 now);
    /// The labelled leads exactly as training would read them, for checking with other tools:
    /// contact_id, label (1/0), part (train/holdout), then every feature by its name (docs/
    /// scoring.md, "Command line").
    static Result<ResultTable> trainingTable(Database& db, const TrainingOptions& options);
    /// Scores the open leads again with the newest model (none when the workspace holds no lead
    /// or no answer to its target any more); nothing when no model was trained.
    static Result<std::optional<qint64>> rescore(Database& db, qint64 now);
};

} // namespace leadloop
