#pragma once

#include "common/result.h"
#include "common/resulttable.h"

#include <QCoreApplication>

namespace leadloop {

class Database;

/// One lead's stored score as a table (docs/scoring.md, "Scores"): its factors in plain words
/// with their points, and the score, probability, tier, model and cut-off as meta. What
/// `score show`, the lead details and the journey show.
class ScoreExplanation final
{
    Q_DECLARE_TR_FUNCTIONS(ScoreExplanation)
public:
    /// The contact's score, or NotFound when it has none.
    static Result<ResultTable> of(Database& db, qint64 contact);
};

} // namespace leadloop
