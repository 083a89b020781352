// A damaged workspace in the desktop app (docs/workspaces.md): it opens read-only under a
// banner, large files are checked with progress, damage met later raises the banner, File >
// Restore puts the last good state back, and File > Recover salvages into a new file.
#include "analysis/dashboardview.h"
#include "analysis/reportrunner.h"
#include "analysis/resulttableview.h"
#include "damage.h"
#include "dialogs/recoverdialog.h"
#include "dialogs/restoredialog.h"
#include "ingest/trackingimporter.h"
#include "models/resulttablemodel.h"
#include "settings/desktopsettings.h"
#include "shell/damagebanner.h"
#include "shell/mainwindow.h"
#include "shell/workspacesession.h"
#include "smalldemo.h"
#include "store/tablecounts.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace leadloop;
using namespace Qt::StringLiterals;

class TestDamagedWorkspace : public QObject
{
    Q_OBJECT

    test::ScratchDir m_dir;
    QString m_whole;
    int m_copies = 0;

    QString copy()
    {
        const QString path = m_dir.path(u"copy%1.leadloop"_s.arg(++m_copies));
        QFile::copy(m_whole, path);
        return path;
    }

    static qint64 rows(const QString& path, const QString& table)
    {
        auto ws = Workspace::open(path, Workspace::Access::ReadOnly);
        if (!ws)
            return -1;
        return test::queryRows((*ws)->database(),
                               ("SELECT count(*) FROM " + table.toUtf8()).constData())
            .value(0)
            .toLongLong();
    }

    static QAction* action(MainWindow& window, const QString& name)
    {
        return window.findChild<QAction*>(name);
    }

