#include "childprocess.h"
#include "ingest/importplan.h"
#include "store/workspace.h"
#include "store/workspacesettings.h"
#include "testsupport.h"

#include <QTest>

using namespace leadloop;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(std::optional<leadloop::ImportKind>)

/// What the import wizard builds on: recognising a file's kind, guessing its mapping, and
/// running a plan of any kind, or cancelling it.
class TestImportPlan : public QObject
{
    Q_OBJECT

    test::ScratchDir m_dir;

private slots:
    void recognises_data()
    {
        QTest::addColumn<QStringList>("header");
        QTest::addColumn<std::optional<ImportKind>>("kind");
        QTest::newRow("tracking") << QStringList{u"visitor"_s, u"time"_s, u"url"_s}
                                  << std::optional(ImportKind::Tracking);
        QTest::newRow("snowplow") << QStringList{u"domain_userid"_s, u"collector_tstamp"_s,
                                                 u"page_url"_s, u"event"_s}
                                  << std::optional(ImportKind::Tracking);
        QTest::newRow("hubspot contacts")
            << QStringList{u"Record ID"_s, u"Email"_s, u"First Name"_s, u"Create Date"_s}
            << std::optional(ImportKind::Crm);
        QTest::newRow("costs, Polish names")
            << QStringList{u"Data"_s, u"Kampania"_s, u"Koszt"_s, u"source"_s}
            << std::optional(ImportKind::Costs);
        QTest::newRow("rates") << QStringList{u"date"_s, u"currency"_s, u"rate"_s}
                               << std::optional(ImportKind::Rates);
        QTest::newRow("nothing known")
            << QStringList{u"foo"_s, u"bar"_s} << std::optional<ImportKind>();
    }

    void recognises()
    {
        QFETCH(QStringList, header);
        QFETCH(std::optional<ImportKind>, kind);
        QCOMPARE(ImportPlans::recognise(header), kind);
    }

    void guessesAMapping()
    {
        const QHash<QString, QString> g = ImportPlans::guess(
            ImportKind::Costs, {u"Day"_s, u"Campaign name"_s, u"Amount spent"_s, u"Currency"_s});
        QCOMPARE(g.value(u"date"_s), u"Day"_s);
        QCOMPARE(g.value(u"campaign"_s), u"Campaign name"_s);
        QCOMPARE(g.value(u"cost"_s), u"Amount spent"_s);
        QVERIFY(!g.contains(u"clicks"_s));
        QVERIFY(ImportPlans::fields(ImportKind::Tracking).contains(u"visitor"_s));
        QCOMPARE(ImportPlans::required(ImportKind::Tracking),
                 (QStringList{u"visitor"_s, u"time"_s}));
    }

    void runsAPlanOrCancelsIt()
    {
        auto ws = Workspace::create(m_dir.path(u"plan.leadloop"_s));
        QVERIFY(ws.ok());
        ImportPlan plan;
        plan.kind = ImportKind::Tracking;
        // Columns no guess would find: the plan's map names them.
        plan.path = m_dir.file(u"t.csv"_s, "who;when;where\n"
                                           "A;2024-03-01T10:00:00Z;https://x.com/\n"
                                           "B;not a time;https://x.com/\n");
        plan.map = {{u"visitor"_s, u"who"_s}, {u"time"_s, u"when"_s}, {u"url"_s, u"where"_s}};
        std::atomic_bool cancel = true;
        auto stopped = ImportPlans::run(**ws, plan, {}, &cancel);
        QVERIFY(!stopped.ok());
        QCOMPARE(stopped.error().code, ErrorCode::Cancelled);
        QCOMPARE(test::queryRows((*ws)->database(), "SELECT count(*) FROM import_batches"),
                 QStringList{u"0"_s});
        cancel = false;
        int lastPercent = -1;
        auto done = ImportPlans::run(
            **ws, plan, [&](int percent, qint64) { lastPercent = std::max(lastPercent, percent); },
            &cancel);
        QVERIFY2(done.ok(), done.ok() ? "" : qPrintable(done.error().message));
        QCOMPARE(done->batch.rowsImported, 1);
        QCOMPARE(done->batch.rowsRejected, 1);
        QCOMPARE(done->issues.size() >= 1, true);
        QCOMPARE(done->issues.front().row, 3);
        QCOMPARE(lastPercent, 100);
        QVERIFY(!done->summary.isEmpty());
        // A map naming a column the file lacks is refused before anything is written.
        plan.map.insert(u"email"_s, u"mail"_s);
        QVERIFY(!ImportPlans::run(**ws, plan, {}, nullptr).ok());
    }

    /// The desktop's imports (ImportPlans) and the CLI's build the same sessions from one file:
    /// both use the workspace's session timeout (it once was 30 minutes in the desktop always).
    void sessionTimeoutIsTheWorkspaces_data()
    {
        QTest::addColumn<int>("timeoutMinutes");
        QTest::addColumn<int>("sessions");
        // The two page views are 10 minutes apart.
        QTest::newRow("5 minutes: two sessions") << 5 << 2;
        QTest::newRow("30 minutes: one session") << 30 << 1;
    }

    void sessionTimeoutIsTheWorkspaces()
    {
        QFETCH(int, timeoutMinutes);
        QFETCH(int, sessions);
        const QString csv = m_dir.file(u"gap.csv"_s, "visitor,time,url\n"
                                                     "A,2024-03-01T10:00:00Z,https://x.com/\n"
                                                     "A,2024-03-01T10:10:00Z,https://x.com/b\n");
        const QString tag = QString::number(timeoutMinutes);
        // The desktop's path.
        auto desktop = Workspace::create(m_dir.path(u"desktop%1.leadloop"_s.arg(tag)));
        QVERIFY(desktop.ok());
        QVERIFY(WorkspaceSettings::set((*desktop)->database(), u"session_timeout_minutes"_s, tag));
        ImportPlan plan;
        plan.path = csv;
        QVERIFY(ImportPlans::run(**desktop, plan, {}, nullptr).ok());
        QCOMPARE(test::queryRows((*desktop)->database(), "SELECT count(*) FROM sessions"),
                 QStringList{QString::number(sessions)});
        // The command line's.
        const QString cliPath = m_dir.path(u"cli%1.leadloop"_s.arg(tag));
        {
            auto cli = Workspace::create(cliPath);
            QVERIFY(cli.ok());
            QVERIFY(WorkspaceSettings::set((*cli)->database(), u"session_timeout_minutes"_s, tag));
        }
        const test::Finished imported =
            test::runCli({u"--workspace"_s, cliPath, u"import"_s, u"tracking"_s, csv});
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        auto cli = Workspace::open(cliPath, Workspace::Access::ReadOnly);
        QVERIFY(cli.ok());
        QCOMPARE(test::queryRows((*cli)->database(), "SELECT count(*) FROM sessions"),
                 QStringList{QString::number(sessions)});
    }
};

QTEST_GUILESS_MAIN(TestImportPlan)
#include "tst_importplan.moc"
