#include "ingest/importplan.h"
#include "store/workspace.h"
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
};

QTEST_GUILESS_MAIN(TestImportPlan)
#include "tst_importplan.moc"