    /// Runs `act` on the first visible top-level widget of type T once it is shown.
    template <typename T> static void whenShown(std::function<void(T*)> act)
    {
        QTimer::singleShot(10, [act] {
            for (QWidget* w : QApplication::topLevelWidgets())
                if (auto* found = qobject_cast<T*>(w); found && found->isVisible()) {
                    act(found);
                    return;
                }
            whenShown<T>(act);
        });
    }

private slots:
    void initTestCase()
    {
        test::isolateSettings();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_whole = m_dir.path(u"whole.leadloop"_s);
        QVERIFY(test::writeSmallDemo(m_whole, 2'000, 60, 20));
    }

    void cleanup() { QSettings().clear(); }

    void aWholeWorkspaceHasNoBanner()
    {
        WorkspaceSession session;
        DesktopSettings settings;
        MainWindow window(session, settings);
        window.show();
        QVERIFY(window.openWorkspace(copy()));
        QVERIFY(!session.isDamaged());
        QVERIFY(!window.damageBanner()->isVisible());
        QVERIFY(session.workspace()->isWritable());
        QVERIFY(action(window, u"restoreAction"_s)->isEnabled());
        QVERIFY(!window.windowTitle().contains(u"damaged"_s));
    }

    void aDamagedWorkspaceOpensReadOnlyUnderTheBanner_data()
    {
        QTest::addColumn<bool>("checkedInTheBackground");
        QTest::newRow("small: checked at once") << false;
        QTest::newRow("large: checked with progress") << true;
    }

    void aDamagedWorkspaceOpensReadOnlyUnderTheBanner()
    {
        QFETCH(bool, checkedInTheBackground);
        const QString path = copy();
        QVERIFY(test::damageTablePage(path, u"deals"_s));
        WorkspaceSession session;
        if (checkedInTheBackground)
            session.setSynchronousCheckLimit(0);
        DesktopSettings settings;
        MainWindow window(session, settings);
        window.show();
        QVERIFY(window.openWorkspace(path));
        if (checkedInTheBackground) {
            QVERIFY(session.isChecking());
            QVERIFY(!session.isOpen()); // no view reads it before the verdict
            QVERIFY(window.findChild<QProgressDialog*>(u"checkProgress"_s));
            QTRY_VERIFY_WITH_TIMEOUT(session.isOpen(), 30'000);
            QTRY_VERIFY(!window.findChild<QProgressDialog*>(u"checkProgress"_s));
        }
        QVERIFY(session.isDamaged());
        QVERIFY(!session.workspace()->isWritable());
        QVERIFY(window.damageBanner()->isVisible());
        QVERIFY(window.damageBanner()
                    ->findChild<QLabel*>(u"damageText"_s)
                    ->text()
                    .contains(u"This workspace is damaged: figures may be wrong."_s));
        QVERIFY(window.windowTitle().contains(u"damaged, read-only"_s));
        // Nothing is written to it, and no report for an executive is made from it.
        for (QAction* a : window.findChildren<QAction*>())
            if (a->text() == u"&Import…"_s || a->objectName() == u"exportReportAction"_s ||
                a->objectName() == u"exportConversionsAction"_s)
                QVERIFY2(!a->isEnabled(), qPrintable(a->text()));
        QVERIFY(action(window, u"restoreAction"_s)->isEnabled());
        QVERIFY(action(window, u"recoverAction"_s)->isEnabled());

        // Closing and opening it again: still damaged (a damaged file is never remembered whole).
        session.close();
        QVERIFY(!window.damageBanner()->isVisible());
        session.setSynchronousCheckLimit(64 << 20);
        QVERIFY(window.openWorkspace(path));
        QVERIFY(session.isDamaged());
    }

    /// Cancelling the check of a large file opens nothing.
    void cancellingTheCheckOpensNothing()
    {
        WorkspaceSession session;
        session.setSynchronousCheckLimit(0);
        DesktopSettings settings;
        MainWindow window(session, settings);
        QVERIFY(window.openWorkspace(copy()));
        QVERIFY(session.isChecking());
        session.cancelCheck();
        QTRY_VERIFY(!session.isChecking());
        QTRY_VERIFY(!window.findChild<QProgressDialog*>(u"checkProgress"_s));
        QVERIFY(!session.isOpen());
    }

    /// A page damaged after the workspace opened is found by the next read: the banner shows.
    void damageMetLaterRaisesTheBanner_data()
    {
        QTest::addColumn<bool>("byAReport");
        QTest::newRow("a report") << true;
        QTest::newRow("the row counts") << false;
    }

    void damageMetLaterRaisesTheBanner()
    {
        QFETCH(bool, byAReport);
        const QString path = copy();
        WorkspaceSession session;
        DesktopSettings settings;
        MainWindow window(session, settings);
        window.show();
        QVERIFY(window.openWorkspace(path));
        QVERIFY(!session.isDamaged());
        // The sessions table and each of its indexes (a count may read an index alone).
        QStringList trees;
        {
            auto ws = Workspace::open(path, Workspace::Access::ReadOnly);
            QVERIFY(ws.ok());
            trees = test::queryRows((*ws)->database(),
                                    "SELECT name FROM sqlite_master WHERE tbl_name = 'sessions'");
        }
        QVERIFY(trees.size() >= 2);
        for (const QString& tree : trees)
            for (qint64 page : test::pagesOf(path, tree, "leaf").mid(0, 1))
                QVERIFY(test::flipBytes(path, (page - 1) * 4096 + 1000, 1));
        if (byAReport) {
            ReportRunner runner(session);
            bool failed = false;
            runner.fetch<qint64>(
                [](Database& db) {
                    return db.scalar(u"SELECT sum(coalesce(landing_url_id, 0) + pageviews) FROM "
                                     u"sessions"_s);
                },
                [&failed](const Result<qint64>& result) {
                    failed = !result.ok() && result.error().code == ErrorCode::Corrupt;
                });
            runner.waitForIdle();
            QVERIFY(failed);
        } else {
            session.refreshCounts();
            QTRY_VERIFY(!session.countsError().isEmpty());
        }
        QVERIFY(session.isDamaged());
        QVERIFY(window.damageBanner()->isVisible());
    }

    void restoreBringsBackTheLastGoodState()
    {
        const QString path = copy();
        const qint64 before = rows(path, u"sessions"_s);
        {
            // An import: LeadLoop keeps the state before it.
            auto ws = Workspace::open(path, Workspace::Access::ReadWrite);
            QVERIFY(ws.ok());
            (*ws)->setSnapshotPolicy({});
            QVERIFY(TrackingImporter::run(
                        **ws,
                        m_dir.file(u"more.csv"_s,
                                   "visitor,time,url\n"
                                   "new,2026-09-01T10:00:00Z,https://fjordly.example/?utm_source="
                                   "google&utm_medium=cpc\n"),
                        {})
                        .ok());
        }
        QCOMPARE(rows(path, u"sessions"_s), before + 1);
        QVERIFY(test::damageTablePage(path, u"deals"_s));

        WorkspaceSession session;
        DesktopSettings settings;
        MainWindow window(session, settings);
        window.show();
        QVERIFY(window.openWorkspace(path));
        QVERIFY(session.isDamaged());
        QString listed;
        whenShown<RestoreDialog>([&listed](RestoreDialog* dialog) {
            QTableView* table = dialog->table();
            listed = table->model()->index(0, 1).data().toString();
            QVERIFY(dialog->restoreButton()->isEnabled()); // the newest is chosen
            dialog->restoreButton()->click();
        });
        window.damageBanner()->restoreButton()->click();
        QCOMPARE(listed, u"before the import of more.csv"_s);
        QVERIFY(session.isOpen());
        QVERIFY(!session.isDamaged());
        QVERIFY(!window.damageBanner()->isVisible());
        QVERIFY(session.workspace()->isWritable());
        QCOMPARE(rows(path, u"sessions"_s), before);
        // The damaged state it replaced is kept too, so the restore can be undone by hand.
        auto kept = session.snapshots();
        QVERIFY(kept.ok());
        QCOMPARE(kept->size(), 2);
        QVERIFY(kept->front().before.startsWith(u"restoring"_s));
    }

    void restoreWithoutSnapshotsSaysSo()
    {
        WorkspaceSession session;
        DesktopSettings settings;
        MainWindow window(session, settings);
        QVERIFY(window.openWorkspace(copy()));
        QString intro;
        bool canRestore = true;
        whenShown<RestoreDialog>([&](RestoreDialog* dialog) {
            intro = dialog->findChild<QLabel*>(u"restoreIntro"_s)->text();
            canRestore = dialog->restoreButton()->isEnabled();
            dialog->reject();
        });
        action(window, u"restoreAction"_s)->trigger();
        QVERIFY(intro.contains(u"No snapshots"_s));
        QVERIFY(!canRestore);
    }

    void recoverSaysWhatWasLostAndOpensTheNewFile()
    {
        const QString path = copy();
        QVERIFY(test::damageTablePage(path, u"sessions"_s));
        const QByteArray damaged = test::fileHash(path);
        WorkspaceSession session;
        DesktopSettings settings;
        MainWindow window(session, settings);
        window.show();
        QVERIFY(window.openWorkspace(path));
        const QString output = m_dir.path(u"recovered.leadloop"_s);
        window.recoverInto(output);
        auto* dialog = window.findChild<RecoverDialog*>();
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isFinished(), 60'000);
        QTRY_VERIFY(dialog->openButton()->isEnabled());
        QVERIFY(dialog->summary()->text().contains(u"could not be trusted"_s));
        const ResultTable& report = dialog->report()->model()->table();
        bool lostSessions = false;
        for (const QVariantList& row : report.rows)
            if (row.value(0) == u"sessions"_s)
                lostSessions = row.value(3).toLongLong() > 0 && !row.value(4).toString().isEmpty();
        QVERIFY(lostSessions);
        QCOMPARE(test::fileHash(path), damaged); // only read
        dialog->openButton()->click();
        QCOMPARE(session.path(), output);
        QVERIFY(!session.isDamaged());
        QVERIFY(rows(output, u"sessions"_s) < rows(m_whole, u"sessions"_s));
    }

    void recoverNeverWritesOverAFile()
    {
        WorkspaceSession session;
        DesktopSettings settings;
        MainWindow window(session, settings);
        QVERIFY(window.openWorkspace(copy()));
        const QString taken = m_dir.file(u"taken.leadloop"_s, "keep me");
        QString message;
        whenShown<QMessageBox>([&message](QMessageBox* box) {
            message = box->text();
            box->accept();
        });
        window.recoverInto(taken);
        QVERIFY(message.contains(u"already exists"_s));
        QVERIFY(!window.findChild<RecoverDialog*>());
        QFile file(taken);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("keep me"));
    }

    void theDashboardSaysWhyItHasNoFigures()
    {
        // A report that fails shows a dash and the reason, never the last figures or nothing.
        const QString path = copy();
        QVERIFY(test::damageTablePage(path, u"deals"_s));
        WorkspaceSession session;
        QVERIFY(session.open(path).ok());
        DashboardView view(session);
        view.resize(1100, 700);
        view.show();
        view.waitForReport();
        QCOMPARE(view.tileText(u"revenue"_s), u"–"_s);
        QCOMPARE(view.tileText(u"leads"_s), u"–"_s);
        auto* note = view.findChild<QLabel*>(u"coverageNote"_s);
        QVERIFY(note->isVisible());
        QVERIFY2(note->text().contains(u"damaged"_s, Qt::CaseInsensitive) ||
                     note->text().contains(u"malformed"_s, Qt::CaseInsensitive),
                 qPrintable(note->text()));
    }
};

QTEST_MAIN(TestDamagedWorkspace)
#include "tst_damagedworkspace.moc"
