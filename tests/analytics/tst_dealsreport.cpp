#include "analytics/dealsreport.h"
#include "ingest/costimporter.h"
#include "ingest/crmimporter.h"
#include "store/workspace.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace leadloop;
using namespace Qt::StringLiterals;

/// The deals report on a pipeline computed by hand, including a deal won in another currency.
class TestDealsReport : public QObject
{
    Q_OBJECT

    test::ScratchDir m_dir;
    std::unique_ptr<Workspace> m_ws;

    QString file(const QString& name, const QByteArray& bytes) { return m_dir.file(name, bytes); }

    QStringList rows(const QString& by)
    {
        auto table = DealsReport::run(m_ws->database(), by);
        if (!table) {
            qWarning() << table.error().message;
            return {};
        }
        return test::tableLines(*table, false);
    }

private slots:
    void initTestCase()
    {
        auto ws = Workspace::create(m_dir.path(u"deals.leadloop"_s));
        QVERIFY(ws.ok());
        m_ws = std::move(*ws);
        // Ewa: 3 deals (won 1,000 EUR in 10 days; lost in 20 days; open). Jan: won 4,000 PLN in
        // 5 days, at 0.25 EUR per PLN = 1,000 EUR; lost on price in 7 days.
        QVERIFY(CostImporter::importRates(*m_ws,
                                          file(u"r.csv"_s, "date,currency,rate\n"
                                                           "2024-01-01,PLN,0.25\n"),
                                          {})
                    .ok());
        QVERIFY(
            CrmImporter::run(*m_ws,
                             file(u"p.csv"_s,
                                  "deal_id,owner,product,stage,amount,currency,deal_created,closed,"
                                  "lost_reason\n"
                                  "1,Ewa,Pro,Won,1000,EUR,2024-03-01,2024-03-11,\n"
                                  "2,Ewa,Pro,Lost,500,EUR,2024-03-01,2024-03-21,timing\n"
                                  "3,Ewa,Basic,Proposal,300,EUR,2024-03-05,,\n"
                                  "4,Jan,Basic,Won,4000,PLN,2024-03-01,2024-03-06,\n"
                                  "5,Jan,Basic,Lost,200,EUR,2024-03-01,2024-03-08,price\n"),
                             {})
                .ok());
    }

    void groups_data()
    {
        QTest::addColumn<QString>("by");
        QTest::addColumn<QStringList>("expected");
        // deals|open|won|lost|won value|win rate|average won|median days to close
        QTest::newRow("owner") << u"owner"_s
                               << QStringList{u"Ewa|3|1|1|1|1000|0.5|1000|15"_s,
                                              u"Jan|2|0|1|1|1000|0.5|1000|6"_s};
        QTest::newRow("product") << u"product"_s
                                 << QStringList{u"Basic|3|1|1|1|1000|0.5|1000|6"_s,
                                                u"Pro|2|0|1|1|1000|0.5|1000|15"_s};
        QTest::newRow("lost reason")
            << u"lost-reason"_s
            << QStringList{u"(not set)|3|1|2|0|2000|1|1000|7.5"_s, u"price|1|0|0|1|0|0||7"_s,
                           u"timing|1|0|0|1|0|0||20"_s};
        QTest::newRow("channel (no tracked visits)")
            << u"channel"_s << QStringList{u"(none)|5|1|2|2|2000|0.5|1000|8.5"_s};
    }

    void groups()
    {
        QFETCH(QString, by);
        QFETCH(QStringList, expected);
        QCOMPARE(rows(by), expected);
    }

    void saysWhatRevenueAndDurationsLeaveOut()
    {
        // None of these deals names a contact: the two won ones (1,000 EUR each) count here but
        // not in people-based revenue.
        auto table = DealsReport::run(m_ws->database(), u"owner"_s);
        QVERIFY(table.ok());
        QCOMPARE(table->meta.value(u"won_without_contact"_s).toInt(), 2);
        QCOMPARE(table->meta.value(u"won_value_without_contact"_s).toDouble(), 2000.0);
        QCOMPARE(table->meta.value(u"closed_before_created"_s).toInt(), 0);
        // A deal lost "before" it was created (an export's dates) has no duration: Ewa's
        // median stays 15 days, and the deal is counted.
        QVERIFY(CrmImporter::run(*m_ws,
                                 file(u"back.csv"_s,
                                      "deal_id,owner,stage,amount,currency,deal_created,closed\n"
                                      "7,Ewa,Lost,100,EUR,2024-03-20,2024-03-02\n"),
                                 {})
                    .ok());
        table = DealsReport::run(m_ws->database(), u"owner"_s);
        QVERIFY(table.ok());
        QCOMPARE(table->meta.value(u"closed_before_created"_s).toInt(), 1);
        QCOMPARE(test::tableLines(*table, false).value(0), u"Ewa|4|1|1|2|1000|0.3333|1000|15"_s);
    }

    void refusesAnUnknownGroupingAndAMissingRate()
    {
        QCOMPARE(DealsReport::run(m_ws->database(), u"weather"_s).error().code,
                 ErrorCode::InvalidArgument);
        QVERIFY(CrmImporter::run(*m_ws,
                                 file(u"q.csv"_s, "deal_id,owner,stage,amount,currency,closed\n"
                                                  "6,Ewa,Won,10,SEK,2024-03-09\n"),
                                 {})
                    .ok());
        auto table = DealsReport::run(m_ws->database(), u"owner"_s);
        QVERIFY(!table.ok());
        QCOMPARE(table.error().code, ErrorCode::BadInput);
        QVERIFY(table.error().message.contains(u"SEK"_s)); // names the currency without a rate
    }
};

QTEST_GUILESS_MAIN(TestDealsReport)
#include "tst_dealsreport.moc"
