// Tests of the CLI's output formats: CSV escaping, the JSON shape and the aligned text table.
#include "export/tableformatter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace leadloop;
using namespace Qt::StringLiterals;

class TestTableFormatter : public QObject
{
    Q_OBJECT

    static ResultTable sample()
    {
        ResultTable table;
        table.addColumn(u"channel"_s, u"Channel"_s, ValueKind::Text);
        table.addColumn(u"sessions"_s, u"Sessions"_s, ValueKind::Count);
        table.addColumn(u"revenue"_s, u"Revenue"_s, ValueKind::Money);
        table.addColumn(u"roi"_s, u"ROI"_s, ValueKind::Percent);
        table.addRow({u"Organic Search"_s, 1234, 99.5, 0.1234});
        table.addRow({u"Email"_s, 7, QVariant(), QVariant()});
        table.meta = {{u"batch"_s, 3}};
        return table;
    }

private slots:
    void csvCells_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << u"Email"_s << u"Email"_s;
        QTest::newRow("comma") << u"a,b"_s << u"\"a,b\""_s;
        QTest::newRow("quote") << u"say \"hi\""_s << u"\"say \"\"hi\"\"\""_s;
        QTest::newRow("newline") << u"a\nb"_s << u"\"a\nb\""_s;
        QTest::newRow("formula") << u"=HYPERLINK(\"x\")"_s << u"\"'=HYPERLINK(\"\"x\"\")\""_s;
        QTest::newRow("plus") << u"+48 600"_s << u"'+48 600"_s;
        QTest::newRow("at") << u"@SUM(A1)"_s << u"'@SUM(A1)"_s;
        QTest::newRow("dash text") << u"-x"_s << u"'-x"_s;
        QTest::newRow("negative number") << u"-12.5"_s << u"-12.5"_s;
        QTest::newRow("empty") << QString() << QString();
    }

    void csvCells()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(csvCell(input), expected);
    }

    void parsesFormats_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("expected"); // -1: rejected
        QTest::newRow("table") << u"table"_s << int(TableFormat::Table);
        QTest::newRow("json") << u"json"_s << int(TableFormat::Json);
        QTest::newRow("csv") << u"csv"_s << int(TableFormat::Csv);
        QTest::newRow("upper case") << u"JSON"_s << -1;
        QTest::newRow("xml") << u"xml"_s << -1;
    }

    void parsesFormats()
    {
        QFETCH(QString, name);
        QFETCH(int, expected);
        const auto format = parseTableFormat(name);
        QCOMPARE(format ? int(*format) : -1, expected);
    }

    void jsonHasColumnsRowsAndMeta()
    {
        const QJsonObject root =
            QJsonDocument::fromJson(formatTable(sample(), TableFormat::Json)).object();
        QCOMPARE(root.value(u"columns"_s).toArray(),
                 QJsonArray({u"channel"_s, u"sessions"_s, u"revenue"_s, u"roi"_s}));
        // What each column holds, for scripts that format figures themselves.
        const QJsonObject kinds = root.value(u"kinds"_s).toObject();
        QCOMPARE(kinds.value(u"sessions"_s).toString(), u"count"_s);
        QCOMPARE(kinds.value(u"revenue"_s).toString(), u"money"_s);
        QCOMPARE(kinds.value(u"roi"_s).toString(), u"percent"_s);
        QCOMPARE(kinds.value(u"channel"_s).toString(), u"text"_s);
        const QJsonArray rows = root.value(u"rows"_s).toArray();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0].toObject().value(u"channel"_s).toString(), u"Organic Search"_s);
        QCOMPARE(rows[0].toObject().value(u"sessions"_s).toInt(), 1234);
        QCOMPARE(rows[0].toObject().value(u"revenue"_s).toDouble(), 99.5);
        QVERIFY(rows[1].toObject().value(u"revenue"_s).isNull());
        QCOMPARE(root.value(u"meta"_s).toObject().value(u"batch"_s).toInt(), 3);
    }

    void csvHasKeysAsHeader()
    {
        QCOMPARE(formatTable(sample(), TableFormat::Csv),
                 QByteArray("channel,sessions,revenue,roi\r\nOrganic Search,1234,99.5,0.1234\r\n"
                            "Email,7,,\r\n"));
    }

    /// The text table writes each column by its kind in the language's numbers (files keep
    /// the exact values): counts grouped, money to cents, fractions as percentages.
    void textTableAlignsNumbersRight()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        const QString text = QString::fromUtf8(formatTable(sample(), TableFormat::Table));
        const QStringList lines = text.split(u'\n');
        QCOMPARE(lines.value(0), u"Channel         Sessions  Revenue  ROI"_s);
        QCOMPARE(lines.value(1), u"--------------  --------  -------  ------"_s);
        QCOMPARE(lines.value(2), u"Organic Search     1,234    99.50  12.3\u00a0%"_s);
        QCOMPARE(lines.value(3), u"Email                  7"_s);
        QLocale::setDefault(QLocale(QLocale::Polish, QLocale::Poland));
        const QStringList polish =
            QString::fromUtf8(formatTable(sample(), TableFormat::Table)).split(u'\n');
        QCOMPARE(polish.value(2), u"Organic Search      1234    99,50  12,3\u00a0%"_s);
        QLocale::setDefault(QLocale::c());
    }
};

QTEST_GUILESS_MAIN(TestTableFormatter)
#include "tst_tableformatter.moc"
