// Drilling into a figure (docs/metrics.md, "Drill-down") on the small closed loop: the leads and
// sessions behind a report's figure, and the people at a funnel stage.
#include "analytics/attributionreport.h"
#include "analytics/channelsreport.h"
#include "analytics/drilldown.h"
#include "analytics/funnelreport.h"
#include "smallloop.h"
#include "store/workspace.h"
#include "testsupport.h"

#include <QTest>

using namespace leadloop;
using namespace Qt::StringLiterals;

class TestDrilldown : public QObject
{
    Q_OBJECT

    test::SmallLoop m_loop;

private slots:
    void initTestCase()
    {
        const QString failed = m_loop.open();
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    }

    void drillsIntoFigures_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("group");
        QTest::addColumn<QStringList>("expected"); // e-mails of the people behind it
        QTest::newRow("first touch, Paid Search")
            << u"first_touch"_s << u"Paid Search"_s << QStringList{u"anna@fjordly.pl"_s};
        QTest::newRow("first touch, Direct") << u"first_touch"_s << u"Direct"_s << QStringList{};
        QTest::newRow("last touch, Direct")
            << u"last_touch"_s << u"Direct"_s
            << QStringList{u"anna@fjordly.pl"_s, u"bob@voorbeeld.nl"_s};
        QTest::newRow("linear, Email")
            << u"linear"_s << u"Email"_s << QStringList{u"bob@voorbeeld.nl"_s};
        QTest::newRow("markov, Direct") << u"markov"_s << u"Direct"_s
                                        << QStringList{u"anna@fjordly.pl"_s, u"bob@voorbeeld.nl"_s};
        QTest::newRow("none: no visit")
            << u"linear"_s << u"(none)"_s << QStringList{u"carl@exempel.se"_s};
    }

    void drillsIntoFigures()
    {
        QFETCH(QString, model);
        QFETCH(QString, group);
        QFETCH(QStringList, expected);
        DrillRequest request;
        request.query.kind = ConversionKind::Lead;
        request.group = group;
        request.model = *attribution::modelFromId(model);
        auto table = DrillDown::run(m_loop.db(), request);
        QVERIFY(table.ok());
        QStringList emails;
        for (const QVariantList& row : table->rows)
            emails.append(row.value(4).toString()); // email
        emails.sort();
        QCOMPARE(emails, expected);
        QCOMPARE(table->meta.value(u"people"_s).toInt(), expected.size());
    }

    void drillsIntoSessionsAndFunnelStages()
    {
        // Email's one session: Bob's newsletter visit on 2 March.
        DrillRequest sessions;
        sessions.target = DrillRequest::Target::Sessions;
        sessions.group = u"Email"_s;
        auto listed = DrillDown::run(m_loop.db(), sessions);
        QVERIFY(listed.ok());
        QCOMPARE(listed->rows.size(), 1);
        QCOMPARE(listed->rows[0].value(1).toString(), u"2024-03-02 10:00"_s);
        QCOMPARE(listed->rows[0].value(3).toString(), u"bob@voorbeeld.nl"_s);
        QCOMPARE(listed->meta.value(u"total"_s).toInt(), 1);
        // Every Direct session (Anna's, Bob's, C's), newest first; a limit keeps the newest.
        sessions.group = u"Direct"_s;
        sessions.limit = 2;
        listed = DrillDown::run(m_loop.db(), sessions);
        QVERIFY(listed.ok());
        QCOMPARE(listed->meta.value(u"total"_s).toInt(), 3);
        QCOMPARE(listed->rows.size(), 2);
        QCOMPARE(listed->rows[0].value(1).toString(), u"2024-03-10 10:00"_s);
        // "(none)" has no sessions to list.
        sessions.group = u"(none)"_s;
        QVERIFY(!DrillDown::run(m_loop.db(), sessions).ok());
        // The funnel's customers of Paid Search (Anna's first touch): Anna.
        DrillRequest funnel;
        funnel.group = u"Paid Search"_s;
        funnel.model = attribution::Model::FirstTouch;
        funnel.funnelStage = u"customers"_s;
        auto customers = DrillDown::run(m_loop.db(), funnel);
        QVERIFY(customers.ok());
        QCOMPARE(customers->rows.size(), 1);
        QCOMPARE(customers->rows[0].value(4).toString(), u"anna@fjordly.pl"_s);
    }
};

QTEST_GUILESS_MAIN(TestDrilldown)
#include "tst_drilldown.moc"
