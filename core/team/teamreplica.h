#pragma once

#include "common/result.h"

#include <optional>
#include <QCoreApplication>
#include <QString>

namespace leadloop {

class Database;

/// Where a replica's team lives and how far it has synced.
struct TeamLink
{
    QString server; ///< the server's URI, without a password
    QString login;
    qint64 lastSeq = 0;  ///< the newest change of the server's log this replica holds
    qint64 lastSync = 0; ///< UTC ms of the last sync that finished; 0: never
};

/// A local workspace's side of a team workspace: its link to the server, kept in the settings
/// table, and what it has not sent yet (docs/team.md).
class TeamReplica final
{
    Q_DECLARE_TR_FUNCTIONS(TeamReplica)

public:
    /// The workspace's link, or nullopt when it is no replica.
    static Result<std::optional<TeamLink>> link(Database& db);
    /// Makes the workspace a replica of that server, or updates its link (inside the caller's
    /// transaction when there is one).
    static Status setLink(Database& db, const TeamLink& link);
    /// Keeps what the server said of the member (role, CRM owner name, whether reps tag every
    /// lead), which the replica checks changes against until the next sync (ChangeLog).
    static Status setStanding(Database& db, const QString& role, const QString& crmOwner,
                              bool repsTagAll);
    /// Notes when the last sync finished (UTC ms).
    static Status noteSynced(Database& db, qint64 at);
    /// How many of its changes (outcome events and the others) the replica has not sent yet;
    /// refused ones are not waiting.
    static Result<qint64> unsentCount(Database& db);
    /// The key every replica knows a deal by: its CRM id, else its id in the published file.
    static QString dealKey(const QString& externalId, qint64 id);
};

} // namespace leadloop
