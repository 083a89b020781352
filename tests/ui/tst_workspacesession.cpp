// The desktop's workspace session: its read-write connection is used by one thread at a time.
#include "ingest/trackingimporter.h"
#include "shell/workspacesession.h"
#include "store/workspace.h"
#include "testsupport.h"
#include "views/importspage.h"

#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QThread>

using namespace leadloop;
using namespace Qt::StringLiterals;

class TestWorkspaceSession : public QObject
{
    Q_OBJECT

    test::ScratchDir m_dir;

private slots:
    void initTestCase() { test::isolateSettings(); }

    /// While a worker writes through the session's connection (a new channel grouping), a count
    /// that finishes meanwhile must not make a view read from that connection on the GUI thread
    /// (with strict checks the old code aborted here); the views refresh once it is free.
    void viewsWaitWhileTheConnectionIsLent()
    {
        const QString path = m_dir.path(u"lent.leadloop"_s);
        {
            auto ws = Workspace::create(path);
            QVERIFY(ws.ok());
            QVERIFY(TrackingImporter::run(**ws,
                                          m_dir.file(u"t.csv"_s,
                                                     "visitor,time,url\n"
                                                     "A,2024-03-01T10:00:00Z,https://x.com/\n"),
                                          {})
                        .ok());
        }
        WorkspaceSession session;
        QVERIFY(session.open(path).ok());
        ImportsPage imports(session); // refreshes from the session's connection on countsChanged
        QSignalSpy counts(&session, &WorkspaceSession::countsChanged);
        QVERIFY(counts.wait(10'000));
        QCOMPARE(imports.table()->model()->rowCount(), 1);

        QList<bool> heldWhenCounted; // whether the GUI thread held the connection each time
        connect(&session, &WorkspaceSession::countsChanged, this,
                [&] { heldWhenCounted.append(session.workspace()->database().isHeldHere()); });
        session.refreshCounts(); // finishes while the write below is running
        QSignalSpy started(&session, &WorkspaceSession::exclusiveStarted);
        bool heldByWorker = false;
        bool guiThreadHeldIt = true;
        const Status written = session.runExclusive(u"testing"_s, [&](Database& db) -> Status {
            heldByWorker = db.isHeldHere();
            QMetaObject::invokeMethod(
                &session, [&] { guiThreadHeldIt = db.isHeldHere(); }, Qt::QueuedConnection);
            QThread::msleep(500);
            return db.exec(u"UPDATE settings SET value = '45' WHERE key = "
                           u"'session_timeout_minutes'"_s);
        });
        QVERIFY(written.ok());
        QCOMPARE(started.count(), 1);
        QVERIFY(heldByWorker);
        QVERIFY(!guiThreadHeldIt);
        QTRY_COMPARE(counts.count(), 2);
        QCOMPARE(heldWhenCounted, QList<bool>{true}); // held back while the connection was lent
        QVERIFY(session.workspace()->database().isHeldHere());
        QCOMPARE(imports.table()->model()->rowCount(), 1);
    }

    /// A failed count is said in the status, not shown as an empty workspace.
    void aFailedCountIsKept()
    {
        const QString path = m_dir.path(u"gone.leadloop"_s);
        QVERIFY(Workspace::create(path).ok());
        WorkspaceSession session;
        QVERIFY(session.open(path).ok());
        QSignalSpy counts(&session, &WorkspaceSession::countsChanged);
        QVERIFY(counts.wait(10'000));
        QVERIFY(session.countsError().isEmpty());
        QVERIFY(QFile::remove(path)); // the reader connection cannot open it any more
        session.refreshCounts();
        QVERIFY(counts.wait(10'000));
        QVERIFY(!session.countsError().isEmpty());
        QVERIFY(session.tableCounts().isEmpty());
    }
};

QTEST_MAIN(TestWorkspaceSession)
#include "tst_workspacesession.moc"
