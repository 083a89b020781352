#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QString>

namespace leadloop {

class PgConnection;

/// The four roles of a team and what a team workspace is on the server (docs/team.md).
class TeamSchema final
{
    Q_DECLARE_TR_FUNCTIONS(TeamSchema)

public:
    /// The schema version a server holds; a client refuses a server of another, except the
    /// older ones it can upgrade (upgrade()).
    static constexpr int FormatVersion = 3;
    /// The oldest format this client upgrades: 2 (before consent set by hand travelled).
    static constexpr int OldestUpgradable = 2;

    static const QStringList& roles(); ///< owner, manager, rep, viewer
    /// The name of the group role that a role's members are granted on this database.
    static QString groupRole(const QString& database, const QString& role);

    /// Creates the schema, the group roles and their rights on an empty database, and makes the
    /// connected login the first owner. AlreadyExists when the database holds a team already.
    static Status create(PgConnection& server);
    /// The format version of the team workspace on the server; NotFound when there is none.
    static Result<int> version(PgConnection& server);
    /// Brings a server of an older format to FormatVersion (format 3 accepts the change kind
    /// consent). Only the login that published the team owns its tables and may do it: for
    /// another member it is Refused and changes nothing. Returns the format after.
    static Result<int> upgrade(PgConnection& server);
};

} // namespace leadloop
