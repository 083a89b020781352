#include "analytics/campaignlist.h"
#include "ingest/costimporter.h"
#include "ingest/crmimporter.h"
#include "ingest/trackingimporter.h"
#include "sales/adconsent.h"
#include "sales/identityreview.h"
#include "sales/lostreasons.h"
#include "sales/outcometagger.h"
#include "scratchworkspaces.h"
#include "store/batchremoval.h"
#include "store/workspacesettings.h"
#include "team/refusedchanges.h"
#include "team/teammembers.h"
#include "team/teamreplica.h"
#include "team/teamschema.h"
#include "teamserver.h"
#include "testsupport.h"
#include "tracking/workspacechannels.h"

#include <QTest>
#include <QThread>

using namespace leadloop;
using namespace Qt::StringLiterals;

namespace {

const QByteArray Tracking =
    "visitor,time,url,event,email\n"
    "A,2024-03-01T10:00:00Z,https://www.fjordly.com/?utm_source=google&utm_medium=cpc,,\n"
    "B,2024-03-02T10:00:00Z,https://www.fjordly.com/?utm_source=news&utm_medium=email,,\n"
    "B,2024-03-05T10:01:00Z,https://www.fjordly.com/demo,form_submit,bob@voorbeeld.nl\n"
    "C,2024-03-06T10:00:00Z,https://www.fjordly.com/,,\n"
    "A,2024-03-10T10:01:00Z,https://www.fjordly.com/demo,form_submit,anna@fjordly.pl\n";

const QByteArray Crm = "email,deal_id,deal_name,owner,stage,amount,currency,deal_created\n"
                       "anna@fjordly.pl,D1,Fjordly,Piet,Proposal,1000,EUR,2024-03-10\n"
                       "bob@voorbeeld.nl,D2,Voorbeeld,Anna,Proposal,2000,EUR,2024-03-05\n";

/// What every member's reports are made of, in one text: counts of the imported rows, each
/// session's channel, each deal's owner and outcome, the active identity links.
QStringList contents(Workspace& ws)
{
    Database& db = ws.database();
    QStringList out;
    for (const char* sql :
         {"SELECT (SELECT count(*) FROM pageviews), (SELECT count(*) FROM sessions), (SELECT "
          "count(*) FROM contacts), (SELECT count(*) FROM deals)",
          "SELECT v.cookie_id, s.started_at, s.channel FROM sessions s JOIN visitors v ON v.id = "
          "s.visitor_id ORDER BY 1, 2",
          "SELECT external_id, owner, outcome FROM deals ORDER BY external_id",
          "SELECT v.cookie_id, c.email FROM identity_links l JOIN visitors v ON v.id = "
          "l.visitor_id JOIN contacts c ON c.id = l.contact_id WHERE l.active = 1 ORDER BY 1, 2",
          "SELECT name FROM lost_reasons ORDER BY position",
          "SELECT key, value FROM settings WHERE key IN ('reporting_currency', "
          "'channel_rule_set') ORDER BY key"})
        out.append(test::queryRows(db, sql));
    return out;
}

template <typename T> QString message(const Result<T>& result)
{
    return result ? QString() : result.error().message;
}

} // namespace

/// Everything a team member changes besides tags travels to every other member through the
/// test server (pgcluster.sh) and is applied by the workspace's own rules: imports, import
/// removals, settings (the later one wins, both stay in the history), the lost-reason list, the
/// channel grouping and identity decisions; five members end with the same reports.
class TestTeamChanges : public QObject
{
    Q_OBJECT

    test::ScratchWorkspaces m_dir;
    test::TeamServer m_server{QStringLiteral("changes_test")};

