#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QStringList>

namespace leadloop {

class PgConnection;
class Workspace;

/// A replica's unsent changes that the server refuses for the member's role (a role changed
/// since the last sync, or a replica that did not check): each is taken back here, so the
/// replica shows what the team has, and kept in team_changes with the server's reason, so
/// nothing the user did disappears without a trace (docs/team.md, "Refused changes").
class RefusedChanges final
{
    Q_DECLARE_TR_FUNCTIONS(RefusedChanges)

public:
    /// Asks the server which unsent changes the member's role allows, takes back the others
    /// and returns one line for each; an empty list when the server allows them all.
    static Result<QStringList> takeBack(Workspace& workspace, PgConnection& server);
    /// The refused changes kept in the replica: one line each, newest first.
    static Result<QStringList> list(Workspace& workspace);
};

} // namespace leadloop
