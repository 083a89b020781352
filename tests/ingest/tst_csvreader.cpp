// Tests of the streaming CSV reader, the byte sources behind it and format detection.
#include "ingest/bytesource.h"
#include "ingest/csvreader.h"
#include "ingest/textfile.h"
#include "ingest/textformat.h"
#include "testsupport.h"

#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>
#include <zlib.h>

using namespace leadloop;
using namespace Qt::StringLiterals;

class TestCsvReader : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    QString write(const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(u"f%1.csv"_s.arg(++m_files));
        test::writeFile(path, bytes);
        return path;
    }

    /// Reads every record as "a|b|c" lines with their start line: "1:a|b".
    QStringList readAll(const QString& path, char delimiter, QString* error = nullptr)
    {
        auto source = ByteSources::open(path);
        if (!source)
            return {u"open failed"_s};
        CsvReader reader(**source, delimiter);
        QStringList out;
        while (reader.next()) {
            QStringList fields;
            for (std::string_view f : reader.fields())
                fields.append(QString::fromUtf8(f.data(), qsizetype(f.size())));
            out.append(QString::number(reader.line()) + u':' + fields.join(u'|'));
        }
        if (error)
            *error = reader.errorString();
        return out;
    }

private slots:
    void readsRecords_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("plain") << QByteArray("a,b\n1,2\n") << QStringList{u"1:a|b"_s, u"2:1|2"_s};
        QTest::newRow("no final newline")
            << QByteArray("a,b\n1,2") << QStringList{u"1:a|b"_s, u"2:1|2"_s};
        QTest::newRow("crlf") << QByteArray("a,b\r\n1,2\r\n")
                              << QStringList{u"1:a|b"_s, u"2:1|2"_s};
        QTest::newRow("quoted delimiter") << QByteArray("\"x,y\",z\n") << QStringList{u"1:x,y|z"_s};
        QTest::newRow("doubled quotes")
            << QByteArray("\"say \"\"hi\"\"\",z\n") << QStringList{u"1:say \"hi\"|z"_s};
        QTest::newRow("newline inside quotes") << QByteArray("\"two\nlines\",x\nnext,y\n")
                                               << QStringList{u"1:two\nlines|x"_s, u"3:next|y"_s};
        QTest::newRow("crlf inside quotes")
            << QByteArray("\"a\r\nb\",c\r\n") << QStringList{u"1:a\r\nb|c"_s};
        QTest::newRow("empty fields") << QByteArray(",,\n") << QStringList{u"1:||"_s};
        QTest::newRow("empty quoted") << QByteArray("\"\",x\n") << QStringList{u"1:|x"_s};
        QTest::newRow("quote inside unquoted")
            << QByteArray("5\" screen,x\n") << QStringList{u"1:5\" screen|x"_s};
        QTest::newRow("utf-8") << QByteArray("Łódź,Москва,Göteborg\n")
                               << QStringList{u"1:Łódź|Москва|Göteborg"_s};
        QTest::newRow("blank line")
            << QByteArray("a\n\nb\n") << QStringList{u"1:a"_s, u"2:"_s, u"3:b"_s};
    }

    void readsRecords()
    {
        QFETCH(QByteArray, input);
        QFETCH(QStringList, expected);
        QCOMPARE(readAll(write(input), ','), expected);
    }

    // Unquoted fields are scanned sixteen bytes at a time: every field length from 0 to 40 puts
    // the delimiter or the line end at each place in a chunk, with each delimiter.
    void splitsFieldsOfEveryLength_data()
    {
        QTest::addColumn<char>("delimiter");
        QTest::newRow("comma") << ',';
        QTest::newRow("semicolon") << ';';
        QTest::newRow("tab") << '\t';
        QTest::newRow("pipe") << '|';
    }

    void splitsFieldsOfEveryLength()
    {
        QFETCH(char, delimiter);
        QByteArray input;
        QStringList expected;
        for (int last = 0; last <= 40; ++last) {
            QStringList fields;
            QByteArray line;
            for (int length = 0; length <= last; ++length) {
                const QByteArray field(length, char('a' + length % 26));
                line += (length ? QByteArray(1, delimiter) : QByteArray()) + field;
                fields.append(QString::fromLatin1(field));
            }
            input += line + (last % 2 ? "\r\n" : "\n");
            expected.append(QString::number(last + 1) + u':' + fields.join(u'|'));
        }
        QCOMPARE(readAll(write(input), delimiter), expected);
    }

    void reportsAnUnclosedQuote()
    {
        QString error;
        const QStringList records = readAll(write("a,b\n\"never closed,x\ny,z\n"), ',', &error);
        QCOMPARE(records, QStringList{u"1:a|b"_s});
        QVERIFY2(error.contains(u"line 2"_s), qPrintable(error));
    }

    void streamsAcrossBlocks()
    {
        // 3 MB with quoted multi-line fields lands records across the 1 MB block boundaries,
        // and one record is larger than a block.
        QByteArray input = "id,text\n";
        for (int i = 0; i < 30000; ++i)
            input += QByteArray::number(i) + ",\"line one, with comma\nline \"\"two\"\" of " +
                     QByteArray::number(i) + "\"\n";
        input += "big,\"" + QByteArray(1500000, 'x') + "\"\n";
        input += "last,1\n";
        const QStringList records = readAll(write(input), ',');
        QCOMPARE(records.size(), 30003);
        QCOMPARE(records[1], u"2:0|line one, with comma\nline \"two\" of 0"_s);
        QCOMPARE(records[30000], u"60000:29999|line one, with comma\nline \"two\" of 29999"_s);
        QCOMPARE(records[30001].size(), 1500000 + 10);
        QCOMPARE(records[30002], u"60003:last|1"_s);
    }

    void readsGzip()
    {
        const QString path = m_dir.filePath(u"data.csv.gz"_s);
        gzFile gz = gzopen(QFile::encodeName(path).constData(), "wb");
        const QByteArray text = "a;b\nÅsa;Sjöberg\n";
        gzwrite(gz, text.constData(), unsigned(text.size()));
        gzclose(gz);
        QCOMPARE(readAll(path, ';'), (QStringList{u"1:a|b"_s, u"2:Åsa|Sjöberg"_s}));
    }

    void detectsEncodings_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QByteArray>("encoding");
        QTest::addColumn<int>("bom");
        const QString polish =
            u"imię;nazwisko;miasto\nŁucja;Wiśniewska;Łódź\nPaweł;Dąbrowski;Kraków\n"_s;
        const QString russian = u"имя;фамилия\nНаталья;Соколова\nДмитрий;Иванов\n"_s;
        const QString swedish =
            u"förnamn;efternamn;ort\nÅsa;Sjöberg;Göteborg\nBjörn;Åberg;Malmö\n"_s;
        const auto encode = [](const char* name, const QString& text) {
            return QByteArray(QStringEncoder(name).encode(text));
        };
        QTest::newRow("utf-8") << polish.toUtf8() << QByteArray("UTF-8") << 0;
        QTest::newRow("utf-8 bom")
            << QByteArray("\xEF\xBB\xBF") + polish.toUtf8() << QByteArray("UTF-8") << 3;
        QTest::newRow("utf-16le bom")
            << QByteArray("\xFF\xFE") + encode("UTF-16LE", russian) << QByteArray("UTF-16LE") << 2;
        QTest::newRow("utf-16be bom")
            << QByteArray("\xFE\xFF") + encode("UTF-16BE", russian) << QByteArray("UTF-16BE") << 2;
        QTest::newRow("utf-16le no bom")
            << encode("UTF-16LE", swedish) << QByteArray("UTF-16LE") << 0;
        QTest::newRow("polish excel")
            << encode("windows-1250", polish) << QByteArray("windows-1250") << 0;
        QTest::newRow("russian excel")
            << encode("windows-1251", russian) << QByteArray("windows-1251") << 0;
        QTest::newRow("swedish excel")
            << encode("windows-1252", swedish) << QByteArray("windows-1252") << 0;
        // A CRM export: mostly ASCII (e-mails, dates, amounts) with Russian names; it once came
        // out as windows-1250 ("Ńĺđăĺé Ćóęîâ").
        const QString crm = u"email,first_name,last_name,company,amount,created\n"
                            "sergey.zhukov@example.ru,Сергей,Жуков,Fjordly LLC,12500,2024-03-01\n"
                            "anna.petrova@example.ru,Анна,Петрова,Acme Corp,8300,2024-03-02\n"
                            "ivan@example.com,Иван,Smith,Example Inc,4100,2024-03-03\n"_s;
        QTest::newRow("russian names in an ascii crm export")
            << encode("windows-1251", crm) << QByteArray("windows-1251") << 0;
        QTest::newRow("russian koi8-r") << encode("KOI8-R", russian) << QByteArray("KOI8-R") << 0;
        QTest::newRow("russian crm koi8-r") << encode("KOI8-R", crm) << QByteArray("KOI8-R") << 0;
        QTest::newRow("polish iso-8859-2")
            << encode("ISO-8859-2", polish) << QByteArray("ISO-8859-2") << 0;
        const QString polishCrm = u"email,first_name,last_name,city\n"
                                  "l.wisniewska@example.pl,Łucja,Wiśniewska,Łódź\n"
                                  "p.dabrowski@example.pl,Paweł,Dąbrowski,Gdańsk\n"
                                  "z.zolc@example.pl,Zażółć,Gęślą,Jaźń\n"_s;
        QTest::newRow("polish crm windows-1250")
            << encode("windows-1250", polishCrm) << QByteArray("windows-1250") << 0;
        QTest::newRow("polish crm iso-8859-2")
            << encode("ISO-8859-2", polishCrm) << QByteArray("ISO-8859-2") << 0;
        QTest::newRow("dutch windows-1252")
            << encode("windows-1252", u"naam,plaats\nRené Noël,Den Haag\nZoë Brouwer,Zwolle\n"_s)
            << QByteArray("windows-1252") << 0;
        QTest::newRow("swedish crm windows-1252")
            << encode("windows-1252", u"email,namn,ort\nasa@example.se,Åsa Ström,Västerås\n"
                                      "bjorn@example.se,Björn Öberg,Jönköping\n"_s)
            << QByteArray("windows-1252") << 0;
        QTest::newRow("utf-16le no bom, russian")
            << encode("UTF-16LE", russian) << QByteArray("UTF-16LE") << 0;
        QTest::newRow("utf-16be no bom, polish")
            << encode("UTF-16BE", polish) << QByteArray("UTF-16BE") << 0;
        // Over 32 KB: the sample decides, not the whole head (it never found UTF-16 here).
        QTest::newRow("utf-16le no bom, long")
            << encode("UTF-16LE", swedish.repeated(800)) << QByteArray("UTF-16LE") << 0;
    }

    void detectsEncodings()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QByteArray, encoding);
        QFETCH(int, bom);
        int bomLength = -1;
        QCOMPARE(detectEncoding(bytes, &bomLength), encoding);
        QCOMPARE(bomLength, bom);
    }

    /// Excel's "CSV (Macintosh)" ends lines in a lone '\r'; every line break style reads alike.
    void readsEveryLineBreakStyle_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QByteArray lines[] = {"visitor;time;page", "A;2024-03-01;\"x\ny\"", "B;2024-03-02;z"};
        for (const auto& [name, br] :
             {std::pair{"lf", "\n"}, std::pair{"crlf", "\r\n"}, std::pair{"cr", "\r"}}) {
            QByteArray text = lines[0] + br + lines[1] + br + lines[2] + br;
            QTest::newRow(name) << text;
            text.chop(qstrlen(br));
            QTest::addRow("%s, no final break", name) << text;
        }
    }

    void readsEveryLineBreakStyle()
    {
        QFETCH(QByteArray, bytes);
        const QString path = write(bytes);
        auto head = TextFiles::detect(path, {}, 0);
        QVERIFY(head.ok());
        QCOMPARE(head->format.delimiter, ';');
        auto text = TextFiles::open(path, head->format);
        QVERIFY(text.ok());
        CsvReader reader(**text, head->format.delimiter);
        QStringList rows;
        while (reader.next()) {
            QStringList cells;
            for (std::string_view f : reader.fields())
                cells.append(QString::fromUtf8(f.data(), qsizetype(f.size())));
            rows.append(cells.join(u'|'));
        }
        QVERIFY(!reader.failed());
        QCOMPARE(rows, (QStringList{u"visitor|time|page"_s, u"A|2024-03-01|x\ny"_s,
                                    u"B|2024-03-02|z"_s}));
    }

    /// A "\r\n" split between two reads of the line-break conversion is one break.
    void lineBreaksAcrossReads()
    {
        QByteArray text;
        for (int i = 0; i < 40000; ++i)
            text += "row" + QByteArray::number(i) + (i % 3 ? "\r" : "\r\n");
        const QString path = write(text);
        auto source = ByteSources::open(path);
        QVERIFY(source.ok());
        auto lf = ByteSources::lfLineBreaks(std::move(*source));
        QByteArray out;
        char buffer[4093]; // an odd size, so pairs fall across reads
        qint64 n;
        while ((n = lf->read(buffer, sizeof buffer)) > 0)
            out.append(buffer, n);
        QCOMPARE(out.count('\n'), 40000);
        QCOMPARE(out.count('\r'), 0);
    }

    void transcodesToUtf8()
    {
        const QString text = u"имя;город\nНаталья;Санкт-Петербург\n"_s;
        const QString path = write(QStringEncoder("windows-1251").encode(text));
        auto source = ByteSources::open(path);
        QVERIFY(source.ok());
        auto utf8 = ByteSources::transcoding(std::move(*source), "windows-1251", 0);
        CsvReader reader(*utf8, ';');
        QVERIFY(reader.next());
        QVERIFY(reader.next());
        QCOMPARE(QString::fromUtf8(reader.fields()[1].data(), qsizetype(reader.fields()[1].size())),
                 u"Санкт-Петербург"_s);
    }

    void detectsDelimiters_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<char>("delimiter");
        QTest::addColumn<bool>("sepLine");
        QTest::newRow("comma") << QByteArray("a,b,c\n1,2,3\n4,5,6\n") << ',' << false;
        QTest::newRow("semicolon with decimal commas")
            << QByteArray("a;b;c\n1,5;2,25;3\n4;5,1;6\n") << ';' << false;
        QTest::newRow("tab") << QByteArray("a\tb\n1\t2\n") << '\t' << false;
        QTest::newRow("pipe") << QByteArray("a|b|c\n1|2|3\n") << '|' << false;
        QTest::newRow("quoted commas")
            << QByteArray("a;b\n\"x, y, z\";2\n\"p, q\";3\n") << ';' << false;
        QTest::newRow("excel sep line") << QByteArray("sep=;\na,b;c\n") << ';' << true;
        QTest::newRow("single column") << QByteArray("email\na@x.com\n") << ',' << false;
    }

    void detectsDelimiters()
    {
        QFETCH(QByteArray, head);
        QFETCH(char, delimiter);
        QFETCH(bool, sepLine);
        bool sep = false;
        QCOMPARE(detectDelimiter(head, &sep), delimiter);
        QCOMPARE(sep, sepLine);
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
