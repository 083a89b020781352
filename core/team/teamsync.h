#pragma once

#include "common/result.h"

#include <QCoreApplication>

namespace leadloop {

class Database;
class PgConnection;

/// What one sync did.
struct SyncCounts
{
    qint64 pushed = 0;        ///< this replica's changes the server stored
    qint64 pulled = 0;        ///< other members' changes applied here
    qint64 serverVersion = 0; ///< the newest change in the server's log afterwards
};

/// Pushes a replica's unsent outcome events to the team server and pulls everyone else's, in
/// the server's order (docs/team.md, "What syncs"). Both halves are idempotent: an event carries
/// one uid everywhere, so one sent twice (a sync interrupted after the server stored it) is
/// stored once, and one pulled twice is applied once. A deal's outcome is then its latest
/// effective event, on every replica alike.
class TeamSync final
{
    Q_DECLARE_TR_FUNCTIONS(TeamSync)

public:
    /// Push, then pull. The workspace must be a replica of the connected server.
    static Result<SyncCounts> sync(Database& local, PgConnection& server);
    /// Only the push: the replica's unsent events; Refused (nothing stored) when the member's
    /// role does not allow one of them.
    static Result<qint64> push(Database& local, PgConnection& server);
    /// Only the pull: the server's events after the replica's last one.
    static Result<qint64> pull(Database& local, PgConnection& server);
    /// Keeps the member's role, CRM owner name and the team's reps_tag_all in the replica, for
    /// the checks it makes before the server's (ChangeLog).
    static Status keepStanding(Database& local, PgConnection& server);
};

} // namespace leadloop