    /// A published, empty workspace with a manager "m", and reps "r1".."r3" whose CRM owner
    /// names are Piet, Anna and Linnea; replicas for the manager and as many reps as asked.
    struct Team
    {
        QString database;
        std::unique_ptr<Workspace> owner, manager;
        std::vector<std::unique_ptr<Workspace>> reps;
    };
    QString makeTeam(Team& team, int reps = 0)
    {
        team.database = m_server.newDatabase();
        team.owner = m_dir.create();
        if (team.database.isEmpty() || !team.owner)
            return u"no database or workspace"_s;
        if (Status published = m_server.publish(*team.owner, team.database); !published)
            return published.error().message;
        auto admin = m_server.admin(team.database);
        const QString n = QString::number(m_server.databases());
        if (!admin || !TeamMembers::grant(*admin, u"cm"_s + n, u"manager"_s))
            return u"grant"_s;
        const QStringList owners{u"Piet"_s, u"Anna"_s, u"Linnea"_s};
        for (int i = 0; i < 3; ++i)
            if (!TeamMembers::grant(*admin, u"cr%1_%2"_s.arg(i + 1).arg(n), u"rep"_s, owners[i]))
                return u"grant rep"_s;
        auto manager =
            m_server.join(u"cm"_s + n, team.database, m_dir.path(u"cm%1.leadloop"_s.arg(n)));
        if (!manager)
            return manager.error().message;
        team.manager = std::move(*manager);
        for (int i = 0; i < reps; ++i) {
            const QString login = u"cr%1_%2"_s.arg(i + 1).arg(n);
            auto rep = m_server.join(login, team.database, m_dir.path(login + u".leadloop"_s));
            if (!rep)
                return rep.error().message;
            team.reps.push_back(std::move(*rep));
        }
        return {};
    }

    /// The manager imports the tracking file and the CRM export.
    QString importBoth(Workspace& ws)
    {
        auto tracking = TrackingImporter::run(ws, m_dir.file(u"web.csv"_s, Tracking), {});
        if (!tracking)
            return tracking.error().message;
        auto crm = CrmImporter::run(ws, m_dir.file(u"crm.csv"_s, Crm), {});
        return crm ? QString() : crm.error().message;
    }

