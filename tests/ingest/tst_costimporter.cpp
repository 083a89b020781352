#include "ingest/costimporter.h"
#include "ingest/trackingimporter.h"
#include "store/database.h"
#include "store/statement.h"
#include "store/workspace.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace leadloop;
using namespace Qt::StringLiterals;

/// Campaign costs and currency rates: matching to sessions, periods, conversion, re-imports.
class TestCostImporter : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_count = 0;

    QString file(const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(u"in%1.csv"_s.arg(++m_count));
        test::writeFile(path, bytes);
        return path;
    }

    static QStringList rows(Workspace& ws, const char* sql)
    {
        return test::queryRows(ws.database(), sql);
    }

    /// A workspace whose sessions carry google / cpc / spring_sale, with PLN rates.
    std::unique_ptr<Workspace> workspace()
    {
        auto ws = Workspace::create(m_dir.filePath(u"ws%1.leadloop"_s.arg(++m_count)));
        if (!ws)
            return nullptr;
        if (!TrackingImporter::run(**ws,
                                   file("visitor,time,url\nA,2024-03-05T10:00:00Z,https://x.com/"
                                        "?utm_source=google&utm_medium=cpc&utm_campaign=Spring_Sale"
                                        "\n"),
                                   {}))
            return nullptr;
        if (!CostImporter::importRates(**ws,
                                       file("date,currency,rate\n2024-03-01,PLN,\"0,23\"\n"
                                            "2024-03-04,pln,0.25\n"),
                                       {}))
            return nullptr;
        return std::move(*ws);
    }

private slots:
    void importsCosts()
    {
        auto ws = workspace();
        QVERIFY(ws);
        const QByteArray costs = "date,end_date,source,medium,campaign,cost,currency,clicks\n"
                                 "2024-03-05,,google,cpc,spring_sale,100.00,EUR,40\n"
                                 "2024-03-02,,facebook,paid_social,ghost,50,,\n"
                                 "2024-03-01,2024-03-03,google,cpc,spring_sale,\"10,00\",PLN,\n"
                                 "2024-02-01,,google,cpc,spring_sale,10,SEK,\n"
                                 "2024-03-06,,google,cpc,spring_sale,lots,EUR,\n";
        auto report = CostImporter::importCosts(*ws, file(costs), {});
        QVERIFY(report.ok());
        QCOMPARE(report->batch.rowsRead, 5);
        QCOMPARE(report->batch.rowsImported, 3);
        QCOMPARE(report->batch.rowsRejected, 2);
        QCOMPARE(report->campaignsCreated, 2);
        QCOMPARE(report->days, 5); // 1 + 1 + 3
        QCOMPARE(report->unmatchedRows, 1);
        // 100.00 EUR + 50.00 EUR + 10.00 PLN spread 3.34 / 3.33 / 3.33 at 0.23 (0.77 each).
        QCOMPARE(report->totalCostCents, 10000 + 5000 + 231);
        QStringList issues;
        for (const ImportIssue& issue : report->issues)
            issues.append(
                u"%1|%2|%3|%4"_s.arg(issue.row).arg(issue.severity, issue.column, issue.code));
        QCOMPARE(issues,
                 (QStringList{u"3|warning|campaign|unmatched_campaign"_s,
                              u"5|error|currency|missing_rate"_s, u"6|error|cost|bad_amount"_s}));
        QCOMPARE(rows(*ws, "SELECT c.name, c.source, k.day, k.cost_cents, k.currency, "
                           "coalesce(k.clicks, '') FROM campaign_costs k JOIN campaigns c ON c.id "
                           "= k.campaign_id ORDER BY k.day, c.name"),
                 (QStringList{u"spring_sale|google|1709251200000|334|PLN|"_s,
                              u"ghost|facebook|1709337600000|5000|EUR|"_s,
                              u"spring_sale|google|1709337600000|333|PLN|"_s,
                              u"spring_sale|google|1709424000000|333|PLN|"_s,
                              u"spring_sale|google|1709596800000|10000|EUR|40"_s}));
        // The same file again replaces each campaign-day instead of adding to it.
        auto again = CostImporter::importCosts(*ws, file(costs), {});
        QVERIFY(again.ok());
        QCOMPARE(again->replaced, 5);
        QCOMPARE(rows(*ws, "SELECT count(*), sum(cost_cents) FROM campaign_costs"),
                 QStringList{u"5|16000"_s}); // 150.00 EUR and 10.00 PLN, in their currencies
    }

    void needsItsColumns()
    {
        auto ws = workspace();
        QVERIFY(ws);
        auto report = CostImporter::importCosts(*ws, file("day,spend\n2024-03-01,5\n"), {});
        QVERIFY(!report.ok());
        QCOMPARE(report.error().code, ErrorCode::BadInput);
        QVERIFY(report.error().message.contains(u"campaign"_s)); // names the missing column
        CostImportOptions options;
        options.map = {{u"campaign"_s, u"kampagne"_s}};
        report =
            CostImporter::importCosts(*ws, file("day,kampagne,spend\n2024-03-01,x,5\n"), options);
        QVERIFY2(report.ok(), qPrintable(report ? QString() : report.error().message));
        QCOMPARE(report->days, 1);
    }

    void rejectsBadRates()
    {
        auto ws = workspace();
        QVERIFY(ws);
        auto report = CostImporter::importRates(
            *ws, file("date,currency,rate\n2024-03-05,SEK,-1\n2024-03-05,euro,1\nx,SEK,1\n"), {});
        QVERIFY(report.ok());
        QCOMPARE(report->batch.rowsRejected, 3);
        QCOMPARE(rows(*ws, "SELECT count(*) FROM currency_rates"), QStringList{u"2"_s});
    }
};

QTEST_GUILESS_MAIN(TestCostImporter)
#include "tst_costimporter.moc"
