#pragma once

#include "common/result.h"

namespace leadloop {

class Database;
class PgConnection;

/// The deals a team knows, by the key every replica shares, with their CRM owner: what the
/// server checks a rep's tags against (docs/team.md, "Roles").
class TeamDeals final
{
public:
    /// Tells the server every deal of the workspace with its current owner, in multi-row
    /// statements, inside the caller's transaction; owners and managers only. Returns how many
    /// deals were sent.
    static Result<qint64> upload(Database& db, PgConnection& server);
};

} // namespace leadloop