    static qint64 serverCount(test::TeamServer& server, const QString& database, const char* sql)
    {
        auto admin = server.admin(database);
        auto rows = admin ? admin->query(sql) : Result<PgRows>(Error{ErrorCode::Offline, {}});
        return rows ? rows->int64(0, 0) : -1;
    }

private slots:
    void initTestCase()
    {
        const QString problem = m_server.open();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void importsTravelAndEveryMemberReportsTheSame()
    {
        Team team;
        QString made = makeTeam(team, 1);
        QVERIFY2(made.isEmpty(), qPrintable(made));
        made = importBoth(*team.manager);
        QVERIFY2(made.isEmpty(), qPrintable(made));
        QCOMPARE(TeamReplica::unsentCount(team.manager->database()).value(), 2);
        auto pushed = test::TeamServer::sync(*team.manager);
        QVERIFY2(pushed, qPrintable(message(pushed)));
        QCOMPARE(pushed->pushed, 2);
        // The files went up; the replica keeps its rows, not a second copy of the files.
        QCOMPARE(test::queryRows(team.manager->database(), "SELECT count(*) FROM team_change_data"),
                 QStringList{u"0"_s});
        QCOMPARE(serverCount(m_server, team.database, "SELECT count(*) FROM leadloop.changes"), 2);
        // The server learnt the imported deals' owners.
        QCOMPARE(serverCount(m_server, team.database,
                             "SELECT count(*) FROM leadloop.deals WHERE owner = 'Piet'"),
                 1);

        for (Workspace* ws : {team.owner.get(), team.reps[0].get()}) {
            auto pulled = test::TeamServer::sync(*ws);
            QVERIFY2(pulled, qPrintable(message(pulled)));
            QCOMPARE(pulled->pulled, 2);
            QCOMPARE(contents(*ws), contents(*team.manager));
            // Applied once: a second sync pulls nothing and changes nothing.
            auto again = test::TeamServer::sync(*ws);
            QVERIFY(again);
            QCOMPARE(again->pulled, 0);
            QCOMPARE(contents(*ws), contents(*team.manager));
        }
        QCOMPARE(test::queryRows(team.owner->database(),
                                 "SELECT count(*), min(seq) > 0 FROM team_changes"),
                 QStringList{u"2|1"_s});
        // The rep (CRM owner Piet) may tag the imported deal D1, which the server checks
        // against the owners the manager's push told it.
        TagRequest request;
        request.lead = u"D1"_s;
        request.outcome = u"won"_s;
        request.amountCents = 100000;
        request.currency = u"EUR"_s;
        request.byUser = u"Piet"_s;
        QVERIFY(OutcomeTagger::tag(team.reps[0]->database(), request));
        auto tagged = test::TeamServer::sync(*team.reps[0]);
        QVERIFY2(tagged, qPrintable(message(tagged)));
        QCOMPARE(tagged->pushed, 1);
        QVERIFY(test::TeamServer::sync(*team.manager));
        QCOMPARE(contents(*team.manager), contents(*team.reps[0]));
    }

    void anImportRemovedOnOneReplicaIsRemovedOnAll()
    {
        Team team;
        QString made = makeTeam(team);
        QVERIFY2(made.isEmpty(), qPrintable(made));
        auto imported =
            TrackingImporter::run(*team.manager, m_dir.file(u"web2.csv"_s, Tracking), {});
        QVERIFY(imported);
        QVERIFY(test::TeamServer::sync(*team.manager));
        QVERIFY(test::TeamServer::sync(*team.owner));
        QCOMPARE(test::queryRows(team.owner->database(), "SELECT count(*) FROM pageviews"),
                 QStringList{u"3"_s});
        auto removed = BatchRemoval::remove(*team.manager, imported->batch.id);
        QVERIFY2(removed, qPrintable(message(removed)));
        QVERIFY(test::TeamServer::sync(*team.manager));
        auto pulled = test::TeamServer::sync(*team.owner);
        QVERIFY2(pulled, qPrintable(message(pulled)));
        QCOMPARE(pulled->pulled, 1);
        QCOMPARE(test::queryRows(team.owner->database(), "SELECT count(*) FROM pageviews"),
                 QStringList{u"0"_s});
        QCOMPARE(contents(*team.owner), contents(*team.manager));
    }

    void theLaterSettingWinsAndBothStayInTheHistory_data()
    {
        QTest::addColumn<bool>("laterPushesFirst");
        QTest::newRow("the later change is sent first") << true;
        QTest::newRow("the later change is sent last") << false;
    }
    void theLaterSettingWinsAndBothStayInTheHistory()
    {
        QFETCH(bool, laterPushesFirst);
        Team team;
        QString made = makeTeam(team);
        QVERIFY2(made.isEmpty(), qPrintable(made));
        // Offline, the owner sets USD, then (later) the manager sets SEK.
        QVERIFY(WorkspaceSettings::set(team.owner->database(), u"reporting_currency"_s, u"USD"_s));
        QThread::msleep(5);
        QVERIFY(
            WorkspaceSettings::set(team.manager->database(), u"reporting_currency"_s, u"SEK"_s));
        Workspace* first = laterPushesFirst ? team.manager.get() : team.owner.get();
        Workspace* second = laterPushesFirst ? team.owner.get() : team.manager.get();
        for (Workspace* ws : {first, second, first}) {
            auto synced = test::TeamServer::sync(*ws);
            QVERIFY2(synced, qPrintable(message(synced)));
        }
        for (Workspace* ws : {team.owner.get(), team.manager.get()}) {
            QCOMPARE(WorkspaceSettings::reportingCurrency(ws->database()).value(), u"SEK"_s);
            QCOMPARE(test::queryRows(ws->database(),
                                     "SELECT json_extract(payload, '$.value') FROM "
                                     "team_changes WHERE kind = 'setting' ORDER BY at"),
                     (QStringList{u"USD"_s, u"SEK"_s}));
        }
    }

    void listsGroupingAndIdentityDecisionsTravel()
    {
        Team team;
        QString made = makeTeam(team);
        QVERIFY2(made.isEmpty(), qPrintable(made));
        made = importBoth(*team.manager);
        QVERIFY2(made.isEmpty(), qPrintable(made));
        Database& db = team.manager->database();
        QVERIFY(LostReasons::add(db, u"Budget frozen"_s));
        QVERIFY(WorkspaceChannels::applyChoice(db, {u"hubspot"_s, {}}));
        QVERIFY2(
            IdentityReview::link(db, u"C"_s, u"bob@voorbeeld.nl"_s, u"Marta"_s, u"same office"_s),
            "link");
        QVERIFY(IdentityReview::unlink(db, u"A"_s, u"anna@fjordly.pl"_s, u"Marta"_s,
                                       u"shared laptop"_s));
        QVERIFY(test::TeamServer::sync(*team.manager));
        auto pulled = test::TeamServer::sync(*team.owner);
        QVERIFY2(pulled, qPrintable(message(pulled)));
        QCOMPARE(pulled->pulled, 6);
        QCOMPARE(contents(*team.owner), contents(*team.manager));
        QVERIFY(LostReasons::list(team.owner->database())->contains(u"Budget frozen"_s));
        QCOMPARE(WorkspaceChannels::stored(team.owner->database())->id, u"hubspot"_s);
        QCOMPARE(test::queryRows(team.owner->database(),
                                 "SELECT action, by_user FROM identity_log WHERE action IN "
                                 "('link', 'unlink') AND by_user = 'Marta' ORDER BY id"),
                 (QStringList{u"link|Marta"_s, u"unlink|Marta"_s}));
    }

    void aCampaignCostEditTravelsAndTheLaterOneWins()
    {
        Team team;
        QString made = makeTeam(team);
        QVERIFY2(made.isEmpty(), qPrintable(made));
        auto costs = CostImporter::importCosts(*team.manager,
                                               m_dir.file(u"costs.csv"_s,
                                                          "date,source,medium,campaign,cost\n"
                                                          "2024-03-01,google,cpc,brand,50\n"),
                                               {});
        QVERIFY2(costs, qPrintable(message(costs)));
        QVERIFY(test::TeamServer::sync(*team.manager));
        QVERIFY(test::TeamServer::sync(*team.owner));
        const char* cost = "SELECT c.name, k.cost_cents FROM campaign_costs k JOIN campaigns c ON "
                           "c.id = k.campaign_id ORDER BY k.day";
        QCOMPARE(test::queryRows(team.owner->database(), cost), QStringList{u"brand|5000"_s});
        // Offline, the owner sets 60.00 and then the manager 70.00 for the same day.
        const auto setCost = [](Workspace& ws, qint64 cents) {
            const qint64 id =
                test::queryRows(ws.database(), "SELECT id FROM campaigns").value(0).toLongLong();
            return CampaignList::setCost(ws.database(), id,
                                         {1709251200000, cents, u"EUR"_s, {}, {}});
        };
        QVERIFY(setCost(*team.owner, 6000));
        QThread::msleep(5);
        QVERIFY(setCost(*team.manager, 7000));
        for (Workspace* ws : {team.manager.get(), team.owner.get(), team.manager.get()})
            QVERIFY(test::TeamServer::sync(*ws));
        for (Workspace* ws : {team.owner.get(), team.manager.get()})
            QCOMPARE(test::queryRows(ws->database(), cost), QStringList{u"brand|7000"_s});
        QCOMPARE(test::queryRows(team.owner->database(),
                                 "SELECT count(*) FROM team_changes WHERE kind = 'campaign_cost'"),
                 QStringList{u"2"_s});
    }

    // Consent set by hand travels under the manager's name with its own time; a rep may not set
    // it. A server of format 2 (before consent travelled) keeps the choice waiting on the
    // manager's replica until the member who published it syncs and so upgrades it.
    void consentSetByHandTravels()
    {
        Team team;
        QString made = makeTeam(team, 1);
        QVERIFY2(made.isEmpty(), qPrintable(made));
        made = importBoth(*team.manager);
        QVERIFY2(made.isEmpty(), qPrintable(made));
        QVERIFY(test::TeamServer::sync(*team.manager));
        QVERIFY(test::TeamServer::sync(*team.owner));
        QVERIFY(test::TeamServer::sync(*team.reps[0]));
        // The server as a LeadLoop of format 2 made it.
        {
            auto admin = m_server.admin(team.database);
            QVERIFY(admin);
            QVERIFY(admin->exec(
                u"ALTER TABLE leadloop.changes DROP CONSTRAINT changes_kind_check;"
                u"ALTER TABLE leadloop.changes ADD CONSTRAINT changes_kind_check CHECK (kind IN "
                u"('import', 'batch_removed', 'setting', 'lost_reasons', 'channel_rules', "
                u"'identity', 'campaign_cost'));"
                u"UPDATE leadloop.info SET value = '2' WHERE key = 'format'"_s));
        }
        const auto contactOf = [](Workspace& ws, const char* email) {
            return test::queryRows(ws.database(),
                                   QByteArray("SELECT id FROM contacts WHERE email = '") + email +
                                       "'")
                .value(0)
                .toLongLong();
        };
        const auto state = [&](Workspace& ws) {
            return test::queryRows(ws.database(),
                                   "SELECT s.signal, s.state FROM contact_consent s JOIN contacts "
                                   "c ON c.id = s.contact_id WHERE c.email = 'anna@fjordly.pl' "
                                   "ORDER BY 1");
        };
        Database& db = team.manager->database();
        QVERIFY(AdConsent::set(db, contactOf(*team.manager, "anna@fjordly.pl"),
                               AdConsent::Signal::AdUserData, AdConsent::State::Denied, u"Marta"_s,
                               1'000));
        // A rep may not: refused before anything is written.
        const Status rep =
            AdConsent::set(team.reps[0]->database(), contactOf(*team.reps[0], "anna@fjordly.pl"),
                           AdConsent::Signal::AdUserData, AdConsent::State::Granted, u"r"_s, 2'000);
        QVERIFY(!rep);
        QCOMPARE(rep.error().code, ErrorCode::Refused);
        QCOMPARE(test::queryRows(team.reps[0]->database(),
                                 "SELECT count(*) FROM consent_events WHERE source = 'manual'"),
                 QStringList{u"0"_s});

        // The manager cannot upgrade the server: the choice waits, nothing is lost.
        auto waiting = test::TeamServer::sync(*team.manager);
        QVERIFY2(waiting, qPrintable(message(waiting)));
        QCOMPARE(TeamReplica::unsentCount(db).value(), 1);
        // The owner published the team, so its sync upgrades the server to format 3.
        QVERIFY(test::TeamServer::sync(*team.owner));
        {
            auto admin = m_server.admin(team.database);
            QVERIFY(admin);
            QCOMPARE(TeamSchema::version(*admin).value(), TeamSchema::FormatVersion);
        }
        QVERIFY(test::TeamServer::sync(*team.manager));
        QCOMPARE(TeamReplica::unsentCount(db).value(), 0);
        auto pulled = test::TeamServer::sync(*team.owner);
        QVERIFY2(pulled, qPrintable(message(pulled)));
        QCOMPARE(pulled->pulled, 1);
        QCOMPARE(state(*team.owner),
                 (QStringList{u"ad_personalization|unknown"_s, u"ad_user_data|denied"_s}));
        QCOMPARE(state(*team.owner), state(*team.manager));
        QCOMPARE(test::queryRows(team.owner->database(),
                                 "SELECT by_user, at FROM consent_events WHERE source = 'manual'"),
                 QStringList{u"Marta|1000"_s});
        // An owner's later choice wins on every replica; the earlier stays in the history.
        QVERIFY(AdConsent::set(team.owner->database(), contactOf(*team.owner, "anna@fjordly.pl"),
                               AdConsent::Signal::AdUserData, AdConsent::State::Granted, u"Olle"_s,
                               3'000));
        for (Workspace* ws : {team.owner.get(), team.manager.get(), team.reps[0].get()})
            QVERIFY(test::TeamServer::sync(*ws));
        for (Workspace* ws : {team.owner.get(), team.manager.get(), team.reps[0].get()})
            QCOMPARE(state(*ws),
                     (QStringList{u"ad_personalization|unknown"_s, u"ad_user_data|granted"_s}));
        QCOMPARE(test::queryRows(team.reps[0]->database(),
                                 "SELECT count(*) FROM team_changes WHERE kind = 'consent'"),
                 QStringList{u"2"_s});
    }

    void theServerRefusesARepsManagerChange()
    {
        Team team;
        QString made = makeTeam(team, 1);
        QVERIFY2(made.isEmpty(), qPrintable(made));
        Workspace& rep = *team.reps[0];
        // The replica refuses first.
        auto local = WorkspaceSettings::set(rep.database(), u"reporting_currency"_s, u"USD"_s);
        QVERIFY(!local);
        QCOMPARE(local.error().code, ErrorCode::Refused);
        // A client that skips that check: the server stores nothing.
        QVERIFY(rep.database().exec(u"DELETE FROM settings WHERE key = 'team.role'"_s));
        QVERIFY(WorkspaceSettings::set(rep.database(), u"reporting_currency"_s, u"USD"_s));
        auto refused = test::TeamServer::sync(rep);
        QVERIFY2(refused, qPrintable(message(refused)));
        QCOMPARE(refused->refused, 1);
        QCOMPARE(serverCount(m_server, team.database, "SELECT count(*) FROM leadloop.changes"), 0);
        // Taken back here: the currency is what the team has, and the change stays, refused.
        QCOMPARE(WorkspaceSettings::reportingCurrency(rep.database()).value(), u"EUR"_s);
        QCOMPARE(TeamReplica::unsentCount(rep.database()).value(), 0);
        QCOMPARE(RefusedChanges::list(rep)->size(), 1);
    }

    void fiveMembersEndWithTheSameReports()
    {
        Team team;
        QString made = makeTeam(team, 3);
        QVERIFY2(made.isEmpty(), qPrintable(made));
        made = importBoth(*team.manager);
        QVERIFY2(made.isEmpty(), qPrintable(made));
        std::vector<Workspace*> all{team.owner.get(), team.manager.get()};
        for (auto& rep : team.reps)
            all.push_back(rep.get());
        for (Workspace* ws : all)
            QVERIFY2(test::TeamServer::sync(*ws), "first sync");
        // Offline at once: Piet (rep 1) loses D1, Anna (rep 2) wins D2, the manager wins D1
        // earlier than Piet lost it, the owner sets the currency.
        const auto tag = [](Workspace& ws, const QString& deal, const QString& outcome, qint64 at,
                            const QString& by) {
            TagRequest request;
            request.lead = deal;
            request.outcome = outcome;
            request.reason = outcome == u"lost"_s ? u"Price"_s : QString();
            request.byUser = by;
            request.at = at;
            return OutcomeTagger::tag(ws.database(), request);
        };
        QVERIFY(tag(*team.reps[0], u"D1"_s, u"lost"_s, 1710201600000, u"Piet"_s));
        QVERIFY(tag(*team.reps[1], u"D2"_s, u"won"_s, 1710201600000, u"Anna"_s));
        QVERIFY(tag(*team.manager, u"D1"_s, u"won"_s, 1710115200000, u"Marta"_s));
        QVERIFY(WorkspaceSettings::set(team.owner->database(), u"reporting_currency"_s, u"SEK"_s));
        // Linnea (rep 3) owns neither deal: refused before anything is written.
        QCOMPARE(tag(*team.reps[2], u"D1"_s, u"won"_s, 1710201600000, u"Linnea"_s).error().code,
                 ErrorCode::Refused);
        for (int round = 0; round < 2; ++round)
            for (Workspace* ws : all) {
                auto synced = test::TeamServer::sync(*ws);
                QVERIFY2(synced, qPrintable(message(synced)));
            }
        for (Workspace* ws : all) {
            QCOMPARE(contents(*ws), contents(*team.owner));
            QCOMPARE(TeamReplica::unsentCount(ws->database()).value(), 0);
        }
        QCOMPARE(test::queryRows(team.owner->database(),
                                 "SELECT external_id, outcome FROM deals ORDER BY 1"),
                 (QStringList{u"D1|lost"_s, u"D2|won"_s}));
        QCOMPARE(
            serverCount(m_server, team.database, "SELECT count(*) FROM leadloop.outcome_events"),
            3);
    }
};

QTEST_GUILESS_MAIN(TestTeamChanges)
#include "tst_teamchanges.moc"
