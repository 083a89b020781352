// Tests of the .xlsx reader: cell types, dates in both date systems, sheets, and refusals.
#include "export/xlsxexport.h"
#include "ingest/trackingimporter.h"
#include "ingest/xlsxreader.h"
#include "store/workspace.h"
#include "testsupport.h"
#include "xlsxbuilder.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <quazip.h>
#include <quazipfile.h>

using namespace leadloop;
using namespace Qt::StringLiterals;

namespace {

// cellXfs: 0 general, 1 built-in 22 (m/d/yy h:mm), 2 custom 164 (dd.mm.yyyy hh:mm),
// 3 built-in 4 (#,##0.00), 4 custom 165 with a quoted "d" that is not a date.
const QByteArray styles =
    "<numFmts count=\"2\"><numFmt numFmtId=\"164\" formatCode=\"dd.mm.yyyy hh:mm\"/>"
    "<numFmt numFmtId=\"165\" formatCode=\"0.00&quot; d&quot;\"/></numFmts>"
    "<cellXfs count=\"5\"><xf numFmtId=\"0\"/><xf numFmtId=\"22\"/><xf numFmtId=\"164\"/>"
    "<xf numFmtId=\"4\"/><xf numFmtId=\"165\"/></cellXfs>";

} // namespace

class TestXlsxReader : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_count = 0;

    QString write(const test::XlsxBuilder& book)
    {
        const QString path = m_dir.filePath(u"book%1.xlsx"_s.arg(++m_count));
        return book.write(path) ? path : QString();
    }

    static QStringList readAll(XlsxReader& reader)
    {
        QStringList rows;
        while (reader.next()) {
            QStringList cells;
            for (std::string_view f : reader.fields())
                cells.append(QString::fromUtf8(f.data(), qsizetype(f.size())));
            rows.append(QString::number(reader.line()) + u':' + cells.join(u'|'));
        }
        return rows;
    }

