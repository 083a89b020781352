#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QStringList>

namespace leadloop {

class Database;
class PgConnection;
class Workspace;

/// What one sync did.
struct SyncCounts
{
    qint64 pushed = 0;        ///< this replica's changes the server stored
    qint64 pulled = 0;        ///< other members' changes applied here
    qint64 serverVersion = 0; ///< the newest change in the server's log afterwards
    qint64 refused = 0;       ///< this replica's changes the server refused, taken back here
    QStringList refusals;     ///< what was refused and why, one line each
};

/// Pushes a replica's unsent changes (outcome events and the others: ChangeLog) to the team
/// server and pulls everyone else's, in the server's order (docs/team.md, "What syncs"). Both
/// halves are idempotent: a change carries one uid everywhere, so one sent twice (a sync
/// interrupted after the server stored it) is stored once, and one pulled twice is applied
/// once. A deal's outcome is then its latest effective event, on every replica alike.
class TeamSync final
{
    Q_DECLARE_TR_FUNCTIONS(TeamSync)

public:
    /// Push, then pull. The workspace must be a replica of the connected server.
    static Result<SyncCounts> sync(Workspace& workspace, PgConnection& server);
    /// Only the push: the replica's unsent changes, all in one transaction. When the member's
    /// role does not allow some of them, the server stores none; those are taken back here
    /// (RefusedChanges) and the others pushed again.
    static Result<SyncCounts> push(Workspace& workspace, PgConnection& server);
    /// Only the pull: the server's changes after the replica's last one, applied in order
    /// (ChangeApplier).
    static Result<qint64> pull(Workspace& workspace, PgConnection& server);
    /// Keeps the member's role, CRM owner name and the team's reps_tag_all in the replica, for
    /// the checks it makes before the server's (ChangeLog).
    static Status keepStanding(Database& local, PgConnection& server);
};

} // namespace leadloop
