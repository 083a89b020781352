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

    test::ScratchDir m_dir;
    std::unique_ptr<Workspace> m_ws;

    QString file(const QString& name, const QByteArray& bytes) { return m_dir.file(name, bytes); }

private slots:
    void initTestCase()
    {
        auto ws = test::writeSmallLoop(m_dir);
        QVERIFY(ws.ok());
        m_ws = std::move(*ws);
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
        auto table = FunnelReport::run(m_ws->database(), query);
        QVERIFY(table.ok());
        const QStringList out = test::tableLines(*table);
        QCOMPARE(out, expected);
    }
};

QTEST_GUILESS_MAIN(TestFunnelReport)
#include "tst_funnelreport.moc"
