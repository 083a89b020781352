// The Dashboard's headline figures (docs/metrics.md, "Headlines") on the small closed loop,
// computed by hand: each figure for a period, the same for the period before and the change.
#include "analytics/headlinereport.h"
#include "smallloop.h"
#include "store/workspace.h"
#include "testsupport.h"

#include <QDateTime>
#include <QTest>

using namespace leadloop;
using namespace Qt::StringLiterals;

namespace {

/// 00:00 UTC of a day of March 2024.
qint64 march(int day)
{
    return QDateTime(QDate(2024, 3, day), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
}

} // namespace

class TestHeadlineReport : public QObject
{
    Q_OBJECT

    test::SmallLoop m_loop;

    /// metric → "value|previous|change".
    QHash<QString, QString> figures(const ReportFilter& filter)
    {
        auto table = HeadlineReport::run(m_loop.db(), filter);
        if (!table)
            return {{u"error"_s, table.error().message}};
        QHash<QString, QString> out;
        for (const QVariantList& row : table->rows)
            out.insert(row[0].toString(),
                       u"%1|%2|%3"_s.arg(row[1].toString(), row[2].toString(), row[3].toString()));
        return out;
    }

private slots:
    void initTestCase()
    {
        const QString failed = m_loop.open();
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    }

    void withoutDatesThereIsNoPeriodBefore()
    {
        const auto all = figures({});
        // Visitors A, B and C; leads Bob, Carl and Anna; Anna won 1,000 EUR.
        QCOMPARE(all.value(u"visitors"_s), u"3||"_s);
        QCOMPARE(all.value(u"leads"_s), u"3||"_s);
        QCOMPARE(all.value(u"customers"_s), u"1||"_s);
        QCOMPARE(all.value(u"revenue"_s), u"1000||"_s);
        // No spend: no cost to return on.
        QCOMPARE(all.value(u"roi"_s), u"||"_s);
    }

    void comparesWithThePeriodBefore()
    {
        // 5 to 20 March (16 days) against the 16 days before: 18 February to 4 March.
        ReportFilter filter;
        filter.from = march(5);
        filter.to = march(21) - 1;
        auto table = HeadlineReport::run(m_loop.db(), filter);
        QVERIFY(table.ok());
        QCOMPARE(table->meta.value(u"previous_from"_s).toLongLong(), march(5) - 16 * 86'400'000LL);
        QCOMPARE(table->meta.value(u"previous_to"_s).toLongLong(), march(5) - 1);
        const auto now = figures(filter);
        // Visitors by their first visit: C (6 March) now; A (1 March) and B (2 March) before:
        // (1 − 2) / 2 = −50 %.
        QCOMPARE(now.value(u"visitors"_s), u"1|2|-0.5"_s);
        // Every lead and the win fall in the period; none before, so no change to show.
        QCOMPARE(now.value(u"leads"_s), u"3|0|"_s);
        QCOMPARE(now.value(u"customers"_s), u"1|0|"_s);
        QCOMPARE(now.value(u"revenue"_s), u"1000|0|"_s);
    }

    void costGoingDownIsTheImprovement()
    {
        QVERIFY(HeadlineReport::isImprovement(u"revenue"_s, 0.1));
        QVERIFY(!HeadlineReport::isImprovement(u"revenue"_s, -0.1));
        QVERIFY(HeadlineReport::isImprovement(u"cost"_s, -0.1));
        QVERIFY(!HeadlineReport::isImprovement(u"cost"_s, 0.1));
    }
};

QTEST_GUILESS_MAIN(TestHeadlineReport)
#include "tst_headlinereport.moc"
