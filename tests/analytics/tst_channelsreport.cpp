// The channels report (docs/metrics.md, "Channels") on the small closed loop: traffic, credited
// conversions, cost and every ROI column.
#include "analytics/channelsreport.h"
#include "ingest/costimporter.h"
#include "smallloop.h"
#include "store/workspace.h"
#include "testsupport.h"

#include <QTest>

using namespace leadloop;
using namespace Qt::StringLiterals;

class TestChannelsReport : public QObject
{
    Q_OBJECT

    test::SmallLoop m_loop;

private slots:
    void initTestCase()
    {
        const QString failed = m_loop.open();
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    }

    void reportsChannelsWithCost()
    {
        // 50 EUR on a google / cpc campaign (Paid Search by the GA4 rules) on 1 March.
        QVERIFY(
            CostImporter::importCosts(m_loop.workspace(),
                                      m_loop.file(u"k.csv"_s, "date,source,medium,campaign,cost\n"
                                                              "2024-03-01,google,cpc,brand,50\n"),
                                      {})
                .ok());
        auto table = ChannelsReport::run(m_loop.db(), {});
        QVERIFY(table.ok());
        const QStringList out = test::tableLines(*table);
        // channel|sessions|visitors|leads|opportunities|customers|revenue|cost|cost per lead|
        // cac|roi|roas|lead to customer
        QCOMPARE(out, (QStringList{u"(none)|0|0|1|0|0|0||||||0"_s,
                                   u"Direct|3|3|1|0.5|0.5|500||||||0.5"_s,
                                   u"Email|1|1|0.5|0|0|0||||||0"_s,
                                   u"Paid Search|1|1|0.5|0.5|0.5|500|50|100|100|9|10|1"_s}));
        QCOMPARE(table->meta.value(u"cost"_s).toDouble(), 50.0);
        QCOMPARE(table->meta.value(u"revenue"_s).toDouble(), 1000.0);
    }
};

QTEST_GUILESS_MAIN(TestChannelsReport)
#include "tst_channelsreport.moc"
