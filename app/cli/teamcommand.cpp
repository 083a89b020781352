#include "clicommand.h"
#include "clicontext.h"
#include "team/pgconnection.h"
#include "team/serveraddress.h"
#include "team/teamhistory.h"
#include "team/teammembers.h"
#include "team/teampublisher.h"
#include "team/teamreplica.h"
#include "team/teamsync.h"

#include <QDateTime>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace leadloop::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TeamCommand)
};

/// The server a command talks to: --server, else the replica's own.
Result<ServerAddress> serverFor(CliContext& context, Database* replica)
{
    if (context.parser().isSet(u"server"_s))
        return ServerAddress::parse(context.parser().value(u"server"_s));
    if (replica) {
        auto link = TeamReplica::link(*replica);
        if (!link)
            return link.error();
        if (*link)
            return ServerAddress::parse((*link)->server);
    }
    return Error{ErrorCode::InvalidArgument,
                 Tr::tr("Name the team server with --server postgresql://user@host/database.")};
}

ResultTable summary(const QList<std::pair<QString, QVariant>>& values)
{
    ResultTable table;
    table.addColumn(u"key"_s, Tr::tr("What"), ValueKind::Text);
    table.addColumn(u"value"_s, Tr::tr("Value"), ValueKind::Text);
    for (const auto& [key, value] : values) {
        table.addRow({key, value});
        table.meta.insert(key, value);
    }
    return table;
}

int runPublish(CliContext& context)
{
    auto workspace = context.openWorkspace(Workspace::Access::ReadWrite);
    if (!workspace)
        return context.fail(workspace.error());
    if (!context.parser().isSet(u"server"_s))
        return context.usage(Tr::tr("team publish needs --server URL."));
    auto address = ServerAddress::parse(context.parser().value(u"server"_s));
    if (!address)
        return context.fail(address.error());
    auto published = TeamPublisher::publish(**workspace, *address);
    if (!published)
        return context.fail(published.error());
    context.rememberWrites();
    return context.print(summary({{u"server"_s, address->uri()},
                                  {u"bytes"_s, published->bytes},
                                  {u"deals"_s, published->deals}}));
}

int runJoin(CliContext& context)
{
    const QCommandLineParser& p = context.parser();
    if (!p.isSet(u"server"_s) || !p.isSet(u"out"_s))
        return context.usage(Tr::tr("team join needs --server URL and --out FILE."));
    auto address = ServerAddress::parse(p.value(u"server"_s));
    if (!address)
        return context.fail(address.error());
    auto joined = TeamPublisher::join(*address, p.value(u"out"_s));
    if (!joined)
        return context.fail(joined.error());
    return context.print(summary({{u"server"_s, address->uri()},
                                  {u"workspace"_s, p.value(u"out"_s)},
                                  {u"bytes"_s, joined->bytes},
                                  {u"deals"_s, joined->deals},
                                  {u"pulled"_s, joined->sync.pulled},
                                  {u"server_version"_s, joined->sync.serverVersion}}));
}

/// Tells the user, on stderr, which changes the server refused and that they were taken back;
/// whether there were any.
bool reportRefusals(const SyncCounts& synced)
{
    if (synced.refusals.isEmpty())
        return false;
    QTextStream err(stderr);
    err << u"leadloop-cli: "_s
        << Tr::tr("The team server refused these changes of yours (%1); they were taken back "
                  "here ('team log' lists them):")
               .arg(synced.refused)
        << Qt::endl;
    for (const QString& line : synced.refusals)
        err << u"  "_s << line << Qt::endl;
    return true;
}

int runSync(CliContext& context)
{
    auto workspace = context.openWorkspace(Workspace::Access::ReadWrite);
    if (!workspace)
        return context.fail(workspace.error());
    Database& db = (*workspace)->database();
    auto address = serverFor(context, &db);
    if (!address)
        return context.fail(address.error());
    auto server = PgConnection::open(*address);
    if (!server)
        return context.fail(server.error());
    auto synced = TeamSync::sync(**workspace, **server);
    if (!synced)
        return context.fail(synced.error());
    context.rememberWrites();
    workspace->reset(); // rescoring opens it again
    const int printed = context.print(summary({{u"pushed"_s, synced->pushed},
                                               {u"pulled"_s, synced->pulled},
                                               {u"server_version"_s, synced->serverVersion},
                                               {u"refused"_s, synced->refused}}));
    if (reportRefusals(*synced))
        return ExitRefused;
    // What others changed (imports, tags) changes who is open and what they did.
    if (printed == ExitOk && (synced->pulled > 0 || synced->refused > 0))
        return rescoreAfterChange(context);
    return printed;
}

} // namespace

int syncAfterWrite(CliContext& context)
{
    if (!context.wrote() || context.parser().isSet(u"no-sync"_s))
        return ExitOk;
    auto workspace = context.openWorkspace(Workspace::Access::ReadWrite);
    if (!workspace)
        return context.fail(workspace.error());
    Database& db = (*workspace)->database();
    auto link = TeamReplica::link(db);
    if (!link)
        return context.fail(link.error());
    if (!*link)
        return ExitOk;
    auto unsent = TeamReplica::unsentCount(db);
    if (!unsent)
        return context.fail(unsent.error());
    if (*unsent == 0)
        return ExitOk;
    auto address = ServerAddress::parse((*link)->server);
    if (!address)
        return context.fail(address.error());
    auto server = PgConnection::open(*address);
    if (!server && server.error().code == ErrorCode::Offline) {
        QTextStream(stderr)
            << u"leadloop-cli: "_s
            << Tr::tr("Saved here. The team server cannot be reached; changes waiting for "
                      "the next team sync: %1.")
                   .arg(*unsent)
            << Qt::endl;
        return ExitOk;
    }
    if (!server)
        return context.fail(server.error());
    auto synced = TeamSync::sync(**workspace, **server);
    if (!synced)
        return context.fail(synced.error());
    context.rememberWrites();
    return reportRefusals(*synced) ? ExitRefused : ExitOk;
}

