#include "sales/outcometagger.h"
#include "scratchworkspaces.h"
#include "store/saleswriter.h"
#include "team/pgconnection.h"
#include "team/serveraddress.h"
#include "team/teammembers.h"
#include "team/teampublisher.h"
#include "team/teamreplica.h"
#include "team/teamsync.h"
#include "teamserver.h"
#include "testsupport.h"

#include <QFile>
#include <QTest>

using namespace leadloop;
using namespace Qt::StringLiterals;

/// Team workspaces against a real PostgreSQL 15 that the test command starts (pgcluster.sh):
/// publish, join, sync in both directions, conflicting tags, and the roles the server enforces
/// even when a client does not check them.
class TestTeamWorkspace : public QObject
{
    Q_OBJECT

    test::ScratchWorkspaces m_dir;
    test::TeamServer m_server{QStringLiteral("team_test")};

    QString uri(const QString& login, const QString& database) const
    {
        return m_server.uri(login, database);
    }
    static std::unique_ptr<PgConnection> connect(const QString& uri)
    {
        return test::TeamServer::connect(uri);
    }

    /// A workspace with two deals: D1 owned by Piet, D2 by Anna.
    std::unique_ptr<Workspace> salesWorkspace()
    {
        auto ws = m_dir.create();
        if (!ws)
            return nullptr;
        SalesWriter writer(ws->database(), std::nullopt);
        for (const auto& [key, owner] : {std::pair{u"D1"_s, u"Piet"_s}, {u"D2"_s, u"Anna"_s}}) {
            DealRecord deal;
            deal.externalId = key;
            deal.owner = owner;
            deal.createdAt = 1709283600000;
            if (!writer.addDeal(deal))
                return nullptr;
        }
        return ws;
    }

    static Status tag(Workspace& ws, const QString& deal, const QString& outcome, qint64 at,
                      const QString& by)
    {
        TagRequest request;
        request.lead = deal;
        request.outcome = outcome;
        request.reason = outcome == u"lost" ? u"Price"_s : QString();
        request.byUser = by;
        request.at = at;
        if (outcome == u"won") {
            request.amountCents = 100000;
            request.currency = u"EUR"_s;
        }
        auto tagged = OutcomeTagger::tag(ws.database(), request);
        if (!tagged)
            qWarning("%s", qPrintable(tagged.error().message));
        return tagged ? Status() : Status(tagged.error());
    }

    static QString outcomeOf(Workspace& ws, const char* key)
    {
        return test::queryRows(ws.database(), (QByteArray("SELECT outcome FROM deals WHERE "
                                                          "external_id = '") +
                                               key + "'")
                                                  .constData())
            .value(0);
    }

    /// Publishes a sales workspace on a new database with a manager "m<N>", a rep "r<N>" who
    /// owns Piet's deals and a viewer "v<N>"; their replicas are joined.
    struct Team
    {
        QString database;
        std::unique_ptr<Workspace> owner, manager, rep;
        QString repLogin, viewerLogin;
    };
    bool makeTeam(Team& team)
    {
        team.database = m_server.newDatabase();
        team.owner = salesWorkspace();
        if (team.database.isEmpty() || !team.owner)
            return false;
        if (!m_server.publish(*team.owner, team.database))
            return false;
        auto server = m_server.admin(team.database);
        const QString n = QString::number(m_server.databases());
        team.repLogin = u"r"_s + n;
        team.viewerLogin = u"v"_s + n;
        if (!server || !TeamMembers::grant(*server, u"m"_s + n, u"manager"_s) ||
            !TeamMembers::grant(*server, team.repLogin, u"rep"_s, u"Piet"_s) ||
            !TeamMembers::grant(*server, team.viewerLogin, u"viewer"_s))
            return false;
        for (const auto& [login, replica] :
             {std::pair{u"m"_s + n, &team.manager}, {team.repLogin, &team.rep}}) {
            auto opened = m_server.join(login, team.database, m_dir.path(login + u".leadloop"_s));
            if (!opened)
                return false;
            *replica = std::move(*opened);
        }
        return true;
    }

