#include "analytics/ratebootstrap.h"
#include "analytics/resampling.h"

#include <atomic>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace leadloop;

/// Bootstrap intervals of rates: the resampling rule, the percentile interval, and units that
/// carry all they counted when drawn.
class TestRateBootstrap : public QObject
{
    Q_OBJECT

private slots:
    // 2.5th and 97.5th percentiles (type 7) of 0..100: 2.5 and 97.5.
    void intervalIsTheMiddle95Percent()
    {
        std::vector<double> values;
        for (int i = 100; i >= 0; --i)
            values.push_back(i);
        const auto [low, high] = resampling::interval95(values);
        QCOMPARE(low, 2.5);
        QCOMPARE(high, 97.5);
    }

    // Each resample draws n items (the draws add up to n), every replicate runs once, and a seed
    // gives the same resamples.
    void resamplesAreSeededAndComplete()
    {
        const size_t n = 37;
        std::vector<resampling::Draws> first(50), second(50);
        std::atomic<int> calls = 0;
        resampling::run(n, 50, 9, [&](int r, const resampling::Draws& d) {
            first[size_t(r)] = d;
            ++calls;
        });
        QCOMPARE(calls.load(), 50);
        resampling::run(n, 50, 9,
                        [&](int r, const resampling::Draws& d) { second[size_t(r)] = d; });
        QCOMPARE(first, second);
        for (const resampling::Draws& d : first) {
            double sum = 0;
            for (double x : d)
                sum += x;
            QCOMPARE(sum, double(n));
        }
        std::vector<resampling::Draws> other(50);
        resampling::run(n, 50, 10, [&](int r, const resampling::Draws& d) { other[size_t(r)] = d; });
        QVERIFY(other != first);
    }

    // 400 people, 100 converted: the bootstrap's interval of 25 % is about the normal one,
    // 25 % +- 1.96 * sqrt(.25 * .75 / 400) = 20.8 % to 29.2 %.
    void boundsARateLikeTheNormalApproximation()
    {
        RateBootstrap b;
        for (qint64 unit = 1; unit <= 400; ++unit) {
            b.add(unit, u"A"_s, u"people"_s);
            if (unit <= 100)
                b.add(unit, u"A"_s, u"converted"_s);
        }
        const std::vector<RateIntervals::Rate> rates = {
            {u"rate"_s, u"converted"_s, {u"people"_s}}};
        const auto bounds = b.bounds(rates, 2000, 1);
        const auto [low, high] = bounds.at(u"A"_s).at(u"rate"_s);
        QVERIFY2(std::abs(low - 0.2076) < 0.008, qPrintable(QString::number(low)));
        QVERIFY2(std::abs(high - 0.2924) < 0.008, qPrintable(QString::number(high)));
        QCOMPARE(b.bounds(rates, 200, 4), b.bounds(rates, 200, 4));
    }

    // Nothing varies when every unit is alike: the bounds are the rate itself; a unit counted in
    // two groups moves in both at once, so a rate across groups that every unit holds the same
    // way stays put too.
    void unitsCarryAllTheyCounted()
    {
        RateBootstrap b;
        for (qint64 unit = 1; unit <= 50; ++unit) {
            b.add(unit, u"web"_s, u"visits"_s, 2);
            b.add(unit, u"crm"_s, u"visits"_s, 2);
            b.add(unit, u"web"_s, u"leads"_s);
        }
        const std::vector<RateIntervals::Rate> rates = {{u"rate"_s, u"leads"_s, {u"visits"_s}}};
        const auto bounds = b.bounds(rates, 100, 1);
        QCOMPARE(bounds.at(u"web"_s).at(u"rate"_s), std::pair(0.5, 0.5));
        QCOMPARE(bounds.at(u"crm"_s).at(u"rate"_s), std::pair(0.0, 0.0));
    }

    // The columns go beside each rate, found by the row's first column; a group with no bounds
    // gets empty cells.
    void addsColumnsBesideTheRate()
    {
        ResultTable table;
        table.addColumn(u"channel"_s, u"Channel"_s, ValueKind::Text);
        table.addColumn(u"rate"_s, u"Rate"_s, ValueKind::Percent);
        table.addColumn(u"people"_s, u"People"_s, ValueKind::Count);
        table.addRow({u"Email"_s, 0.5, 10});
        table.addRow({u"Other"_s, 0.1, 10});
        RateBootstrap::Bounds bounds;
        bounds[u"Email"_s][u"rate"_s] = {0.41234, 0.6};
        RateBootstrap::addColumns(table, {{u"rate"_s, u"x"_s, {u"people"_s}}}, bounds);
        QCOMPARE(table.columns[2].key, u"rate_low"_s);
        QCOMPARE(table.columns[3].key, u"rate_high"_s);
        QCOMPARE(table.rows[0], (QVariantList{u"Email"_s, 0.5, 0.4123, 0.6, 10}));
        QCOMPARE(table.rows[1], (QVariantList{u"Other"_s, 0.1, QVariant(), QVariant(), 10}));
    }
};

QTEST_GUILESS_MAIN(TestRateBootstrap)
#include "tst_ratebootstrap.moc"
