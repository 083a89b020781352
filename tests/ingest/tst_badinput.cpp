// Broken file shapes (docs/import.md, "Bad input"): each either imports correctly or gives a
// clear message naming the file, and for a row its line and column; nothing is half imported.
#include "ingest/costimporter.h"
#include "ingest/crmimporter.h"
#include "ingest/trackingimporter.h"
#include "scratchworkspaces.h"
#include "store/workspace.h"
#include "testsupport.h"

#include <QTest>

using namespace leadloop;
using namespace Qt::StringLiterals;

namespace {

const QByteArray header = "visitor,time,url\n";
const QByteArray row =
    "v1,2024-03-05T14:22:31Z,https://a.example/?utm_source=google&utm_medium=cpc\n";

/// What an import of one broken file must do: import `imported` rows and reject one row per
/// entry of `rejected` ("line:column:code"), or fail whole with a message holding `failure`.
struct Expectation
{
    Expectation(qint64 rows = 0, QStringList rejects = {}, QString fails = {})
        : imported(rows)
        , rejected(std::move(rejects))
        , failure(std::move(fails))
    {}
    qint64 imported;
    QStringList rejected;
    QString failure;
};

} // namespace

Q_DECLARE_METATYPE(Expectation)

class TestBadInput : public QObject
{
    Q_OBJECT

    test::ScratchWorkspaces m_dir;

    static qint64 rows(Workspace& ws, const char* table)
    {
        return test::queryRows(ws.database(),
                               (QByteArray("SELECT count(*) FROM ") + table).constData())
            .value(0)
            .toLongLong();
    }

    static QStringList rejections(const QList<ImportIssue>& issues)
    {
        QStringList out;
        for (const ImportIssue& issue : issues)
            if (issue.severity == u"error")
                out.append(u"%1:%2:%3"_s.arg(issue.row).arg(issue.column, issue.code));
        return out;
    }

private slots:
    void initTestCase() { test::isolateSettings(); }

    void trackingFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<Expectation>("expected");
        QTest::newRow("UTF-8 BOM") << QByteArray("\xef\xbb\xbf" + header + row) << Expectation{1};
        QTest::newRow("UTF-16 BOM") << [] {
            const QString text = QString::fromUtf8(header + row);
            QByteArray bytes("\xff\xfe");
            bytes.append(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
            return bytes;
        }() << Expectation{1};
        QTest::newRow("NUL byte in a value")
            << QByteArray(header +
                          QByteArray("v2,2024-03-05T14:22:31Z,https://a.example/\0x\n", 45) + row)
            << Expectation{1, {u"2:url:nul_byte"_s}};
        QTest::newRow("10 MB cell")
            << QByteArray(header + "v2,2024-03-05T14:22:31Z,https://a.example/?q=" +
                          QByteArray(10 * 1024 * 1024, 'x') + "\n" + row)
            << Expectation{2};
        QTest::newRow("100,000 columns") << [] {
            QByteArray bytes = "visitor,time,url";
            for (int i = 0; i < 100'000; ++i)
                bytes += ",c" + QByteArray::number(i);
            return bytes + "\n" + "v1,2024-03-05T14:22:31Z,https://a.example/" +
                   QByteArray(100'000, ',') + "\n";
        }() << Expectation{1};
        QTest::newRow("1900 and 2100")
            << QByteArray(header +
                          "v1,1900-01-01T00:00:00Z,https://a.example/\n"
                          "v2,2100-12-31T23:59:59Z,https://a.example/\n" +
                          row)
            << Expectation{1, {u"2:time:time_out_of_range"_s, u"3:time:time_out_of_range"_s}};
        QTest::newRow("epoch in the wrong unit")
            << QByteArray(header + "v1,1709648551123456789,https://a.example/\n" + row)
            << Expectation{1, {u"2:time:bad_time"_s}};
        QTest::newRow("duplicate header")
            << QByteArray("visitor,time,url,URL\nv1,2024-03-05T14:22:31Z,https://a.example/,"
                          "https://b.example/\n")
            << Expectation{0, {}, u"the column 'url' twice (columns 3 and 4)"_s};
        QTest::newRow("duplicate unused column")
            << QByteArray("visitor,time,url,notes,notes\nv1,2024-03-05T14:22:31Z,https://"
                          "a.example/,a,b\n")
            << Expectation{1};
        QTest::newRow("formula-looking text")
            << QByteArray(header + "=HYPERLINK(\"x\"),2024-03-05T14:22:31Z,https://a.example/"
                                   "?utm_campaign=%3D1%2B1\n")
            << Expectation{1};
        QTest::newRow("right-to-left text")
            << QByteArray(header + "\xe2\x80\xae"
                                   "evil,2024-03-05T14:22:31Z,https://a.example/"
                                   "?utm_campaign=\xd7\xa9\xd7\x9c\xd7\x95\xd7\x9d\n")
            << Expectation{1};
        QTest::newRow("too few fields") << QByteArray(header + "v1,2024-03-05T14:22:31Z\n" + row)
                                        << Expectation{1, {u"2::too_few_fields"_s}};
        QTest::newRow("unterminated quote")
            << QByteArray(header + "\"v1,2024-03-05T14:22:31Z,https://a.example/\n")
            << Expectation{0, {}, u"visits.csv"_s};
        QTest::newRow("only a header") << header << Expectation{0};
        QTest::newRow("empty file") << QByteArray() << Expectation{0, {}, u"visits.csv"_s};
        QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)
                                << Expectation{0, {}, u"visits.csv"_s};
    }

    void trackingFiles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(Expectation, expected);
        auto ws = m_dir.create();
        QVERIFY(ws);
        const auto digests = test::tableDigests(ws->database());
        const QString path = m_dir.file(u"visits.csv"_s, bytes);
        auto report = TrackingImporter::run(*ws, path, {});
        if (!expected.failure.isEmpty()) {
            QVERIFY2(!report.ok(), "the import should have failed");
            QVERIFY2(report.error().message.contains(expected.failure),
                     qPrintable(report.error().message));
            QVERIFY(report.error().message.contains(u"visits.csv"_s));
            QCOMPARE(test::tableDigests(ws->database()), digests); // nothing written
            return;
        }
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
        QCOMPARE(report->batch.rowsImported, expected.imported);
        QCOMPARE(rejections(report->issues), expected.rejected);
        QCOMPARE(rows(*ws, "pageviews"), expected.imported);
        for (const ImportIssue& issue : report->issues)
            QVERIFY(!issue.message.isEmpty());
    }

