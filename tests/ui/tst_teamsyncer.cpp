// The desktop's side of a team workspace against the test server (pgcluster.sh): a member's tag
// reaches another member's open window through the server's notification, without a restart;
// the status bar's text follows the sync; the user's own edit is sent soon after it is made.
#include "common/applicationidentity.h"
#include "sales/outcometagger.h"
#include "scratchworkspaces.h"
#include "shell/teamsyncer.h"
#include "shell/workspacesession.h"
#include "store/saleswriter.h"
#include "team/teammembers.h"
#include "teamserver.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QUndoCommand>
#include <QUndoStack>

using namespace leadloop;
using namespace Qt::StringLiterals;

class TestTeamSyncer : public QObject
{
    Q_OBJECT

    test::ScratchWorkspaces m_dir;
    test::TeamServer m_server{QStringLiteral("syncer_test")};

    static Status tag(Database& db, const QString& deal, const QString& outcome)
    {
        TagRequest request;
        request.lead = deal;
        request.outcome = outcome;
        request.reason = outcome == u"lost"_s ? u"Price"_s : QString();
        request.byUser = u"Marta"_s;
        if (outcome == u"won"_s) {
            request.amountCents = 50000;
            request.currency = u"EUR"_s;
        }
        auto tagged = OutcomeTagger::tag(db, request);
        return tagged ? Status() : Status(tagged.error());
    }

    static QString outcome(WorkspaceSession& session, const char* deal)
    {
        return test::queryRows(
                   session.workspace()->database(),
                   (QByteArray("SELECT outcome FROM deals WHERE external_id = '") + deal + "'")
                       .constData())
            .value(0);
    }

private slots:
    void initTestCase()
    {
        test::isolateSettings();
        applyApplicationIdentity();
        const QString problem = m_server.open();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void aMembersTagReachesAnOpenWindowWithinTwoSeconds()
    {
        const QString database = m_server.newDatabase();
        auto owner = m_dir.create();
        QVERIFY(owner);
        SalesWriter writer(owner->database(), std::nullopt);
        for (const char* key : {"D1", "D2"}) {
            DealRecord deal;
            deal.externalId = QString::fromLatin1(key);
            deal.owner = u"Piet"_s;
            deal.createdAt = 1709283600000;
            QVERIFY(writer.addDeal(deal));
        }
        QVERIFY(m_server.publish(*owner, database));
        auto admin = m_server.admin(database);
        QVERIFY(admin && TeamMembers::grant(*admin, u"sm1"_s, u"manager"_s));
        const QString path = m_dir.path(u"manager.leadloop"_s);
        QVERIFY(m_server.join(u"sm1"_s, database, path));

        // The manager's window.
        WorkspaceSession session;
        TeamSyncer syncer(session);
        QCOMPARE(syncer.state(), TeamSyncer::State::None);
        QVERIFY(session.open(path));
        QTRY_COMPARE_WITH_TIMEOUT(syncer.state(), TeamSyncer::State::Synced, 5000);
        QCOMPARE(syncer.role(), u"manager"_s);
        QVERIFY2(syncer.statusText().contains(u"synced"_s), qPrintable(syncer.statusText()));
        QSignalSpy refreshed(&session, &WorkspaceSession::dataChanged);
        // Wait until the window listens (its connection opens on a worker).
        QTest::qWait(500);

        // The owner tags D1 and syncs: the manager's window shows it without a restart.
        QVERIFY(tag(owner->database(), u"D1"_s, u"won"_s));
        QElapsedTimer roundTrip;
        roundTrip.start();
        QVERIFY(test::TeamServer::sync(*owner));
        QTRY_COMPARE_WITH_TIMEOUT(outcome(session, "D1"), u"won"_s, 2000);
        qInfo("live round trip: %lld ms", roundTrip.elapsed());
        QVERIFY(refreshed.count() > 0);

        // The manager's own edit (an undoable step) is sent soon after, without asking.
        QVERIFY(tag(session.workspace()->database(), u"D2"_s, u"lost"_s));
        session.undoStack()->push(new QUndoCommand(u"tag"_s)); // as a desktop edit does
        QTRY_COMPARE_WITH_TIMEOUT(syncer.state(), TeamSyncer::State::Synced, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(
            admin->query("SELECT count(*) FROM leadloop.outcome_events")->int64(0, 0), 2, 5000);
        session.close();
    }
};

QTEST_MAIN(TestTeamSyncer)
#include "tst_teamsyncer.moc"
