#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace leadloop {

class Database;
class PgConnection;
class Workspace;

/// One change of the server's log other than an outcome event, as a pull receives it.
struct PulledChange
{
    qint64 seq = 0;
    QString uid;
    QString kind; ///< import, batch_removed, setting, lost_reasons, channel_rules, identity,
                  ///< campaign_cost
    qint64 at = 0;
    QString byUser;
    QJsonObject payload;
    int pieces = 0; ///< an import's file, in pieces on the server
};

/// Applies another member's change to a replica by the workspace's own rules (docs/team.md,
/// "Conflicts"): an import is made again from its file and options, a removal removes the same
/// import, an identity decision is decided again, and a setting, the lost-reason list or the
/// channel grouping and a campaign's cost on a day take the later of this change and the replica's
/// own latest one of the same thing, by the time each was made. The change is recorded in the
/// replica's history with its place in the log either way, so applying it twice changes nothing.
class ChangeApplier final
{
    Q_DECLARE_TR_FUNCTIONS(ChangeApplier)

public:
    static Status apply(Workspace& workspace, PgConnection& server, const PulledChange& change);

    enum class Side
    {
        After, ///< the state the change made
        Before ///< the state it replaced (taking a refused change back)
    };
    /// Puts a setting, campaign cost, lost-reason list or channel grouping as a recorded change
    /// left it, or as it was before it; other kinds change nothing.
    static Status putState(Database& db, const QString& kind, const QJsonObject& payload,
                           Side side);
};

} // namespace leadloop
