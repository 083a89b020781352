// The desktop shell under the offscreen platform, driven as a user would.
#include "analysis/drillfigure.h"
#include "common/applicationidentity.h"
#include "demo/demogenerator.h"
#include "models/leadfilterproxy.h"
#include "settings/desktopsettings.h"
#include "shell/mainwindow.h"
#include "shell/navigationmodel.h"
#include "shell/workspacesession.h"
#include "testsupport.h"
#include "views/leadspage.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace leadloop;
using namespace Qt::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;

    static QString statusCounts(MainWindow& window)
    {
        return window.findChild<QLabel*>(u"statusCounts"_s)->text();
    }

    /// Closes the next message box and returns its text through `text`.
    static void dismissNextMessageBox(QString* text)
    {
        QTimer::singleShot(0, [text] {
            for (QWidget* w : QApplication::topLevelWidgets())
                if (auto* box = qobject_cast<QMessageBox*>(w); box && box->isVisible()) {
                    *text = box->text();
                    box->accept();
                    return;
                }
            dismissNextMessageBox(text); // not shown yet: try again on the next turn
        });
    }

private slots:
    void initTestCase()
    {
        test::isolateSettings();
        applyApplicationIdentity();
        QSettings().clear();
        QFile::remove(demoWorkspacePath());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_demo = m_dir.filePath(u"demo.leadloop"_s);
        QVERIFY(DemoGenerator().createWorkspace(m_demo).ok());
    }

    void cleanup() { QSettings().clear(); }

    void startsOnTheWelcomePage()
    {
        WorkspaceSession session;
        DesktopSettings settings;
        MainWindow window(session, settings);
        window.show();
        QCOMPARE(window.windowTitle(), u"LeadLoop"_s);
        auto* stack = window.findChild<QStackedWidget*>();
        QCOMPARE(stack->currentWidget()->objectName(), u"welcomePage"_s);
        QVERIFY(!window.findChild<QListView*>(u"sidebar"_s)->isEnabled());
        QVERIFY(window.findChild<QPushButton*>(u"openDemoButton"_s)->isVisible());
    }

    void opensTheDemoWorkspace()
    {
        WorkspaceSession session;
        DesktopSettings settings;
        MainWindow window(session, settings);
        window.show();
        QVERIFY(window.openWorkspace(m_demo));
        QCOMPARE(window.windowTitle(), u"demo — LeadLoop"_s);
        QVERIFY(window.findChild<QListView*>(u"sidebar"_s)->isEnabled());
        QTRY_COMPARE(statusCounts(window),
                     u"20,000 visitors · %1 sessions · %2 leads · 400 deals"_s.arg(
                         QLocale().toString(session.rowCount(u"sessions"_s)),
                         QLocale().toString(session.rowCount(u"contacts"_s))));
        QVERIFY(session.rowCount(u"sessions"_s) > 55000);
        QCOMPARE(window.currentView(), int(NavigationModel::View::Dashboard));

        // Remembered for next time, and for the CLI's default workspace.
        QCOMPARE(settings.lastWorkspace.get(), m_demo);
        QCOMPARE(settings.recentWorkspaces.get().value(0), m_demo);
        QCOMPARE(defaultWorkspacePath(), m_demo);
    }

    void switchesViews_data()
    {
        QTest::addColumn<int>("view");
        for (int i = 0; i < NavigationModel::viewCount(); ++i)
            QTest::newRow(qPrintable(NavigationModel::title(NavigationModel::View(i)))) << i;
    }

    void switchesViews()
    {
        QFETCH(int, view);
        WorkspaceSession session;
        DesktopSettings settings;
        MainWindow window(session, settings);
        window.show();
        QVERIFY(window.openWorkspace(m_demo));
        QVERIFY(QTest::qWaitForWindowActive(&window));
        // Ctrl+1 … Ctrl+9, and Ctrl+0 for the tenth view; the eleventh from the sidebar.
        if (view < 10)
            QTest::keyClick(&window, Qt::Key(view < 9 ? Qt::Key_1 + view : Qt::Key_0),
                            Qt::ControlModifier);
        else
            window.showView(view);
        QCOMPARE(window.currentView(), view);
        auto* stack = window.findChild<QStackedWidget*>();
        QCOMPARE(stack->currentWidget()->objectName(), u"view%1"_s.arg(view));
        auto* sidebar = window.findChild<QListView*>(u"sidebar"_s);
        QCOMPARE(sidebar->currentIndex().row(), view);
        // Every view fits the 1100 × 700 window a laptop user starts with.
        QVERIFY2(window.minimumSizeHint().width() <= 1100,
                 qPrintable(QString::number(window.minimumSizeHint().width())));
        QVERIFY2(window.minimumSizeHint().height() <= 700,
                 qPrintable(QString::number(window.minimumSizeHint().height())));
    }

    void drillingOpensTheLeadsBehindAFigure()
    {
        WorkspaceSession session;
        DesktopSettings settings;
        MainWindow window(session, settings);
        window.show();
        QVERIFY(window.openWorkspace(m_demo));
        auto* leads = window.findChild<LeadsPage*>();
        QVERIFY(leads);
        leads->waitForLoaded();
        const int all = leads->proxy()->rowCount();
        DrillFigure figure;
        figure.request.group = u"Email"_s;
        figure.request.model = attribution::Model::FirstTouch;
        figure.description = u"Leads · Channel: Email"_s;
        window.drill(figure);
        QTRY_COMPARE(window.currentView(), int(NavigationModel::View::Leads));
        // Exactly the people first touched by Email, each with all their deals.
        QVERIFY(leads->proxy()->filter().contacts.has_value());
        const std::vector<qint64> people = *leads->proxy()->filter().contacts;
        QVERIFY(people.size() > 20);
        QVERIFY(leads->proxy()->rowCount() >= int(people.size()));
        QVERIFY(leads->proxy()->rowCount() < all);
        auto* banner = window.findChild<QLabel*>(u"behindText"_s);
        QVERIFY(banner->isVisible());
        QVERIFY(banner->text().contains(QString::number(people.size())));
        leads->showAll();
        QCOMPARE(leads->proxy()->rowCount(), all);
        QVERIFY(!banner->isVisible());
    }

    void importsViewListsTheDemoBatch()
    {
        WorkspaceSession session;
        DesktopSettings settings;
        MainWindow window(session, settings);
        window.show();
        QVERIFY(window.openWorkspace(m_demo));
        window.showView(int(NavigationModel::View::Imports));
        auto* table = window.findChild<QAbstractItemView*>(u"importBatchesView"_s);
        QVERIFY(table);
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, 1).data().toString(), u"Demo data"_s);
    }

    void refusesAFileThatIsNotAWorkspace()
    {
        const QString path = m_dir.filePath(u"notes.leadloop"_s);
        QVERIFY(test::writeFile(path, "not a workspace"));
        WorkspaceSession session;
        DesktopSettings settings;
        MainWindow window(session, settings);
        window.show();
        QString message;
        dismissNextMessageBox(&message);
        QVERIFY(!window.openWorkspace(path));
        QVERIFY2(message.contains(u"not a LeadLoop workspace"_s), qPrintable(message));
        QVERIFY(!session.isOpen());
    }

    void closingReturnsToTheWelcomePage()
    {
        WorkspaceSession session;
        DesktopSettings settings;
        MainWindow window(session, settings);
        window.show();
        QVERIFY(window.openWorkspace(m_demo));
        session.close();
        QCOMPARE(window.findChild<QStackedWidget*>()->currentWidget()->objectName(),
                 u"welcomePage"_s);
        QCOMPARE(statusCounts(window), QString());
    }

    void restoresGeometryAndView()
    {
        DesktopSettings settings;
        {
            WorkspaceSession session;
            MainWindow window(session, settings);
            window.show();
            QVERIFY(window.openWorkspace(m_demo));
            window.showView(int(NavigationModel::View::Imports));
            window.resize(1100, 700);
            window.close();
        }
        WorkspaceSession session;
        MainWindow window(session, settings);
        QCOMPARE(window.size(), QSize(1100, 700));
        QVERIFY(window.openWorkspace(m_demo));
        QCOMPARE(window.currentView(), int(NavigationModel::View::Imports));
    }

    void welcomeButtonWritesAndOpensTheDemo()
    {
        WorkspaceSession session;
        DesktopSettings settings;
        MainWindow window(session, settings);
        window.show();
        QVERIFY(!QFile::exists(demoWorkspacePath()));
        QTest::mouseClick(window.findChild<QPushButton*>(u"openDemoButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(session.isOpen(), 60000);
        QCOMPARE(session.path(), demoWorkspacePath());
        QTRY_VERIFY(session.rowCount(u"visitors"_s) == 20000);
        session.close();
        QVERIFY(QFile::remove(demoWorkspacePath()));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
