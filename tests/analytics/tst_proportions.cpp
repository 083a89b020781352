// Intervals of rates (docs/metrics.md, "Uncertainty"), against published values: the Wilson
// score interval against Newcombe (1998a), "Two-sided confidence intervals for the single
// proportion", Statistics in Medicine 17, table II, method 3; the interval of a difference
// against Newcombe (1998b), "Interval estimation for the difference between independent
// proportions", Statistics in Medicine 17, table II, method 10; the z-test's p-values against
// scipy.stats.norm.sf (computed once, printed to six places). Then the rate columns a report
// gains with --intervals.
#include "analytics/proportions.h"
#include "analytics/rateintervals.h"

#include <QTest>

using namespace leadloop;
using namespace Qt::StringLiterals;

class TestProportions : public QObject
{
    Q_OBJECT

private slots:
    void wilsonMatchesNewcombe_data()
    {
        QTest::addColumn<double>("x");
        QTest::addColumn<double>("n");
        QTest::addColumn<double>("low");
        QTest::addColumn<double>("high");
        QTest::newRow("81/263") << 81.0 << 263.0 << 0.2553 << 0.3662;
        QTest::newRow("15/148") << 15.0 << 148.0 << 0.0624 << 0.1605;
        QTest::newRow("0/20") << 0.0 << 20.0 << 0.0 << 0.1611;
        QTest::newRow("1/29") << 1.0 << 29.0 << 0.0061 << 0.1718;
        QTest::newRow("20/20 mirrors 0/20") << 20.0 << 20.0 << 0.8389 << 1.0;
    }
    void wilsonMatchesNewcombe()
    {
        QFETCH(double, x);
        QFETCH(double, n);
        QFETCH(double, low);
        QFETCH(double, high);
        const Proportions::Interval w = Proportions::wilson(x, n);
        QCOMPARE(std::round(w.low * 10000) / 10000, low);
        QCOMPARE(std::round(w.high * 10000) / 10000, high);
    }

    void nothingCountedIsAnythingAtAll()
    {
        const Proportions::Interval w = Proportions::wilson(0, 0);
        QCOMPARE(w.low, 0.0);
        QCOMPARE(w.high, 1.0);
    }

    void differenceMatchesNewcombe_data()
    {
        QTest::addColumn<QList<double>>("counts"); // x1, n1, x2, n2
        QTest::addColumn<double>("low");
        QTest::addColumn<double>("high");
        QTest::addColumn<double>("p");  // the pooled z-test, two-sided
        QTest::addColumn<bool>("told"); // distinguishable from noise
        QTest::newRow("56/70 vs 48/80")
            << QList<double>{56, 70, 48, 80} << 0.0524 << 0.3339 << 0.008045 << true;
        QTest::newRow("9/10 vs 3/10")
            << QList<double>{9, 10, 3, 10} << 0.1705 << 0.8090 << 0.006170 << true;
        QTest::newRow("5/56 vs 0/29")
            << QList<double>{5, 56, 0, 29} << -0.0381 << 0.1926 << 0.097187 << false;
    }
    void differenceMatchesNewcombe()
    {
        QFETCH(QList<double>, counts);
        QFETCH(double, low);
        QFETCH(double, high);
        QFETCH(double, p);
        QFETCH(bool, told);
        const Proportions::Comparison c =
            Proportions::compare(counts[0], counts[1], counts[2], counts[3]);
        QCOMPARE(std::round(c.interval.low * 10000) / 10000, low);
        QCOMPARE(std::round(c.interval.high * 10000) / 10000, high);
        QCOMPARE(std::round(c.p * 1e6) / 1e6, p);
        QCOMPARE(c.distinguishable(), told);
    }

    void saysItInPlainWords()
    {
        QLocale::setDefault(QLocale::c());
        const auto better = Proportions::compare(48, 80, 56, 70);
        QCOMPARE(Proportions::describe(u"Email"_s, u"Paid Search"_s, better),
                 u"Paid Search converts better than Email: 80.0 % vs 60.0 %, difference 5.2 to "
                 u"33.4 points (p = 0.008)."_s);
        const auto noise = Proportions::compare(5, 56, 0, 29);
        QCOMPARE(Proportions::describe(u"Referral"_s, u"Display"_s, noise),
                 u"Referral and Display cannot be told apart: 8.9 % vs 0.0 %, the difference "
                 u"could be anything from -3.8 to 19.3 points (p = 0.097)."_s);
    }

    // A report's rates gain their bounds beside them, from the counts of the same row; a row
    // without a denominator gets none.
    void addsBoundsBesideEachRate()
    {
        ResultTable table;
        table.addColumn(u"owner"_s, u"Owner"_s, ValueKind::Text);
        table.addColumn(u"won"_s, u"Won"_s, ValueKind::Count);
        table.addColumn(u"lost"_s, u"Lost"_s, ValueKind::Count);
        table.addColumn(u"win_rate"_s, u"Win rate"_s, ValueKind::Percent);
        table.addColumn(u"days"_s, u"Days"_s, ValueKind::Decimal);
        table.addRow({u"Ewa"_s, 81, 182, 0.308, 12.5});
        table.addRow({u"Jan"_s, 0, 0, QVariant(), 3.0});
        RateIntervals::add(table, {{u"win_rate"_s, u"won"_s, {u"won"_s, u"lost"_s}}});
        QStringList keys;
        for (const ResultColumn& c : table.columns)
            keys << c.key;
        QCOMPARE(keys, (QStringList{u"owner"_s, u"won"_s, u"lost"_s, u"win_rate"_s,
                                    u"win_rate_low"_s, u"win_rate_high"_s, u"days"_s}));
        QCOMPARE(table.columns[4].title, u"Win rate (low)"_s);
        QCOMPARE(table.rows[0].value(4).toDouble(), 0.2553);
        QCOMPARE(table.rows[0].value(5).toDouble(), 0.3662);
        QCOMPARE(table.rows[0].value(6).toDouble(), 12.5);
        QVERIFY(!table.rows[1].value(4).isValid());
        QCOMPARE(table.rows[1].value(6).toDouble(), 3.0);
    }
};

QTEST_GUILESS_MAIN(TestProportions)
#include "tst_proportions.moc"
