#include "analytics/periods.h"

#include <QDateTime>
#include <QTest>

using namespace leadloop;
using namespace Qt::StringLiterals;

/// Calendar periods: ISO weeks across year ends, months, quarters, and stepping between them.
class TestPeriods : public QObject
{
    Q_OBJECT

    static qint64 at(const char* iso)
    {
        return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch();
    }

private slots:
    void labels_data()
    {
        QTest::addColumn<QString>("time");
        QTest::addColumn<QString>("period");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("start");
        QTest::newRow("a day") << u"2024-03-05T23:59:59Z"_s << u"day"_s << u"2024-03-05"_s
                               << u"2024-03-05T00:00:00Z"_s;
        QTest::newRow("a Tuesday's week")
            << u"2024-03-05T10:00:00Z"_s << u"week"_s << u"2024-W10"_s << u"2024-03-04T00:00:00Z"_s;
        QTest::newRow("a Sunday belongs to the week before")
            << u"2024-03-10T23:00:00Z"_s << u"week"_s << u"2024-W10"_s << u"2024-03-04T00:00:00Z"_s;
        QTest::newRow("week 1 of 2025 starts in 2024")
            << u"2024-12-31T12:00:00Z"_s << u"week"_s << u"2025-W01"_s << u"2024-12-30T00:00:00Z"_s;
        QTest::newRow("week 53 of 2020 ends in 2021")
            << u"2021-01-03T12:00:00Z"_s << u"week"_s << u"2020-W53"_s << u"2020-12-28T00:00:00Z"_s;
        QTest::newRow("a month") << u"2024-02-29T08:00:00Z"_s << u"month"_s << u"2024-02"_s
                                 << u"2024-02-01T00:00:00Z"_s;
        QTest::newRow("a quarter") << u"2024-08-15T08:00:00Z"_s << u"quarter"_s << u"2024-Q3"_s
                                   << u"2024-07-01T00:00:00Z"_s;
    }

    void labels()
    {
        QFETCH(QString, time);
        QFETCH(QString, period);
        QFETCH(QString, label);
        QFETCH(QString, start);
        const auto unit = Periods::fromName(period);
        QVERIFY(unit);
        const qint64 s = Periods::start(at(time.toLatin1().constData()), *unit);
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(s, Qt::UTC).toString(Qt::ISODate), start);
        QCOMPARE(Periods::label(s, *unit), label);
    }

    void steps()
    {
        QCOMPARE(Periods::next(at("2024-01-31T00:00:00Z"), Periods::Unit::Day),
                 at("2024-02-01T00:00:00Z"));
        QCOMPARE(Periods::next(at("2024-12-30T00:00:00Z"), Periods::Unit::Week),
                 at("2025-01-06T00:00:00Z"));
        QCOMPARE(Periods::next(at("2024-11-01T00:00:00Z"), Periods::Unit::Quarter),
                 at("2025-02-01T00:00:00Z"));
        QCOMPARE(Periods::next(at("2024-02-01T00:00:00Z"), Periods::Unit::Month),
                 at("2024-03-01T00:00:00Z"));
        QVERIFY(!Periods::fromName(u"fortnight"_s));
    }
};

QTEST_GUILESS_MAIN(TestPeriods)
#include "tst_periods.moc"
