#include "common/money.h"

#include <QTest>

using namespace leadloop;
using namespace Qt::StringLiterals;

/// Amounts as people type them, read into cents, and cents written back for files.
class TestMoney : public QObject
{
    Q_OBJECT

private slots:
    void parsesAmounts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<qint64>("cents");
        const auto row = [](const char* name, const QString& text, bool valid, qint64 cents) {
            QTest::newRow(name) << text << valid << cents;
        };
        row("plain", u"1234.56"_s, true, 123456);
        row("whole", u"1234"_s, true, 123400);
        row("english groups", u"1,234,567.89"_s, true, 123456789);
        row("german groups", u"1.234.567,89"_s, true, 123456789);
        row("polish spaces", u"1 234,56"_s, true, 123456);
        row("no-break spaces", u"1\u00a0234,5"_s, true, 123450);
        row("swiss apostrophes", u"1'234.56"_s, true, 123456);
        row("comma decimal", u"0,5"_s, true, 50);
        row("three decimals after zero", u"0,125"_s, true, 13);
        row("a comma group", u"1,234"_s, true, 123400);
        row("a dot group", u"1.234"_s, true, 123400);
        row("one decimal", u"12.5"_s, true, 1250);
        row("rounds half away", u"2.3456"_s, true, 235);
        row("three decimals are a group", u"10.005"_s, true, 1000500);
        row("bad groups", u"12,34,567"_s, false, 0);
        row("mixed groups", u"1.234,567,89"_s, false, 0);
        row("negative", u"-12,30"_s, true, -1230);
        row("negative rounds away", u"-0.005"_s, true, -1);
        row("plus", u"+7"_s, true, 700);
        row("leading decimal", u".5"_s, true, 50);
        row("empty", QString(), false, 0);
        row("spaces only", u"  "_s, false, 0);
        row("letters", u"12abc"_s, false, 0);
        row("currency sign", u"$12"_s, false, 0);
        row("two decimal marks", u"1.2.3,4,5"_s, false, 0);
    }

    void parsesAmounts()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(qint64, cents);
        const std::optional<qint64> parsed = parseMoneyCents(text);
        QCOMPARE(parsed.has_value(), valid);
        if (valid)
            QCOMPARE(*parsed, cents);
    }

    void formatsCents_data()
    {
        QTest::addColumn<qint64>("cents");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << qint64(0) << u"0.00"_s;
        QTest::newRow("cents only") << qint64(5) << u"0.05"_s;
        QTest::newRow("whole") << qint64(123400) << u"1234.00"_s;
        QTest::newRow("negative") << qint64(-1230) << u"-12.30"_s;
    }

    void formatsCents()
    {
        QFETCH(qint64, cents);
        QFETCH(QString, text);
        QCOMPARE(formatCents(cents), text);
        QCOMPARE(parseMoneyCents(text), std::optional<qint64>(cents));
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