namespace {

int runStatus(CliContext& context)
{
    auto workspace = context.openWorkspace(Workspace::Access::ReadOnly);
    if (!workspace)
        return context.fail(workspace.error());
    Database& db = (*workspace)->database();
    auto link = TeamReplica::link(db);
    if (!link)
        return context.fail(link.error());
    if (!*link)
        return context.fail({ErrorCode::InvalidArgument,
                             Tr::tr("%1 is not part of a team workspace; publish it with 'team "
                                    "publish' or make a replica with 'team join'.")
                                 .arg((*workspace)->displayName())});
    auto unsent = TeamReplica::unsentCount(db);
    if (!unsent)
        return context.fail(unsent.error());
    auto refused = db.scalar(u"SELECT count(*) FROM team_changes WHERE refused IS NOT NULL"_s);
    if (!refused)
        return context.fail(refused.error());
    QString state = u"offline"_s;
    QString role;
    auto address = ServerAddress::parse((*link)->server);
    if (!address)
        return context.fail(address.error());
    // Offline is a state to report, not a failure: the replica works without the server.
    if (auto server = PgConnection::open(*address)) {
        auto mine = TeamMembers::myRole(**server);
        if (!mine)
            return context.fail(mine.error());
        role = *mine;
        state = *unsent ? u"unsent"_s : u"synced"_s;
    }
    const qint64 lastSync = (*link)->lastSync;
    return context.print(
        summary({{u"server"_s, (*link)->server},
                 {u"login"_s, (*link)->login},
                 {u"role"_s, role},
                 {u"state"_s, state},
                 {u"last_sync"_s,
                  lastSync ? QDateTime::fromMSecsSinceEpoch(lastSync, Qt::UTC).toString(Qt::ISODate)
                           : QString()},
                 {u"unsent_changes"_s, *unsent},
                 {u"refused_changes"_s, *refused},
                 {u"local_version"_s, (*link)->lastSeq}}));
}

/// The replica's history of the team's changes.
int runLog(CliContext& context)
{
    auto workspace = context.openWorkspace(Workspace::Access::ReadOnly);
    if (!workspace)
        return context.fail(workspace.error());
    return context.print(TeamHistory::table((*workspace)->database()));
}

/// members, grant and revoke: with --server, or the replica's server.
int runMembers(CliContext& context, const QString& action)
{
    std::unique_ptr<Workspace> workspace;
    if (!context.parser().isSet(u"server"_s)) {
        auto opened = context.openWorkspace(Workspace::Access::ReadOnly);
        if (!opened)
            return context.fail(opened.error());
        workspace = std::move(*opened);
    }
    auto address = serverFor(context, workspace ? &workspace->database() : nullptr);
    if (!address)
        return context.fail(address.error());
    auto server = PgConnection::open(*address);
    if (!server)
        return context.fail(server.error());
    const QStringList args = context.parser().positionalArguments();
    if (action == u"grant") {
        if (args.size() != 4)
            return context.usage(Tr::tr("Usage: leadloop-cli team grant LOGIN "
                                        "owner|manager|rep|viewer [--crm-owner NAME]."));
        if (Status done = TeamMembers::grant(**server, args[2], args[3],
                                             context.parser().value(u"crm-owner"_s));
            !done)
            return context.fail(done.error());
    } else if (action == u"revoke") {
        if (args.size() != 3)
            return context.usage(Tr::tr("Usage: leadloop-cli team revoke LOGIN."));
        if (Status done = TeamMembers::revoke(**server, args[2]); !done)
            return context.fail(done.error());
    }
    return context.print(TeamMembers::list(**server));
}

int runTeam(CliContext& context)
{
    const QStringList args = context.parser().positionalArguments();
    const QString action = args.value(1);
    if (action == u"publish")
        return runPublish(context);
    if (action == u"join")
        return runJoin(context);
    if (action == u"sync")
        return runSync(context);
    if (action == u"status")
        return runStatus(context);
    if (action == u"log")
        return runLog(context);
    if (action == u"members" || action == u"grant" || action == u"revoke")
        return runMembers(context, action);
    return context.usage(action.isEmpty()
                             ? Tr::tr("team needs an action: publish, join, sync, status, log, "
                                      "members, grant or revoke.")
                             : Tr::tr("Unknown team action '%1': use publish, join, sync, status, "
                                      "log, members, grant or revoke.")
                                   .arg(action));
}

} // namespace

CliCommand teamCommand()
{
    return {u"team"_s,
            Tr::tr("Share the workspace with a team through a PostgreSQL server."),
            u"team publish|join|sync|status|log|members|grant|revoke [LOGIN [ROLE]] [--server URL] "
            u"[--out FILE] [--crm-owner NAME]"_s,
            [](QCommandLineParser& parser) {
                parser.addOption({u"server"_s,
                                  Tr::tr("The team server: postgresql://user@host:port/database "
                                         "(passwords come from ~/.pgpass)."),
                                  u"URL"_s});
                parser.addOption({u"out"_s, Tr::tr("join: the new replica's file."), u"FILE"_s});
                parser.addOption({u"crm-owner"_s,
                                  Tr::tr("grant: the owner name the member's deals carry in the "
                                         "CRM (default: the login)."),
                                  u"NAME"_s});
            },
            runTeam,
            3};
}

} // namespace leadloop::cli
