#include "teammembers.h"

#include "pgconnection.h"
#include "teamschema.h"

using namespace Qt::StringLiterals;

namespace leadloop {

Result<ResultTable> TeamMembers::list(PgConnection& server)
{
    auto rows = server.query("SELECT login, role, coalesce(crm_owner, ''), "
                             "to_char(added_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI'), "
                             "added_by FROM leadloop.members ORDER BY login");
    if (!rows)
        return rows.error();
    ResultTable table;
    table.addColumn(u"login"_s, tr("Login"), ValueKind::Text);
    table.addColumn(u"role"_s, tr("Role"), ValueKind::Text);
    table.addColumn(u"crm_owner"_s, tr("Owner name in the CRM"), ValueKind::Text);
    table.addColumn(u"added_at"_s, tr("Added (UTC)"), ValueKind::Text);
    table.addColumn(u"added_by"_s, tr("Added by"), ValueKind::Text);
    for (int r = 0; r < rows->count(); ++r)
        table.addRow({rows->text(r, 0), rows->text(r, 1), rows->text(r, 2), rows->text(r, 3),
                      rows->text(r, 4)});
    table.meta.insert(u"server"_s, server.address().uri());
    return table;
}

Result<QString> TeamMembers::myRole(PgConnection& server)
{
    auto role = server.query("SELECT leadloop.my_role()");
    if (!role)
        return role.error();
    const QString name = role->text(0, 0);
    if (name.isEmpty())
        return Error{ErrorCode::Refused,
                     tr("Your login is not a member of the team at %1; ask a team owner to add "
                        "you.")
                         .arg(server.address().uri())};
    return name;
}

Status TeamMembers::grant(PgConnection& server, const QString& login, const QString& role,
                          const QString& crmOwner)
{
    if (!TeamSchema::roles().contains(role))
        return Error{ErrorCode::InvalidArgument,
                     tr("Unknown role '%1': use owner, manager, rep or viewer.").arg(role)};
    if (login.trimmed().isEmpty())
        return Error{ErrorCode::InvalidArgument, tr("Name the login to add.")};
    auto done = server.query("SELECT leadloop.set_member($1, $2, $3)",
                             {PgParam::text(login.trimmed()), PgParam::text(role),
                              crmOwner.isEmpty() ? PgParam::null() : PgParam::text(crmOwner)});
    if (!done)
        return done.error();
    return {};
}

Status TeamMembers::revoke(PgConnection& server, const QString& login)
{
    auto done = server.query("SELECT leadloop.remove_member($1)", {PgParam::text(login)});
    if (!done)
        return done.error();
    return {};
}

} // namespace leadloop
