// The trend report (docs/metrics.md, "Trends") on the small closed loop: a metric per day, ISO week
// or month, split by a dimension, and what cannot be split.
#include "analytics/trendreport.h"
#include "smallloop.h"
#include "store/workspace.h"
#include "testsupport.h"

#include <QTest>

using namespace leadloop;
using namespace Qt::StringLiterals;

class TestTrendReport : public QObject
{
    Q_OBJECT

    test::SmallLoop m_loop;

private slots:
    void initTestCase()
    {
        const QString failed = m_loop.open();
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    }

    void trends()
    {
        const auto rowsOf = [&](TrendReport::Query query) {
            auto table = TrendReport::run(m_loop.db(), query);
            if (!table)
                return QStringList{table.error().message};
            return test::tableLines(*table, false);
        };
        TrendReport::Query query; // sessions per ISO week
        QCOMPARE(rowsOf(query),
                 (QStringList{u"2024-W09|2"_s, u"2024-W10|3"_s})); // 1-2 March; 5-10 March
        query.period = Periods::Unit::Day;
        query.metric = u"leads"_s;
        query.filter.from = 1709596800000; // 5 March
        query.filter.to = 1709942399999;   // 8 March
        QCOMPARE(rowsOf(query), (QStringList{u"2024-03-05|1"_s, u"2024-03-06|0"_s,
                                             u"2024-03-07|0"_s, u"2024-03-08|1"_s}));
        query = {};
        query.metric = u"revenue"_s;
        query.period = Periods::Unit::Month;
        query.split = u"channel"_s;
        QCOMPARE(rowsOf(query), QStringList{u"2024-03|Paid Search|1000"_s});
        query.metric = u"cost"_s;
        QVERIFY(TrendReport::run(m_loop.db(), query).ok()); // campaigns have channels
        query.split = u"landing-page"_s;
        QVERIFY(!TrendReport::run(m_loop.db(), query).ok()); // spend has no landing page
        query.split.clear();
        query.filter.owners = QStringList{u"Anna"_s};
        QVERIFY(!TrendReport::run(m_loop.db(), query).ok()); // nor an owner
    }
};

QTEST_GUILESS_MAIN(TestTrendReport)
#include "tst_trendreport.moc"
