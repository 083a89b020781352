// What the Dashboard and the executive report single out: hand-made cases for both rules.
#include "report/reporthighlights.h"
#include "testsupport.h"

#include <QTest>

using namespace leadloop;
using namespace Qt::StringLiterals;

namespace {

/// A channels report: "name:revenue:cost" per row.
ResultTable channels(const QStringList& rows)
{
    ResultTable t;
    t.addColumn(u"channel"_s, u"Channel"_s);
    t.addColumn(u"revenue"_s, u"Revenue"_s);
    t.addColumn(u"cost"_s, u"Cost"_s);
    for (const QString& row : rows)
        t.addRow({row.section(u':', 0, 0), row.section(u':', 1, 1).toDouble(),
                  row.section(u':', 2, 2).isEmpty() ? QVariant() : row.section(u':', 2, 2)});
    return t;
}

/// A report by campaign where each campaign has the given ROI.
ResultTable campaigns(int count)
{
    ResultTable t;
    for (const char* key : {"campaign", "cost", "revenue", "roi"})
        t.addColumn(QString::fromLatin1(key), QString::fromLatin1(key));
    for (int i = 0; i < count; ++i) // c0 has the best ROI
        t.addRow({u"c%1"_s.arg(i), 100.0, 100.0 * (count - i), double(count - i - 1)});
    t.addRow({u"organic"_s, QVariant(), 50.0, QVariant()}); // no cost: no ROI, not ranked
    return t;
}

} // namespace

class TestReportHighlights : public QObject
{
    Q_OBJECT

private slots:
    void revenueAndCost_data()
    {
        QTest::addColumn<QStringList>("rows");
        QTest::addColumn<int>("maxBars");
        QTest::addColumn<QStringList>("bars"); // "name:revenue:cost"
        const QStringList demo{u"Organic:400:"_s, u"Direct:390:"_s,   u"Search:160:30"_s,
                               u"(none):150:"_s,  u"Email:130:2"_s,   u"Referral:120:2"_s,
                               u"Social:88:41"_s, u"OrgSocial:28:"_s, u"Display:10:10"_s,
                               u"Quiet:0:"_s};
        QTest::newRow("no limit: all that earn or spend, by size")
            << demo << 0
            << QStringList{u"Organic:400:0"_s,  u"Direct:390:0"_s,   u"Search:160:30"_s,
                           u"(none):150:0"_s,   u"Email:130:2"_s,    u"Social:88:41"_s,
                           u"Referral:120:2"_s, u"OrgSocial:28:0"_s, u"Display:10:10"_s};
        // Eight bars: the five with cost, the two largest others, and the rest in Other.
        QTest::newRow("eight bars keep every paid channel")
            << demo << 8
            << QStringList{u"Organic:400:0"_s, u"Direct:390:0"_s,   u"Search:160:30"_s,
                           u"Email:130:2"_s,   u"Social:88:41"_s,   u"Referral:120:2"_s,
                           u"Display:10:10"_s, u"Other (2):178:0"_s};
        QTest::newRow("fewer than the limit: no Other")
            << QStringList{u"A:10:"_s, u"B::5"_s} << 8 << QStringList{u"A:10:0"_s, u"B:0:5"_s};
        QTest::newRow("more paid channels than bars: the largest costs")
            << QStringList{u"A::1"_s, u"B::2"_s, u"C::3"_s, u"D:100:"_s} << 3
            << QStringList{u"C:0:3"_s, u"B:0:2"_s, u"Other (2):100:1"_s};
    }

    void revenueAndCost()
    {
        QFETCH(QStringList, rows);
        QFETCH(int, maxBars);
        QFETCH(QStringList, bars);
        const RevenueAndCost got = ReportHighlights::revenueAndCost(channels(rows), maxBars);
        QStringList out;
        for (qsizetype i = 0; i < got.groups.size(); ++i)
            out.append(u"%1:%2:%3"_s.arg(got.groups[i]).arg(got.revenue[i]).arg(got.cost[i]));
        QCOMPARE(out, bars);
        const RevenueAndCost reversed = got.bottomUp();
        if (!got.groups.isEmpty())
            QCOMPARE(reversed.groups.front(), got.groups.back());
    }

    void bestAndWorstNeverOverlap_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("perSide");
        QTest::addColumn<QStringList>("ranks"); // "rank campaign"
        QTest::newRow("none") << 0 << 5 << QStringList{};
        QTest::newRow("one") << 1 << 5 << QStringList{u"best 1 c0"_s};
        QTest::newRow("two") << 2 << 5 << QStringList{u"best 1 c0"_s, u"worst 1 c1"_s};
        QTest::newRow("five, five a side")
            << 5 << 5
            << QStringList{u"best 1 c0"_s, u"best 2 c1"_s, u"best 3 c2"_s, u"worst 1 c4"_s,
                           u"worst 2 c3"_s};
        QTest::newRow("five, three a side (the Dashboard)")
            << 5 << 3
            << QStringList{u"best 1 c0"_s, u"best 2 c1"_s, u"best 3 c2"_s, u"worst 1 c4"_s,
                           u"worst 2 c3"_s};
        QTest::newRow("twelve, three a side")
            << 12 << 3 << QStringList{u"best 1 c0"_s,   u"best 2 c1"_s,   u"best 3 c2"_s,
                                      u"worst 1 c11"_s, u"worst 2 c10"_s, u"worst 3 c9"_s};
    }

    void bestAndWorstNeverOverlap()
    {
        QFETCH(int, count);
        QFETCH(int, perSide);
        QFETCH(QStringList, ranks);
        const ResultTable t = ReportHighlights::bestAndWorstByRoi(campaigns(count), perSide);
        QStringList out;
        for (const QVariantList& row : t.rows)
            out.append(row.value(0).toString() + u' ' + row.value(1).toString());
        QCOMPARE(out, ranks);
        QCOMPARE(t.meta.value(u"best"_s).toInt() + t.meta.value(u"worst"_s).toInt(),
                 int(ranks.size()));
        QCOMPARE(t.columns.front().key, u"rank"_s);
    }
};

QTEST_GUILESS_MAIN(TestReportHighlights)
#include "tst_reporthighlights.moc"
