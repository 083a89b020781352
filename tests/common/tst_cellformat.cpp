// The one rule for writing figures for people (CellFormat), by kind and language.
#include "common/cellformat.h"

#include <QTest>

using namespace leadloop;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(leadloop::ValueKind)

class TestCellFormat : public QObject
{
    Q_OBJECT

private slots:
    void display_data()
    {
        QTest::addColumn<ValueKind>("kind");
        QTest::addColumn<int>("decimals");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QString>("english");
        QTest::addColumn<QString>("polish");
        using K = ValueKind;
        const QString pct = u"\u00a0%"_s;
        QTest::newRow("count") << K::Count << -1 << QVariant(qint64(12146)) << u"12,146"_s
                               << u"12\u00a0146"_s;
        QTest::newRow("count of a double")
            << K::Count << -1 << QVariant(12.0) << u"12"_s << u"12"_s;
        QTest::newRow("money") << K::Money << -1 << QVariant(413343.5) << u"413,343.50"_s
                               << u"413\u00a0343,50"_s;
        QTest::newRow("credited leads")
            << K::Decimal << -1 << QVariant(334.73) << u"334.7"_s << u"334,7"_s;
        QTest::newRow("shapley, four places")
            << K::Decimal << 4 << QVariant(0.12345) << u"0.1235"_s << u"0,1235"_s;
        QTest::newRow("roi") << K::Percent << -1 << QVariant(4.06) << u"406.0"_s + pct
                             << u"406,0"_s + pct;
        QTest::newRow("win rate") << K::Percent << -1 << QVariant(0.5) << u"50.0"_s + pct
                                  << u"50,0"_s + pct;
        QTest::newRow("roas") << K::Ratio << -1 << QVariant(5.0648) << u"5.06"_s << u"5,06"_s;
        QTest::newRow("an id is text")
            << K::Text << -1 << QVariant(qint64(20017)) << u"20017"_s << u"20017"_s;
        QTest::newRow("text") << K::Text << -1 << QVariant(u"Paid Search"_s) << u"Paid Search"_s
                              << u"Paid Search"_s;
        QTest::newRow("empty") << K::Money << -1 << QVariant() << QString() << QString();
        QTest::newRow("auto double") << K::Auto << -1 << QVariant(1.5) << u"1.50"_s << u"1,50"_s;
        QTest::newRow("auto whole") << K::Auto << -1 << QVariant(qint64(7)) << u"7"_s << u"7"_s;
    }

    void display()
    {
        QFETCH(ValueKind, kind);
        QFETCH(int, decimals);
        QFETCH(QVariant, value);
        QFETCH(QString, english);
        QFETCH(QString, polish);
        QCOMPARE(CellFormat::display(kind, decimals, value, QLocale(QLocale::English)), english);
        QCOMPARE(CellFormat::display(kind, decimals, value, QLocale(QLocale::Polish)), polish);
    }

    void rowsSayTheirOwnKind()
    {
        ResultTable t;
        t.addColumn(u"metric"_s, u"Figure"_s, ValueKind::Text);
        t.addColumn(u"value"_s, u"Value"_s, ValueKind::ByRow);
        t.addRow({u"visitors"_s, qint64(20000)});
        t.addRow({u"revenue"_s, 1500.0});
        t.addRow({u"roi"_s, 0.25});
        t.rowKinds = {ValueKind::Count, ValueKind::Money, ValueKind::Percent};
        const QLocale english(QLocale::English);
        QCOMPARE(CellFormat::display(t, 0, 1, english), u"20,000"_s);
        QCOMPARE(CellFormat::display(t, 1, 1, english), u"1,500.00"_s);
        QCOMPARE(CellFormat::display(t, 2, 1, english), u"25.0\u00a0%"_s);
    }

    void spreadsheetFormats_data()
    {
        QTest::addColumn<ValueKind>("kind");
        QTest::addColumn<int>("decimals");
        QTest::addColumn<QString>("format");
        QTest::newRow("count") << ValueKind::Count << -1 << u"#,##0"_s;
        QTest::newRow("decimal") << ValueKind::Decimal << -1 << u"#,##0.0"_s;
        QTest::newRow("decimal 4") << ValueKind::Decimal << 4 << u"#,##0.0000"_s;
        QTest::newRow("money") << ValueKind::Money << -1 << u"#,##0.00"_s;
        QTest::newRow("ratio") << ValueKind::Ratio << -1 << u"0.00"_s;
        QTest::newRow("percent") << ValueKind::Percent << -1 << u"0.0%"_s;
        QTest::newRow("text") << ValueKind::Text << -1 << QString();
    }

    void spreadsheetFormats()
    {
        QFETCH(ValueKind, kind);
        QFETCH(int, decimals);
        QFETCH(QString, format);
        QCOMPARE(CellFormat::numberFormat(kind, decimals), format);
    }
};

QTEST_GUILESS_MAIN(TestCellFormat)
#include "tst_cellformat.moc"
