// The funnel report (docs/metrics.md, "Funnel") on the small closed loop, by first and by last
// touch.
#include "analytics/attributionmodels.h"
#include "analytics/funnelreport.h"
#include "smallloop.h"
#include "store/workspace.h"
#include "testsupport.h"

#include <QTest>

using namespace leadloop;
using namespace Qt::StringLiterals;

class TestFunnelReport : public QObject
{
    Q_OBJECT

    test::SmallLoop m_loop;

private slots:
    void initTestCase()
    {
        const QString failed = m_loop.open();
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    }

    void funnel_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QStringList>("expected");
        // group|visitors|leads|opportunities|customers|revenue|visitor→lead|lead→opportunity|
        // opportunity→customer|visitor→customer|days to lead|to opportunity|to customer
        QTest::newRow("first touch")
            << u"first_touch"_s
            << QStringList{u"(none)|0|1|0|0|0||0|||||"_s, u"Direct|1|0|0|0|0|0|||0|||"_s,
                           u"Email|1|1|0|0|0|1|0||0|3||"_s,
                           u"Paid Search|1|1|1|1|1000|1|1|1|1|9|10|0"_s};
        QTest::newRow("last touch before the lead")
            << u"last_touch"_s
            << QStringList{u"(none)|0|1|0|0|0||0|||||"_s, u"Direct|1|2|1|1|1000|2|0.5|1|1|6|10|0"_s,
                           u"Email|1|0|0|0|0|0|||0|||"_s, u"Paid Search|1|0|0|0|0|0|||0|||"_s};
    }

    void funnel()
    {
        QFETCH(QString, model);
        QFETCH(QStringList, expected);
        FunnelReport::Query query;
        query.position = *attribution::modelFromId(model);
        auto table = FunnelReport::run(m_loop.db(), query);
        QVERIFY(table.ok());
        const QStringList out = test::tableLines(*table);
        QCOMPARE(out, expected);
    }
};

QTEST_GUILESS_MAIN(TestFunnelReport)
#include "tst_funnelreport.moc"
