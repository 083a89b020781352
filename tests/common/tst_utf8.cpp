// appendUtf8 against QString::toUtf8, the conversion it stands in for on the import's hot path;
// unpaired surrogates become U+FFFD (Qt 6.4 writes '?').
#include "common/utf8.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace leadloop;

class TestUtf8 : public QObject
{
    Q_OBJECT

private slots:
    void matchesQtsConversion_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("ascii") << u"google / cpc"_s;
        QTest::newRow("polish") << u"Łódź, zażółć gęślą jaźń"_s;
        QTest::newRow("russian") << u"воронка продаж"_s;
        QTest::newRow("ascii then not") << u"kampania-lato-ż"_s;
        QTest::newRow("three bytes") << u"€ 100 — ok"_s;
        QTest::newRow("surrogate pair") << u"launch 🚀 week"_s;
    }

    void replacesUnpairedSurrogates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("lone high surrogate") << u"a"_s + QChar(0xD83D) + u"b"_s
                                             << QByteArray("a\xEF\xBF\xBD"
                                                           "b");
        QTest::newRow("lone low surrogate at the end")
            << u"z"_s + QChar(0xDE80) << QByteArray("z\xEF\xBF\xBD");
    }

    void replacesUnpairedSurrogates()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, expected);
        std::string out;
        appendUtf8(out, text);
        QCOMPARE(QByteArray::fromStdString(out), expected);
    }

    void matchesQtsConversion()
    {
        QFETCH(QString, text);
        std::string out = "prefix|"; // appends, keeping what is there
        appendUtf8(out, text);
        const QByteArray expected = "prefix|" + text.toUtf8();
        QCOMPARE(QByteArray::fromStdString(out), expected);
    }
};

QTEST_APPLESS_MAIN(TestUtf8)
#include "tst_utf8.moc"
