#pragma once

#include "common/result.h"
#include "common/resulttable.h"

#include <QCoreApplication>

namespace leadloop {

class Database;

/// One person's journey (docs/metrics.md, "Journey").
struct Journey
{
    ResultTable events; ///< everything that happened to the person, in time order
    ResultTable credit; ///< how each model splits the person's conversion across the touches
};

/// The `journey` report: every session, page view, tracked event, identity decision, lead
/// creation, deal, stage change and outcome tag of one person, and how each attribution model
/// credits this person's touches, so a user can see why a channel got its credit.
class JourneyReport final
{
    Q_DECLARE_TR_FUNCTIONS(JourneyReport)

public:
    static Result<Journey> run(Database& db, const QString& lead);
};

} // namespace leadloop
