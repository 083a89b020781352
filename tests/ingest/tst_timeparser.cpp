// Tests of timestamp parsing: ISO 8601, epoch numbers, explicit formats and time zones.
#include "ingest/timeparser.h"

#include <QTest>

using namespace leadloop;
using namespace Qt::StringLiterals;

class TestTimeParser : public QObject
{
    Q_OBJECT

private slots:
    void parses_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<qint64>("expected"); // -1: rejected
        // 2024-03-05T14:22:31.123Z = 1709648551123
        QTest::newRow("iso z") << QString() << u"UTC"_s << QByteArray("2024-03-05T14:22:31.123Z")
                               << 1709648551123LL;
        QTest::newRow("iso space")
            << QString() << u"UTC"_s << QByteArray("2024-03-05 14:22:31.123") << 1709648551123LL;
        QTest::newRow("iso offset")
            << QString() << u"UTC"_s << QByteArray("2024-03-05T16:22:31.123+02:00")
            << 1709648551123LL;
        QTest::newRow("iso offset no colon")
            << QString() << u"UTC"_s << QByteArray("2024-03-05T09:22:31.123-0500")
            << 1709648551123LL;
        QTest::newRow("iso microseconds")
            << QString() << u"UTC"_s << QByteArray("2024-03-05T14:22:31.123456Z")
            << 1709648551123LL;
        QTest::newRow("iso minutes only")
            << QString() << u"UTC"_s << QByteArray("2024-03-05T14:22") << 1709648520000LL;
        QTest::newRow("date only")
            << QString() << u"UTC"_s << QByteArray("2024-03-05") << 1709596800000LL;
        QTest::newRow("leap day") << QString() << u"UTC"_s << QByteArray("2024-02-29")
                                  << 1709164800000LL;
        QTest::newRow("no 30 february")
            << QString() << u"UTC"_s << QByteArray("2024-02-30") << -1LL;
        QTest::newRow("not a time") << QString() << u"UTC"_s << QByteArray("yesterday") << -1LL;
        QTest::newRow("trailing junk")
            << QString() << u"UTC"_s << QByteArray("2024-03-05T14:22:31Zx") << -1LL;
        QTest::newRow("epoch seconds")
            << QString() << u"UTC"_s << QByteArray("1709648551") << 1709648551000LL;
        QTest::newRow("epoch seconds fraction")
            << QString() << u"UTC"_s << QByteArray("1709648551.123") << 1709648551123LL;
        QTest::newRow("epoch ms") << QString() << u"UTC"_s << QByteArray("1709648551123")
                                  << 1709648551123LL;
        QTest::newRow("epoch us (GA4)")
            << QString() << u"UTC"_s << QByteArray("1709648551123456") << 1709648551123LL;
        QTest::newRow("forced ms")
            << u"epoch-ms"_s << u"UTC"_s << QByteArray("86400000") << 86400000LL;
        QTest::newRow("zone-less in Warsaw (CET)")
            << QString() << u"Europe/Warsaw"_s << QByteArray("2024-03-05 15:22:31.123")
            << 1709648551123LL;
        QTest::newRow("zone-less in Warsaw (CEST)")
            << QString() << u"Europe/Warsaw"_s << QByteArray("2024-07-01 02:00:00")
            << 1719792000000LL;
        QTest::newRow("explicit zone beats --timezone")
            << QString() << u"Europe/Moscow"_s << QByteArray("2024-03-05T14:22:31.123Z")
            << 1709648551123LL;
        QTest::newRow("polish excel format") << u"dd.MM.yyyy HH:mm"_s << u"UTC"_s
                                             << QByteArray("05.03.2024 14:22") << 1709648520000LL;
        QTest::newRow("us excel format") << u"M/d/yyyy h:mm:ss AP"_s << u"UTC"_s
                                         << QByteArray("3/5/2024 2:22:31 PM") << 1709648551000LL;
        QTest::newRow("format mismatch")
            << u"dd.MM.yyyy"_s << u"UTC"_s << QByteArray("2024-03-05") << -1LL;
        QTest::newRow("empty") << QString() << u"UTC"_s << QByteArray("  ") << -1LL;
        // Found by fuzzing: seconds too large for milliseconds overflowed (UBSan).
        QTest::newRow("seconds beyond qint64 milliseconds")
            << u"epoch-s"_s << u"UTC"_s << QByteArray("9999999929999999") << -1LL;
    }

    void parses()
    {
        QFETCH(QString, format);
        QFETCH(QString, zone);
        QFETCH(QByteArray, text);
        QFETCH(qint64, expected);
        const TimeParser parser(format, QTimeZone(zone.toUtf8()));
        QVERIFY(parser.isValidFormat());
        const auto value = parser.parse(text.toStdString());
        QCOMPARE(value ? *value : -1, expected);
    }

    void daysFromCivilMatchesQt_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::newRow("epoch") << QDate(1970, 1, 1);
        QTest::newRow("before epoch") << QDate(1969, 12, 31);
        QTest::newRow("y2k") << QDate(2000, 2, 29);
        QTest::newRow("2100") << QDate(2100, 3, 1);
    }

    void daysFromCivilMatchesQt()
    {
        QFETCH(QDate, date);
        QCOMPARE(daysFromCivil(date.year(), date.month(), date.day()),
                 QDate(1970, 1, 1).daysTo(date));
    }
};

QTEST_GUILESS_MAIN(TestTimeParser)
#include "tst_timeparser.moc"
