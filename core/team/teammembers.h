#pragma once

#include "common/result.h"
#include "common/resulttable.h"

#include <QCoreApplication>
#include <QString>

namespace leadloop {

class PgConnection;

/// The members of a team and their roles, managed by its owners; the server enforces who may
/// do it (docs/team.md, "Roles").
class TeamMembers final
{
    Q_DECLARE_TR_FUNCTIONS(TeamMembers)

public:
    /// login, role, crm_owner, added_at, added_by; sorted by login.
    static Result<ResultTable> list(PgConnection& server);
    /// The connected login's role, or NotFound when it is no member.
    static Result<QString> myRole(PgConnection& server);
    /// Makes `login` a member with `role` (creating the login when the server allows it);
    /// `crmOwner` is the owner name their deals carry in the CRM (empty: keep, or the login).
    static Status grant(PgConnection& server, const QString& login, const QString& role,
                        const QString& crmOwner = {});
    /// Removes a member: from then on the server refuses their connections and changes.
    static Status revoke(PgConnection& server, const QString& login);
};

} // namespace leadloop
