#pragma once

#include "common/result.h"
#include "common/resulttable.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace leadloop {

class Database;

/// A replica's history of the team's changes, its own and the ones it pulled, in the server's
/// order (unsent and refused ones last): what `team log` and the desktop show (docs/team.md).
class TeamHistory final
{
    Q_DECLARE_TR_FUNCTIONS(TeamHistory)

public:
    /// seq, at, by, kind, change, state (sent: in the team's log; unsent; refused), reason.
    static Result<ResultTable> table(Database& db);
    /// One change in words: "setting reporting_currency = SEK", "tag of D1 as won".
    static QString describe(const QString& kind, const QJsonObject& payload);
};

} // namespace leadloop