    static Result<SyncCounts> sync(Workspace& ws) { return test::TeamServer::sync(ws); }

private slots:
    void initTestCase()
    {
        const QString problem = m_server.open();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void aServerAddressNeverKeepsAPassword()
    {
        auto address = ServerAddress::parse(u"postgresql://anna:secret@db.example.com:5433/"
                                            u"sales?sslmode=require"_s);
        QVERIFY(address.ok());
        QVERIFY(!address->uri().contains(u"secret"_s));
        QCOMPARE(address->user(), u"anna"_s);
        QCOMPARE(address->database(), u"sales"_s);
        QVERIFY(address->uri().contains(u"sslmode=require"_s));
        QCOMPARE(ServerAddress::parse(u"mysql://x@y/z"_s).error().code, ErrorCode::BadInput);
        QCOMPARE(ServerAddress::parse(u"postgresql://x@y"_s).error().code, ErrorCode::BadInput);
    }

    void tagsTravelBetweenReplicas()
    {
        Team team;
        QVERIFY(makeTeam(team));
        QCOMPARE(outcomeOf(*team.rep, "D1"), u"open"_s);
        QVERIFY(tag(*team.manager, u"D1"_s, u"won"_s, 1710000000000, u"Marta"_s).ok());
        QCOMPARE(TeamReplica::unsentCount(team.manager->database()).value(), 1);
        auto pushed = sync(*team.manager);
        QVERIFY2(pushed.ok(), qPrintable(pushed.ok() ? QString() : pushed.error().message));
        QCOMPARE(pushed->pushed, 1);
        QCOMPARE(TeamReplica::unsentCount(team.manager->database()).value(), 0);
        auto pulled = sync(*team.rep);
        QVERIFY(pulled.ok());
        QCOMPARE(pulled->pulled, 1);
        QCOMPARE(outcomeOf(*team.rep, "D1"), u"won"_s);
        // A second sync changes nothing: every event is applied once.
        auto again = sync(*team.rep);
        QVERIFY(again.ok());
        QCOMPARE(again->pulled, 0);
        QCOMPARE(test::queryRows(team.rep->database(), "SELECT count(*) FROM outcome_events"),
                 QStringList{u"1"_s});
    }

    void theLaterTagWinsOnEveryReplicaAndBothStay()
    {
        Team team;
        QVERIFY(makeTeam(team));
        // Offline, both tag Piet's deal: the rep lost on 12 March, the manager won on 11 March.
        QVERIFY(tag(*team.rep, u"D1"_s, u"lost"_s, 1710201600000, u"Piet"_s).ok());
        QVERIFY(tag(*team.manager, u"D1"_s, u"won"_s, 1710115200000, u"Marta"_s).ok());
        for (Workspace* ws :
             {team.rep.get(), team.manager.get(), team.rep.get(), team.owner.get()}) {
            auto synced = sync(*ws);
            QVERIFY2(synced.ok(), qPrintable(synced.ok() ? QString() : synced.error().message));
        }
        for (Workspace* ws : {team.rep.get(), team.manager.get(), team.owner.get()}) {
            QCOMPARE(outcomeOf(*ws, "D1"), u"lost"_s);
            QCOMPARE(test::queryRows(ws->database(), "SELECT new_outcome FROM outcome_events "
                                                     "ORDER BY at"),
                     (QStringList{u"won"_s, u"lost"_s}));
        }
    }

    void anInterruptedPushIsNotStoredTwice()
    {
        Team team;
        QVERIFY(makeTeam(team));
        QVERIFY(tag(*team.manager, u"D2"_s, u"won"_s, 1710000000000, u"Marta"_s).ok());
        QVERIFY(sync(*team.manager).ok());
        // As if the replica died after the server stored the event but before it noted that.
        QVERIFY(team.manager->database().exec(u"UPDATE team_events SET seq = NULL"_s));
        auto again = sync(*team.manager);
        QVERIFY(again.ok());
        auto admin = connect(uri(u"leadloop_admin"_s, team.database));
        QVERIFY(admin);
        auto count = admin->query("SELECT count(*) FROM leadloop.outcome_events");
        QVERIFY(count.ok());
        QCOMPARE(count->int64(0, 0), 1);
        QCOMPARE(TeamReplica::unsentCount(team.manager->database()).value(), 0);
    }

    void theServerEnforcesTheRoles()
    {
        Team team;
        QVERIFY(makeTeam(team));
        // A rep tagging Anna's deal: the replica refuses it first (the role the server gave
        // at the last sync), and nothing changes.
        QVERIFY(tag(*team.rep, u"D1"_s, u"won"_s, 1710000000000, u"Piet"_s).ok());
        auto local = tag(*team.rep, u"D2"_s, u"won"_s, 1710000000000, u"Piet"_s);
        QVERIFY(!local.ok());
        QCOMPARE(local.error().code, ErrorCode::Refused);
        QVERIFY2(local.error().message.contains(u"rep"_s), qPrintable(local.error().message));
        QCOMPARE(TeamReplica::unsentCount(team.rep->database()).value(), 1);
        // A client that does not check (an older LeadLoop): the server refuses the push and
        // stores nothing of it; the refused tag is taken back on the replica (kept as a refused
        // change with the reason) and the allowed one is sent.
        QVERIFY(team.rep->database().exec(u"DELETE FROM settings WHERE key = 'team.role'"_s));
        QVERIFY(tag(*team.rep, u"D2"_s, u"won"_s, 1710000000000, u"Piet"_s).ok());
        QCOMPARE(outcomeOf(*team.rep, "D2"), u"won"_s);
        auto refused = sync(*team.rep);
        QVERIFY2(refused.ok(), qPrintable(refused ? QString() : refused.error().message));
        QCOMPARE(refused->refused, 1);
        QCOMPARE(refused->pushed, 1);
        QVERIFY2(refused->refusals.value(0).contains(u"D2"_s),
                 qPrintable(refused->refusals.join(u'\n')));
        QCOMPARE(outcomeOf(*team.rep, "D2"), u"open"_s);
        QCOMPARE(TeamReplica::unsentCount(team.rep->database()).value(), 0);
        QCOMPARE(test::queryRows(team.rep->database(), "SELECT kind, refused LIKE '%rep%' FROM "
                                                       "team_changes WHERE refused IS NOT NULL"),
                 QStringList{u"tag|1"_s});
        auto admin = connect(uri(u"leadloop_admin"_s, team.database));
        QCOMPARE(admin
                     ->query("SELECT count(*) FROM leadloop.outcome_events WHERE deal_key = "
                             "'deal:D2'")
                     ->int64(0, 0),
                 0);

        // The same without LeadLoop: the rep's own SQL is refused by row-level security.
        const char* insert = "INSERT INTO leadloop.outcome_events (uid, deal_key, at, "
                             "recorded_at, by_user, old_outcome, new_outcome, origin) VALUES "
                             "($1, $2, 0, 0, 'x', 'open', 'won', 'manual')";
        auto rep = connect(uri(team.repLogin, team.database));
        QVERIFY(rep);
        auto bypass = rep->query(insert, {PgParam::text(u"u1"_s), PgParam::text(u"deal:D2"_s)});
        QVERIFY(!bypass.ok());
        QCOMPARE(bypass.error().code, ErrorCode::Refused);
        QVERIFY(rep->query(insert, {PgParam::text(u"u2"_s), PgParam::text(u"deal:D1"_s)}).ok());
        // Nobody changes the log, not even its author.
        QCOMPARE(rep->query("UPDATE leadloop.outcome_events SET new_outcome = 'lost'").error().code,
                 ErrorCode::Refused);

        // A viewer writes nothing; a rep manages no members.
        auto viewer = connect(uri(team.viewerLogin, team.database));
        QVERIFY(viewer);
        QCOMPARE(viewer->query(insert, {PgParam::text(u"u3"_s), PgParam::text(u"deal:D1"_s)})
                     .error()
                     .code,
                 ErrorCode::Refused);
        QCOMPARE(TeamMembers::grant(*rep, team.repLogin, u"owner"_s).error().code,
                 ErrorCode::Refused);

        // A revoked member cannot even connect.
        QVERIFY(TeamMembers::revoke(*admin, team.viewerLogin).ok());
        auto address = ServerAddress::parse(uri(team.viewerLogin, team.database));
        auto revoked = PgConnection::open(*address);
        QVERIFY(!revoked.ok());
        QCOMPARE(revoked.error().code, ErrorCode::Refused);
        // And the last owner cannot leave the team without one.
        QCOMPARE(TeamMembers::revoke(*admin, u"leadloop_admin"_s).error().code, ErrorCode::Refused);
    }

    void publishingTwiceIsRefused()
    {
        Team team;
        QVERIFY(makeTeam(team));
        auto other = salesWorkspace();
        QVERIFY(other);
        auto address = ServerAddress::parse(uri(u"leadloop_admin"_s, team.database));
        auto again = TeamPublisher::publish(*other, *address);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, ErrorCode::AlreadyExists);
    }
};

QTEST_GUILESS_MAIN(TestTeamWorkspace)
#include "tst_teamworkspace.moc"