    void moneyFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("costs");
        QTest::addColumn<Expectation>("expected");
        QTest::newRow("negative, NaN and infinite costs")
            << QByteArray("date,campaign,cost,currency\n2024-03-01,spring,-12.50,EUR\n"
                          "2024-03-02,spring,NaN,EUR\n2024-03-03,spring,inf,EUR\n"
                          "2024-03-04,spring,1e400,EUR\n2024-03-05,spring,12.50,EUR\n")
            << true
            << Expectation{1,
                           {u"2:cost:bad_amount"_s, u"3:cost:bad_amount"_s, u"4:cost:bad_amount"_s,
                            u"5:cost:bad_amount"_s}};
        QTest::newRow("cost dates in 1900 and 2100")
            << QByteArray("date,campaign,cost,currency\n1900-01-01,spring,10,EUR\n"
                          "2100-01-01,spring,10,EUR\n2024-03-05,spring,12.50,EUR\n")
            << true << Expectation{3};
        QTest::newRow("negative and NaN deal amounts")
            << QByteArray("email,deal,amount,currency,stage\na@b.example,D1,-100,EUR,Closed Won\n"
                          "c@d.example,D2,NaN,EUR,Closed Won\ne@f.example,D3,250,EUR,Closed Won\n")
            << false << Expectation{1, {u"2:amount:bad_amount"_s, u"3:amount:bad_amount"_s}};
        QTest::newRow("duplicate e-mail column")
            << QByteArray("email,Email,name\na@b.example,c@d.example,Anna\n") << false
            << Expectation{0, {}, u"the column 'email' twice (columns 1 and 2)"_s};
    }

    void moneyFiles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, costs);
        QFETCH(Expectation, expected);
        auto ws = m_dir.create();
        QVERIFY(ws);
        const auto digests = test::tableDigests(ws->database());
        const QString path = m_dir.file(u"export.csv"_s, bytes);
        Result<qint64> imported = Error{ErrorCode::Database, QString()};
        QList<ImportIssue> issues;
        if (costs) {
            auto report = CostImporter::importCosts(*ws, path, {});
            if (report) {
                imported = report->batch.rowsImported;
                issues = report->issues;
            } else {
                imported = report.error();
            }
        } else {
            auto report = CrmImporter::run(*ws, path, {});
            if (report) {
                imported = report->batch.rowsImported;
                issues = report->issues;
            } else {
                imported = report.error();
            }
        }
        if (!expected.failure.isEmpty()) {
            QVERIFY(!imported.ok());
            QVERIFY2(imported.error().message.contains(expected.failure),
                     qPrintable(imported.error().message));
            QVERIFY(imported.error().message.contains(u"export.csv"_s));
            QCOMPARE(test::tableDigests(ws->database()), digests);
            return;
        }
        QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().message));
        QCOMPARE(*imported, expected.imported);
        QCOMPARE(rejections(issues), expected.rejected);
    }
};

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"
