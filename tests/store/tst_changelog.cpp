#include "sales/identityreview.h"
#include "sales/lostreasons.h"
#include "sales/outcometagger.h"
#include "scratchworkspaces.h"
#include "store/batchremoval.h"
#include "store/changelog.h"
#include "store/database.h"
#include "store/importbatches.h"
#include "store/saleswriter.h"
#include "store/statement.h"
#include "store/workspacesettings.h"
#include "testsupport.h"
#include "tracking/workspacechannels.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace leadloop;
using namespace Qt::StringLiterals;

/// A team replica's own record of its users' changes (ChangeLog, 005_team_changes.sql): what is
/// recorded, what the role the server gave refuses before anything is written, and a pulled
/// change applied under its own id and place in the log. No server is needed here.
class TestChangeLog : public QObject
{
    Q_OBJECT

    test::ScratchWorkspaces m_dir;

    /// A workspace with deals D1 (Piet's) and D2 (Anna's); a replica whose member has `role`
    /// and the CRM owner name Piet, unless role is null.
    std::unique_ptr<Workspace> workspace(const QString& role)
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
        if (!role.isNull() &&
            !ws->database().exec(u"INSERT INTO settings (key, value) VALUES ('team.server', "
                                 u"'postgresql://db/sales'), ('team.login', 'piet'), "
                                 u"('team.crm_owner', 'Piet'), ('team.role', '%1')"_s.arg(role)))
            return nullptr;
        return ws;
    }

    static QStringList changes(Workspace& ws)
    {
        return test::queryRows(ws.database(), "SELECT kind || ' ' || payload || ' ' || "
                                              "coalesce(seq, 'unsent') FROM team_changes ORDER "
                                              "BY rowid");
    }

    static Status tag(Workspace& ws, const QString& deal)
    {
        TagRequest request;
        request.lead = deal;
        request.outcome = u"lost"_s;
        request.reason = u"price"_s;
        request.at = 1710000000000;
        auto tagged = OutcomeTagger::tag(ws.database(), request);
        return tagged ? Status() : Status(tagged.error());
    }