private slots:
    void serialDates_data()
    {
        QTest::addColumn<double>("serial");
        QTest::addColumn<bool>("date1904");
        QTest::addColumn<QString>("expected");
        QTest::newRow("day 1") << 1.0 << false << u"1900-01-01T00:00:00.000"_s;
        QTest::newRow("before the fake leap day") << 59.0 << false << u"1900-02-28T00:00:00.000"_s;
        QTest::newRow("after the fake leap day") << 61.0 << false << u"1900-03-01T00:00:00.000"_s;
        QTest::newRow("noon") << 45000.5 << false << u"2023-03-15T12:00:00.000"_s;
        QTest::newRow("milliseconds")
            << 45000.0 + 1.0 / 86400000 * 1234 << false << u"2023-03-15T00:00:01.234"_s;
        QTest::newRow("1904 epoch") << 0.0 << true << u"1904-01-01T00:00:00.000"_s;
        QTest::newRow("1904 system") << 43538.5 << true << u"2023-03-15T12:00:00.000"_s;
    }

    void serialDates()
    {
        QFETCH(double, serial);
        QFETCH(bool, date1904);
        QFETCH(QString, expected);
        QCOMPARE(QString::fromStdString(XlsxReader::serialToIso(serial, date1904)), expected);
    }

    void readsCellTypes()
    {
        test::XlsxBuilder book;
        book.styles = styles;
        book.sharedStrings = {"visitor", "Łódź – cennik", "when"};
        book.sheets = {
            {u"Visits"_s,
             "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>2</v></c></row>"
             "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>v-1</t></is></c>"
             "<c r=\"B3\" s=\"1\"><v>45000.5</v></c><c r=\"D3\" s=\"3\"><v>1234.5</v></c>"
             "<c r=\"E3\" t=\"s\"><v>1</v></c><c r=\"F3\" t=\"b\"><v>1</v></c>"
             "<c r=\"G3\" s=\"2\"><v>45000.25</v></c><c r=\"H3\" s=\"4\"><v>3</v></c></row>"}};
        auto reader = XlsxReader::open(write(book));
        QVERIFY2(reader.ok(), qPrintable(reader.ok() ? QString() : reader.error().message));
        QCOMPARE((*reader)->sheetNames(), QStringList{u"Visits"_s});
        QCOMPARE(
            readAll(**reader),
            (QStringList{
                u"1:visitor|when"_s,
                u"3:v-1|2023-03-15T12:00:00.000||1234.5|Łódź – cennik|TRUE|2023-03-15T06:00:00.000|3"_s}));
    }

    void readsWhatTheExportWrites()
    {
        // XlsxExport's workbook read back: titles, text as text (a formula-like cell is an
        // inline string, so it reads back as its text, not a computed value),
        // numbers as numbers, an empty cell skipped, and a 27th column named AA.
        ResultTable table;
        table.addColumn(u"channel"_s, u"Channel"_s);
        table.addColumn(u"revenue"_s, u"Revenue"_s);
        table.addColumn(u"note"_s, u"Note"_s);
        for (int c = 3; c < 27; ++c)
            table.addColumn(u"c%1"_s.arg(c), u"C%1"_s.arg(c));
        table.addColumn(u"last"_s, u"Last"_s);
        QVariantList first{u"Łódź – e-mail"_s, 1234.5, u"=HYPERLINK(\"x\")"_s};
        first.resize(27);
        first.append(qint64(7));
        table.addRow(first);
        table.addRow({u"Direct"_s, QVariant(), u"@SUM(A1)"_s});
        const QString path = m_dir.filePath(u"export.xlsx"_s);
        QVERIFY(XlsxExport::write(table, path, u"Channels: Q3"_s).ok());
        auto reader = XlsxReader::open(path);
        QVERIFY2(reader.ok(), qPrintable(reader.ok() ? QString() : reader.error().message));
        QCOMPARE((*reader)->sheetNames(), QStringList{u"Channels_ Q3"_s});
        const QStringList rows = readAll(**reader);
        QCOMPARE(rows.size(), 3);
        QVERIFY(rows[0].startsWith(u"1:Channel|Revenue|Note|C3|"_s));
        QVERIFY(rows[0].endsWith(u"|C26|Last"_s));
        QVERIFY(rows[1].startsWith(u"2:Łódź – e-mail|1234.5|=HYPERLINK(\"x\")|"_s));
        QVERIFY(rows[1].endsWith(u"|7"_s));
        QCOMPARE(rows[2], u"3:Direct||@SUM(A1)"_s);
        // A folder that does not exist: an error, and no file.
        QVERIFY(!XlsxExport::write(table, m_dir.filePath(u"missing/x.xlsx"_s)).ok());
        QVERIFY(!QFile::exists(m_dir.filePath(u"missing/x.xlsx"_s)));
    }

    /// Figures carry their column's number format, so a spreadsheet shows them as the app does:
    /// counts grouped, money to cents, fractions as percentages (the values stay exact).
    void exportCarriesNumberFormats()
    {
        ResultTable table;
        table.addColumn(u"channel"_s, u"Channel"_s, ValueKind::Text);
        table.addColumn(u"sessions"_s, u"Sessions"_s, ValueKind::Count);
        table.addColumn(u"revenue"_s, u"Revenue"_s, ValueKind::Money);
        table.addColumn(u"roi"_s, u"ROI"_s, ValueKind::Percent);
        table.addColumn(u"leads"_s, u"Leads"_s, ValueKind::Decimal);
        table.addRow({u"Email"_s, qint64(1234), 99.5, 0.1234, 12.25});
        const QString path = m_dir.filePath(u"formats.xlsx"_s);
        QVERIFY(XlsxExport::write(table, path).ok());
        QuaZip zip(path);
        QVERIFY(zip.open(QuaZip::mdUnzip));
        const auto part = [&](const QString& name) {
            zip.setCurrentFile(name);
            QuaZipFile file(&zip);
            return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
        };
        const QString styles = part(u"xl/styles.xml"_s);
        const QString sheet = part(u"xl/worksheets/sheet1.xml"_s);
        // Styles 2, 3, 4, 5: the formats in the order the row first uses them.
        for (const auto& [format, cell] :
             {std::pair{u"#,##0"_s, u"B2"_s}, std::pair{u"#,##0.00"_s, u"C2"_s},
              std::pair{u"0.0%"_s, u"D2"_s}, std::pair{u"#,##0.0"_s, u"E2"_s}}) {
            QVERIFY2(styles.contains(u"formatCode=\"%1\""_s.arg(format)), qPrintable(format));
            QVERIFY2(sheet.contains(QRegularExpression(u"<c r=\"%1\" s=\"[2-5]\""_s.arg(cell))),
                     qPrintable(cell));
        }
        QVERIFY(sheet.contains(u"<v>0.1234</v>"_s)); // the value itself, not 12.3
        auto reader = XlsxReader::open(path);
        QVERIFY(reader.ok());
        QCOMPARE(readAll(**reader).value(1), u"2:Email|1234|99.5|0.1234|12.25"_s);
    }

    void usesThe1904System()
    {
        test::XlsxBuilder book;
        book.styles = styles;
        book.date1904 = true;
        book.sheets = {{u"S"_s, "<row r=\"1\"><c r=\"A1\" s=\"1\"><v>0</v></c></row>"}};
        auto reader = XlsxReader::open(write(book));
        QVERIFY(reader.ok());
        QCOMPARE(readAll(**reader), QStringList{u"1:1904-01-01T00:00:00.000"_s});
    }

    void choosesASheet()
    {
        test::XlsxBuilder book;
        book.sheets = {
            {u"Notes"_s, "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>n</t></is></c></row>"},
            {u"Visits"_s, "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>v</t></is></c></row>"}};
        const QString path = write(book);
        auto first = XlsxReader::open(path);
        QVERIFY(first.ok());
        QCOMPARE(readAll(**first), QStringList{u"1:n"_s});
        auto named = XlsxReader::open(path, u"Visits"_s);
        QVERIFY(named.ok());
        QCOMPARE(readAll(**named), QStringList{u"1:v"_s});
        auto missing = XlsxReader::open(path, u"Costs"_s);
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, ErrorCode::BadInput);
        QVERIFY(missing.error().message.contains(u"Notes, Visits"_s)); // names the sheets there
    }

    void refusesDangerousOrBrokenFiles()
    {
        const QString text = m_dir.filePath(u"plain.xlsx"_s);
        QVERIFY(test::writeFile(text, "visitor,time\n"));
        QCOMPARE(XlsxReader::open(text).error().code, ErrorCode::BadInput);

        test::XlsxBuilder plain;
        plain.sheets = {{u"S"_s, "<row r=\"1\"/>"}};
        const QString path = write(plain);
        // The same workbook, but its shared strings declare entities (a "billion laughs").
        const QString dtdPath = m_dir.filePath(u"dtd.xlsx"_s);
        {
            QuaZip zip(dtdPath);
            QVERIFY(zip.open(QuaZip::mdCreate));
            for (const auto& [name, data] : QList<std::pair<QString, QByteArray>>{
                     {u"xl/workbook.xml"_s, "<workbook><sheets><sheet name=\"S\" sheetId=\"1\" "
                                            "r:id=\"rId1\" xmlns:r=\"r\"/></sheets></workbook>"},
                     {u"xl/_rels/workbook.xml.rels"_s,
                      "<Relationships><Relationship Id=\"rId1\" "
                      "Target=\"worksheets/sheet1.xml\"/></Relationships>"},
                     {u"xl/sharedStrings.xml"_s,
                      "<!DOCTYPE lol [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b "
                      "\"&a;&a;&a;&a;&a;&a;&a;&a;\">]><sst><si><t>&b;</t></si></sst>"},
                     {u"xl/worksheets/sheet1.xml"_s, "<worksheet><sheetData/></worksheet>"}}) {
                QuaZipFile file(&zip);
                QVERIFY(file.open(QIODevice::WriteOnly, QuaZipNewInfo(name)));
                file.write(data);
                file.close();
            }
            zip.close();
        }
        auto dtd = XlsxReader::open(dtdPath);
        QVERIFY(!dtd.ok());
        QCOMPARE(dtd.error().code, ErrorCode::BadInput);
        QVERIFY(XlsxReader::open(path).ok());
    }

    void refusesAZipBomb()
    {
        // 160 MB of spaces pack into well under a megabyte: a ratio no real workbook has.
        const QString path = m_dir.filePath(u"bomb.xlsx"_s);
        test::XlsxBuilder bomb;
        bomb.sheets = {{u"S"_s, QByteArray(160 * 1024 * 1024, ' ')}};
        QVERIFY(bomb.write(path));
        auto reader = XlsxReader::open(path);
        QVERIFY(!reader.ok());
        QCOMPARE(reader.error().code, ErrorCode::BadInput);
    }

    void importsTrackingFromASpreadsheet()
    {
        test::XlsxBuilder book;
        book.styles = styles;
        book.sharedStrings = {"visitor_id",
                              "timestamp",
                              "url",
                              "A",
                              "https://x.com/?utm_source=newsletter&amp;utm_medium=email",
                              "https://x.com/pricing"};
        book.sheets = {{u"Visits"_s,
                        "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" "
                        "t=\"s\"><v>1</v></c><c r=\"C1\" t=\"s\"><v>2</v></c></row>"
                        "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>3</v></c><c r=\"B2\" "
                        "s=\"1\"><v>45000.5</v></c><c r=\"C2\" t=\"s\"><v>4</v></c></row>"
                        "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>3</v></c><c r=\"B3\" "
                        "s=\"1\"><v>45000.51</v></c><c r=\"C3\" t=\"s\"><v>5</v></c></row>"
                        "<row r=\"4\"/>"
                        "<row r=\"5\"><c r=\"B5\" s=\"1\"><v>45000.6</v></c></row>"}};
        auto ws = Workspace::create(m_dir.filePath(u"ws.leadloop"_s));
        QVERIFY(ws.ok());
        auto report = TrackingImporter::run(**ws, write(book), {});
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
        QCOMPARE(report->batch.rowsRead, 3);
        QCOMPARE(report->batch.rowsImported, 2);
        QCOMPARE(report->batch.rowsRejected, 1);
        QCOMPARE(report->issues.value(0).row, 5); // the spreadsheet's own row number
        QCOMPARE(report->batch.sessionsCreated, 1);
        QCOMPARE(*(*ws)->database().scalar(u"SELECT started_at FROM sessions"_s), 1678881600000LL);
        QCOMPARE(
            *(*ws)->database().scalar(u"SELECT count(*) FROM sessions WHERE channel = 'Email'"_s),
            1);
    }
};

QTEST_GUILESS_MAIN(TestXlsxReader)
#include "tst_xlsxreader.moc"
