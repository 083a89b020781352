#pragma once

#include "common/result.h"
#include "teamsync.h"

#include <QCoreApplication>
#include <QString>

namespace leadloop {

class ServerAddress;
class Workspace;

/// What publishing or joining did.
struct TeamTransfer
{
    qint64 bytes = 0; ///< the workspace file sent or received
    qint64 deals = 0; ///< deals the server knows by key
    SyncCounts sync;  ///< the sync that followed a join
};

/// Starts a team workspace from a local one, and makes new replicas of it (docs/team.md): the
/// server keeps the published file and the change log after it; a member joins by fetching the
/// newest file and pulling the log from where that file stands.
class TeamPublisher final
{
    Q_DECLARE_TR_FUNCTIONS(TeamPublisher)

public:
    /// Creates the team on the server's empty database with the connected login as its owner,
    /// uploads the workspace, and makes it the team's first replica.
    static Result<TeamTransfer> publish(Workspace& workspace, const ServerAddress& address);
    /// Writes a new replica of the team workspace at `outPath` (which must not exist) and
    /// brings it up to date.
    static Result<TeamTransfer> join(const ServerAddress& address, const QString& outPath);
};

} // namespace leadloop
