// Identity conflicts decided in the desktop app: link or keep apart, each undoable, with the
// review list and the links following every step.
#include "common/applicationidentity.h"
#include "dialogs/identityreviewdialog.h"
#include "ingest/trackingimporter.h"
#include "shell/workspacesession.h"
#include "store/workspace.h"
#include "store/workspacesettings.h"
#include "testsupport.h"

#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QThread>
#include <QUndoStack>

using namespace leadloop;
using namespace Qt::StringLiterals;

/// One browser (cookie A) fills in the form as anna@, later as bob@: a conflict.
class TestIdentityReview : public QObject
{
    Q_OBJECT

    test::ScratchDir m_dir;
    std::unique_ptr<WorkspaceSession> m_session;

    QStringList links()
    {
        return test::queryRows(m_session->workspace()->database(),
                               "SELECT c.email FROM identity_links l JOIN contacts c ON c.id = "
                               "l.contact_id WHERE l.active = 1 ORDER BY 1");
    }

private slots:
    void initTestCase()
    {
        test::isolateSettings();
        applyApplicationIdentity();
        m_session = std::make_unique<WorkspaceSession>();
        QVERIFY(m_session->create(m_dir.path(u"ids.leadloop"_s)).ok());
        QVERIFY(TrackingImporter::run(
                    *m_session->workspace(),
                    m_dir.file(u"t.csv"_s, "visitor,time,url,event,email\n"
                                           "A,2024-03-01T10:00:00Z,https://x.com/demo,form_submit,"
                                           "anna@fjordly.pl\n"
                                           "A,2024-03-05T10:00:00Z,https://x.com/demo,form_submit,"
                                           "bob@voorbeeld.nl\n"),
                    {})
                    .ok());
    }

    void linksAndUndoes()
    {
        IdentityReviewDialog dialog(*m_session, u"Piet"_s);
        QCOMPARE(dialog.table()->model()->rowCount(), 1);
        QCOMPARE(dialog.table()->model()->index(0, 1).data().toString(), u"anna@fjordly.pl"_s);
        QCOMPARE(dialog.table()->model()->index(0, 2).data().toString(), u"bob@voorbeeld.nl"_s);
        QCOMPARE(links(), QStringList{u"anna@fjordly.pl"_s});
        dialog.decide(true);
        QCOMPARE(links(), QStringList{u"bob@voorbeeld.nl"_s});
        QCOMPARE(dialog.table()->model()->rowCount(), 0); // decided
        QVERIFY(m_session->undoStack()->undoText().contains(u"bob@voorbeeld.nl"_s));
        m_session->undoStack()->undo();
        QCOMPARE(links(), QStringList{u"anna@fjordly.pl"_s});
        QCOMPARE(dialog.table()->model()->rowCount(), 1); // back on the list
        m_session->undoStack()->redo();
        QCOMPARE(links(), QStringList{u"bob@voorbeeld.nl"_s});
        m_session->undoStack()->undo();
    }

    void keepsApartAndUndoes()
    {
        IdentityReviewDialog dialog(*m_session, u"Piet"_s);
        QCOMPARE(dialog.table()->model()->rowCount(), 1);
        dialog.decide(false);
        QCOMPARE(dialog.table()->model()->rowCount(), 0);
        QCOMPARE(links(), QStringList{u"anna@fjordly.pl"_s}); // unchanged
        m_session->undoStack()->undo();
        QCOMPARE(dialog.table()->model()->rowCount(), 1);
        // Every step stays in the identity log.
        QVERIFY(
            test::queryRows(m_session->workspace()->database(), "SELECT count(*) FROM identity_log")
                .front()
                .toInt() >= 8);
    }

    void runsExclusiveWritesOnAWorker()
    {
        // WorkspaceSession::runExclusive hands the session's connection to a worker thread and
        // waits, the window still painting.
        QThread* worker = nullptr;
        const Status done = m_session->runExclusive(u"Writing"_s, [&](Database& db) {
            worker = QThread::currentThread();
            return WorkspaceSettings::set(db, u"reporting_currency"_s, u"SEK"_s);
        });
        QVERIFY(done.ok());
        QVERIFY(worker && worker != QThread::currentThread());
        QCOMPARE(test::queryRows(m_session->workspace()->database(),
                                 "SELECT value FROM settings WHERE key = 'reporting_currency'"),
                 QStringList{u"SEK"_s});
        // An error comes back as it is.
        const Status refused = m_session->runExclusive(u"Writing"_s, [](Database& db) {
            return WorkspaceSettings::set(db, u"reporting_currency"_s, u"EURO"_s);
        });
        QVERIFY(!refused.ok());
    }
};

QTEST_MAIN(TestIdentityReview)
#include "tst_identityreview.moc"