private slots:
    void aWorkspaceOutsideATeamRecordsNothing()
    {
        auto ws = workspace(QString());
        QVERIFY(ws);
        QVERIFY(WorkspaceSettings::set(ws->database(), u"reporting_currency"_s, u"pln"_s).ok());
        QVERIFY(LostReasons::add(ws->database(), u"budget cut"_s).ok());
        QVERIFY(tag(*ws, u"D2"_s).ok());
        QCOMPARE(changes(*ws), QStringList());
    }

    void aManagersChangesAreRecordedWithWhatWasBefore()
    {
        auto ws = workspace(u"manager"_s);
        QVERIFY(ws);
        Database& db = ws->database();
        QVERIFY(WorkspaceSettings::set(db, u"reporting_currency"_s, u"pln"_s).ok());
        QVERIFY(LostReasons::remove(db, u"timing"_s).ok());
        QCOMPARE(changes(*ws),
                 QStringList({u"setting {\"key\":\"reporting_currency\",\"old\":\"EUR\","
                              u"\"value\":\"PLN\"} unsent"_s,
                              u"lost_reasons {\"names\":[\"price\",\"competitor\",\"no budget\","
                              u"\"no response\",\"not a fit\"],\"old\":[\"price\",\"timing\","
                              u"\"competitor\",\"no budget\",\"no response\",\"not a fit\"]} "
                              u"unsent"_s}));
        // A change that changes nothing is no change.
        QVERIFY(LostReasons::setOrder(db, {u"price"_s}).ok());
        QCOMPARE(changes(*ws).size(), 2);
    }

    void theChannelGroupingIsRecordedWithTheOneBefore()
    {
        auto ws = workspace(u"manager"_s);
        QVERIFY(ws);
        QVERIFY(WorkspaceChannels::choose(ws->database(), u"hubspot"_s).ok());
        QCOMPARE(changes(*ws), QStringList{u"channel_rules {\"custom\":\"\",\"id\":\"hubspot\","
                                           u"\"old_custom\":\"\",\"old_id\":\"ga4\"} unsent"_s});
        // Choosing the same again changes nothing, and records nothing.
        QVERIFY(WorkspaceChannels::choose(ws->database(), u"hubspot"_s).ok());
        QCOMPARE(changes(*ws).size(), 1);
        auto rep = workspace(u"rep"_s);
        QVERIFY(rep);
        QCOMPARE(WorkspaceChannels::choose(rep->database(), u"hubspot"_s).error().code,
                 ErrorCode::Refused);
    }

    void theRoleRefusesBeforeAnythingIsWritten_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<bool>("settings");
        QTest::addColumn<bool>("ownDeal");
        QTest::addColumn<bool>("othersDeal");
        QTest::newRow("owner") << u"owner"_s << true << true << true;
        QTest::newRow("manager") << u"manager"_s << true << true << true;
        QTest::newRow("rep") << u"rep"_s << false << true << false;
        QTest::newRow("viewer") << u"viewer"_s << false << false << false;
    }

    void theRoleRefusesBeforeAnythingIsWritten()
    {
        QFETCH(QString, role);
        QFETCH(bool, settings);
        QFETCH(bool, ownDeal);
        QFETCH(bool, othersDeal);
        auto ws = workspace(role);
        QVERIFY(ws);
        Database& db = ws->database();
        const QStringList before = test::queryRows(db, "SELECT value FROM settings ORDER BY key");

        const Status set = WorkspaceSettings::set(db, u"attribution_lookback_days"_s, u"30"_s);
        QCOMPARE(set.ok(), settings);
        const Status added = LostReasons::add(db, u"budget cut"_s);
        QCOMPARE(added.ok(), settings);
        if (!settings) {
            QCOMPARE(set.error().code, ErrorCode::Refused);
            QVERIFY2(set.error().message.contains(role), qPrintable(set.error().message));
            QCOMPARE(test::queryRows(db, "SELECT value FROM settings ORDER BY key"), before);
            QCOMPARE(LostReasons::list(db).value().size(), 6);
        }
        QCOMPARE(tag(*ws, u"D1"_s).ok(), ownDeal);
        const Status others = tag(*ws, u"D2"_s);
        QCOMPARE(others.ok(), othersDeal);
        if (!othersDeal)
            QCOMPARE(others.error().code, ErrorCode::Refused);
        // Exactly the allowed tags happened and are waiting to be sent.
        QCOMPARE(test::queryRows(db, "SELECT count(*) FROM team_events WHERE seq IS NULL"),
                 QStringList{QString::number(int(ownDeal) + int(othersDeal))});
        QCOMPARE(
            test::queryRows(db, "SELECT outcome FROM deals ORDER BY external_id"),
            QStringList({ownDeal ? u"lost"_s : u"open"_s, othersDeal ? u"lost"_s : u"open"_s}));
    }

    void aPulledChangeKeepsItsIdAndMovesTheReplicasPlace()
    {
        // Applied under its own id, whatever the role: it is someone else's change.
        auto ws = workspace(u"viewer"_s);
        QVERIFY(ws);
        Database& db = ws->database();
        QVERIFY(ChangeLog::beginApplying(db, u"abc"_s, 42, 1710000000000, u"marta"_s).ok());
        QVERIFY(WorkspaceSettings::set(db, u"session_timeout_minutes"_s, u"45"_s).ok());
        QVERIFY(ChangeLog::endApplying(db).ok());
        QCOMPARE(test::queryRows(db, "SELECT uid, by_user, at, seq FROM team_changes"),
                 QStringList{u"abc|marta|1710000000000|42"_s});
        QCOMPARE(WorkspaceSettings::sessionTimeoutMinutes(db).value(), 45);
        QCOMPARE(test::queryRows(db, "SELECT value FROM settings WHERE key = 'team.last_seq'"),
                 QStringList{u"42"_s});
        // Taking back a refused change records nothing.
        QVERIFY(ChangeLog::beginApplying(db, QString(), 0, 0, QString()).ok());
        QVERIFY(WorkspaceSettings::set(db, u"session_timeout_minutes"_s, u"30"_s).ok());
        QVERIFY(ChangeLog::endApplying(db).ok());
        QCOMPARE(test::queryRows(db, "SELECT count(*) FROM team_changes"), QStringList{u"1"_s});
        // And afterwards the viewer's own change is refused again.
        QCOMPARE(WorkspaceSettings::set(db, u"session_timeout_minutes"_s, u"20"_s).error().code,
                 ErrorCode::Refused);
    }

    void importBatchesHaveOneKeyOnEveryReplica()
    {
        auto ws = workspace(u"manager"_s);
        QVERIFY(ws);
        Database& db = ws->database();
        QVERIFY(db.exec(u"INSERT INTO import_batches (id, kind, source_name, started_at, status) "
                        u"VALUES (1, 'crm', 'a.csv', 0, 'committed'), (2, 'crm', 'b.csv', 0, "
                        u"'committed'); INSERT INTO team_changes (uid, kind, at, by_user, "
                        u"payload, batch_id, seq) VALUES ('u2', 'import', 0, 'x', '{}', 2, 7)"_s));
        QCOMPARE(ChangeLog::batchKey(db, 1).value(), u"id:1"_s);
        QCOMPARE(ChangeLog::batchKey(db, 2).value(), u"u2"_s);
        QCOMPARE(ChangeLog::batchFromKey(db, u"id:1"_s).value(), std::optional<qint64>(1));
        QCOMPARE(ChangeLog::batchFromKey(db, u"u2"_s).value(), std::optional<qint64>(2));
        // "id:2" would be the published file's batch 2, which this replica does not have.
        QCOMPARE(ChangeLog::batchFromKey(db, u"id:2"_s).value(), std::nullopt);
        // Removing a batch is a change the others make too, by that key.
        QVERIFY(BatchRemoval::remove(*ws, 1).ok());
        QCOMPARE(changes(*ws).last(), u"batch_removed {\"batch\":\"id:1\"} unsent"_s);
    }

    void anImportKeepsItsFileUntilItIsSent()
    {
        auto ws = workspace(u"manager"_s);
        QVERIFY(ws);
        Database& db = ws->database();
        // Larger than one piece, so that it is stored in two.
        QByteArray file = "date,campaign,cost\n";
        while (file.size() <= ChangeLog::PieceBytes)
            file += "2024-03-01,spring,12.50\n";
        const QString path = m_dir.file(u"costs.csv"_s, file);
        QVERIFY(db.exec(u"INSERT INTO import_batches (id, kind, source_name, started_at, status) "
                        u"VALUES (3, 'costs', 'costs.csv', 0, 'committed')"_s));
        ImportBatch batch;
        batch.id = 3;
        batch.kind = u"costs"_s;
        batch.sourceName = u"costs.csv"_s;
        QVERIFY(ChangeLog::recordImport(db, batch, path, {{u"delimiter"_s, u","_s}}).ok());
        const QStringList row = test::queryRows(db, "SELECT kind, batch_id, payload FROM "
                                                    "team_changes");
        QCOMPARE(row.size(), 1);
        QVERIFY2(row[0].startsWith(u"import|3|"_s), qPrintable(row[0]));
        const QJsonObject payload =
            QJsonDocument::fromJson(row[0].section(u'|', 2).toUtf8()).object();
        QCOMPARE(payload.value(u"kind"_s).toString(), u"costs"_s);
        QCOMPARE(payload.value(u"bytes"_s).toInteger(), file.size());
        QCOMPARE(payload.value(u"options"_s).toObject().value(u"delimiter"_s).toString(), u","_s);
        Statement pieces(db.handle(), "SELECT data FROM team_change_data ORDER BY n");
        QByteArray back;
        int count = 0;
        while (pieces.next()) {
            back += qUncompress(pieces.blob(0));
            ++count;
        }
        QCOMPARE(count, 2);
        QCOMPARE(back, file);
        QCOMPARE(ChangeLog::batchKey(db, 3).value(), test::queryRows(db, "SELECT uid FROM "
                                                                         "team_changes")[0]);
    }

    void anIdentityDecisionTravelsByCookieAndEmail()
    {
        auto ws = workspace(u"manager"_s);
        QVERIFY(ws);
        Database& db = ws->database();
        QVERIFY(db.exec(u"INSERT INTO visitors (id, cookie_id, first_seen, last_seen) VALUES (5, "
                        u"'ck-5', 0, 0); "
                        u"INSERT INTO contacts (id, email, created_at) VALUES (9, "
                        u"'anna@example.com', 0)"_s));
        QVERIFY(IdentityReview::link(db, u"ck-5"_s, u"9"_s, u"marta"_s, u"same person"_s).ok());
        QCOMPARE(changes(*ws),
                 QStringList{u"identity {\"action\":\"link\",\"by\":\"marta\",\"contact\":"
                             u"\"anna@example.com\",\"reason\":\"same person\",\"visitor\":"
                             u"\"ck-5\"} unsent"_s});
        // A decision that fails records nothing.
        QVERIFY(!IdentityReview::unlink(db, u"ck-5"_s, u"bob@example.com"_s, {}, {}).ok());
        QCOMPARE(changes(*ws).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestChangeLog)
#include "tst_changelog.moc"
