#include "analytics/attributionreport.h"
#include "analytics/channelsreport.h"
#include "analytics/dealsreport.h"
#include "analytics/funnelreport.h"
#include "analytics/pathsreport.h"
#include "analytics/reportfilter.h"
#include "analytics/trendreport.h"
#include "ingest/costimporter.h"
#include "ingest/crmimporter.h"
#include "ingest/trackingimporter.h"
#include "store/workspace.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace leadloop;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(leadloop::ReportFilter)

/// Filters and people dimensions on a closed loop computed by hand (docs/metrics.md, "Filters"):
///
///   Anna (A):  Paid Search 1 March, Direct 10 March with the form → lead; deal 1 (Ewa, Pro)
///              won 1,000 EUR on 20 March. Lifecycle stage customer.
///   Bob (B):   Email 2 March, Direct 5 March with the form → lead; deal 2 (Jan, Basic) lost.
///   Dora (D):  Paid Search (campaign spring) 3 March with the form → lead; deal 3 (Ewa, Basic)
///              won 300 EUR on 8 March.
///   Visitor C: one Direct visit, never converted.
/// Spend: 50 EUR on google / cpc "brand", 30 EUR on google / cpc "spring".
class TestReportFilter : public QObject
{
    Q_OBJECT

    test::ScratchDir m_dir;
    std::unique_ptr<Workspace> m_ws;

    QString file(const QString& name, const QByteArray& bytes) { return m_dir.file(name, bytes); }

    /// Every row as its cells joined by '|', sorted; "error" when the report failed.
    static QStringList lines(const Result<ResultTable>& table)
    {
        if (!table) {
            qWarning() << table.error().message;
            return {u"error"_s};
        }
        return test::tableLines(*table);
    }

    QStringList attribution(const QString& model, const QString& conversion,
                            const ReportFilter& filter, const QString& by = u"channel"_s)
    {
        PathQuery query;
        query.kind = *ConversionPaths::kindFromName(conversion, &query.eventName);
        query.dimension = by;
        query.filter = filter;
        return lines(AttributionReport::run(m_ws->database(), {*attribution::modelFromId(model)},
                                            query, {}));
    }

private slots:
    void initTestCase()
    {
        auto ws = Workspace::create(m_dir.path(u"filters.leadloop"_s));
        QVERIFY(ws.ok());
        m_ws = std::move(*ws);
        const QByteArray tracking =
            "visitor,time,url,event,email\n"
            "A,2024-03-01T10:00:00Z,https://www.fjordly.com/?utm_source=google&utm_medium=cpc,,\n"
            "B,2024-03-02T10:00:00Z,https://www.fjordly.com/?utm_source=news&utm_medium=email,,\n"
            "D,2024-03-03T10:00:00Z,https://www.fjordly.com/"
            "?utm_source=google&utm_medium=cpc&utm_campaign=spring,,\n"
            "D,2024-03-03T10:01:00Z,https://www.fjordly.com/demo,form_submit,dora@fjordly.pl\n"
            "B,2024-03-05T10:00:00Z,https://www.fjordly.com/demo,,\n"
            "B,2024-03-05T10:01:00Z,https://www.fjordly.com/demo,form_submit,bob@voorbeeld.nl\n"
            "C,2024-03-06T10:00:00Z,https://www.fjordly.com/,,\n"
            "A,2024-03-10T10:00:00Z,https://www.fjordly.com/demo,,\n"
            "A,2024-03-10T10:01:00Z,https://www.fjordly.com/demo,form_submit,anna@fjordly.pl\n";
        QVERIFY(TrackingImporter::run(*m_ws, file(u"t.csv"_s, tracking), {}).ok());
        QVERIFY(CrmImporter::run(
                    *m_ws,
                    file(u"c.csv"_s,
                         "email,company,lifecycle_stage,deal_id,owner,product,account,amount,"
                         "currency,stage,deal_created,closed\n"
                         "anna@fjordly.pl,Fjordly,customer,1,Ewa,Pro,Fjordly,1000,EUR,Won,"
                         "2024-03-12,2024-03-20\n"
                         "bob@voorbeeld.nl,Voorbeeld,lead,2,Jan,Basic,Voorbeeld,500,EUR,Lost,"
                         "2024-03-06,2024-03-15\n"
                         "dora@fjordly.pl,Fjordly,lead,3,Ewa,Basic,Fjordly,300,EUR,Won,"
                         "2024-03-04,2024-03-08\n"),
                    {})
                    .ok());
        QVERIFY(CostImporter::importCosts(*m_ws,
                                          file(u"k.csv"_s, "date,source,medium,campaign,cost\n"
                                                           "2024-03-01,google,cpc,brand,50\n"
                                                           "2024-03-03,google,cpc,spring,30\n"),
                                          {})
                    .ok());
    }

    void attribution_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("conversion");
        QTest::addColumn<ReportFilter>("filter");
        QTest::addColumn<QString>("by");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("no filter")
            << u"linear"_s << u"lead"_s << ReportFilter() << u"channel"_s
            << QStringList{u"Direct|1|0"_s, u"Email|0.5|0"_s, u"Paid Search|1.5|0"_s};
        // A session filter keeps the credit of the matching touches: the unfiltered row.
        QTest::newRow("channel") << u"linear"_s << u"lead"_s
                                 << test::with<ReportFilter>(
                                        [](ReportFilter& f) { f.channels = {u"Paid Search"_s}; })
                                 << u"channel"_s << QStringList{u"Paid Search|1.5|0"_s};
        QTest::newRow("channel, markov")
            << u"markov"_s << u"lead"_s
            << test::with<ReportFilter>([](ReportFilter& f) { f.channels = {u"Email"_s}; })
            << u"channel"_s
            << QStringList{u"Email|0.4615|0|0.222222"_s}; // removal effects 2/9, 5/9, 2/3 (docs)
        // Only Dora's visit carried the spring campaign.
        QTest::newRow("campaign") << u"linear"_s << u"lead"_s
                                  << test::with<ReportFilter>(
                                         [](ReportFilter& f) { f.campaigns = {u"spring"_s}; })
                                  << u"channel"_s << QStringList{u"Paid Search|1|0"_s};
        QTest::newRow("source / medium")
            << u"first_touch"_s << u"lead"_s << test::with<ReportFilter>([](ReportFilter& f) {
                   f.sourceMediums = {u"news / email"_s};
               })
            << u"channel"_s << QStringList{u"Email|1|0"_s};
        // People filters keep whole people: Ewa owns Anna's and Dora's deals.
        QTest::newRow("owner") << u"linear"_s << u"lead"_s
                               << test::with<ReportFilter>(
                                      [](ReportFilter& f) { f.owners = {u"Ewa"_s}; })
                               << u"channel"_s
                               << QStringList{u"Direct|0.5|0"_s, u"Paid Search|1.5|0"_s};
        QTest::newRow("product, revenue")
            << u"linear"_s << u"revenue"_s
            << test::with<ReportFilter>([](ReportFilter& f) { f.products = {u"Basic"_s}; })
            << u"channel"_s << QStringList{u"Paid Search|1|300"_s};
        QTest::newRow("contact field")
            << u"linear"_s << u"lead"_s << test::with<ReportFilter>([](ReportFilter& f) {
                   f.contactFields[u"lifecycle_stage"_s] = {u"customer"_s};
               })
            << u"channel"_s << QStringList{u"Direct|0.5|0"_s, u"Paid Search|0.5|0"_s};
        QTest::newRow("e-mail domain")
            << u"first_touch"_s << u"lead"_s << test::with<ReportFilter>([](ReportFilter& f) {
                   f.contactFields[u"email_domain"_s] = {u"voorbeeld.nl"_s};
               })
            << u"channel"_s << QStringList{u"Email|1|0"_s};
        QTest::newRow("date and channel")
            << u"linear"_s << u"lead"_s << test::with<ReportFilter>([](ReportFilter& f) {
                   f.channels = {u"Paid Search"_s};
                   f.from = 1709856000000; // 8 March: Anna's lead only
               })
            << u"channel"_s << QStringList{u"Paid Search|0.5|0"_s};
        // People dimensions: a conversion is its person's or deal's.
        QTest::newRow("by owner, leads") << u"markov"_s << u"lead"_s << ReportFilter() << u"owner"_s
                                         << QStringList{u"Ewa|2|0"_s, u"Jan|1|0"_s};
        QTest::newRow("by owner, revenue") << u"linear"_s << u"revenue"_s << ReportFilter()
                                           << u"owner"_s << QStringList{u"Ewa|2|1300"_s};
        QTest::newRow("by product, leads")
            << u"shapley"_s << u"lead"_s << ReportFilter() << u"product"_s
            << QStringList{u"Basic|2|0"_s, u"Pro|1|0"_s};
        QTest::newRow("by account, opportunities, one channel")
            << u"first_touch"_s << u"opportunity"_s
            << test::with<ReportFilter>([](ReportFilter& f) { f.channels = {u"Email"_s}; })
            << u"account"_s << QStringList{u"Voorbeeld|1|500"_s};
    }

    void attribution()
    {
        QFETCH(QString, model);
        QFETCH(QString, conversion);
        QFETCH(ReportFilter, filter);
        QFETCH(QString, by);
        QFETCH(QStringList, expected);
        QCOMPARE(attribution(model, conversion, filter, by), expected);
    }

    void aSessionFilterKeepsTheUnfilteredRows()
    {
        // For every single-touch and multi-touch model, filtering by a channel shows exactly
        // that channel's row of the unfiltered report.
        for (attribution::Model model : attribution::allModels()) {
            const QString id = attribution::modelId(model);
            const QStringList all = attribution(id, u"lead"_s, {});
            for (const QString& channel : {u"Paid Search"_s, u"Email"_s, u"Direct"_s}) {
                ReportFilter f;
                f.channels = {channel};
                const QStringList one = attribution(id, u"lead"_s, f);
                QStringList expected;
                for (const QString& line : all)
                    if (line.startsWith(channel + u'|'))
                        expected.append(line);
                QCOMPARE(one, expected);
            }
        }
    }

    void funnel_data()
    {
        QTest::addColumn<ReportFilter>("filter");
        QTest::addColumn<QString>("by");
        QTest::addColumn<QStringList>("expected");
        // group|visitors|leads|opportunities|customers|revenue|visitor→lead|lead→opportunity|
        // opportunity→customer|visitor→customer|days to lead|to opportunity|to customer
        QTest::newRow("channel") << test::with<ReportFilter>([](ReportFilter& f) {
            f.channels = {u"Paid Search"_s};
        }) << u"channel"_s << QStringList{u"Paid Search|2|2|2|2|1300|1|1|1|1|4.5|1.1|6"_s};
        QTest::newRow("by owner") << ReportFilter() << u"owner"_s
                                  << QStringList{u"(none)|1|0|0|0|0|0|||0|||"_s,
                                                 u"Ewa|2|2|2|2|1300|1|1|1|1|4.5|1.1|6"_s,
                                                 u"Jan|1|1|1|0|0|1|1|0|0|3|0.6|"_s};
        QTest::newRow("owner") << test::with<ReportFilter>([](ReportFilter& f) {
            f.owners = {u"Jan"_s};
        }) << u"channel"_s << QStringList{u"Email|1|1|1|0|0|1|1|0|0|3|0.6|"_s};
    }

    void funnel()
    {
        QFETCH(ReportFilter, filter);
        QFETCH(QString, by);
        QFETCH(QStringList, expected);
        FunnelReport::Query query;
        query.dimension = by;
        query.filter = filter;
        QCOMPARE(lines(FunnelReport::run(m_ws->database(), query)), expected);
    }

    void channels_data()
    {
        QTest::addColumn<ReportFilter>("filter");
        QTest::addColumn<QStringList>("expected");
        // channel|sessions|visitors|leads|opportunities|customers|revenue|cost|cost per lead|
        // cac|roi|roas|lead to customer
        // Only the spring campaign: Dora's visit, her lead and deal, and 30 EUR of spend.
        QTest::newRow("campaign") << test::with<ReportFilter>([](ReportFilter& f) {
            f.campaigns = {u"spring"_s};
        }) << QStringList{u"Paid Search|1|1|1|1|1|300|30|30|30|9|10|1"_s};
        // People filters count those people's sessions; spend is nobody's, so it is left out.
        QTest::newRow("owner") << test::with<ReportFilter>(
                                      [](ReportFilter& f) { f.owners = {u"Ewa"_s}; })
                               << QStringList{u"Direct|1|1|0.5|0.5|0.5|500||||||1"_s,
                                              u"Paid Search|2|2|1.5|1.5|1.5|800||||||1"_s};
    }

    void channels()
    {
        QFETCH(ReportFilter, filter);
        QFETCH(QStringList, expected);
        ChannelsReport::Query query;
        query.filter = filter;
        QCOMPARE(lines(ChannelsReport::run(m_ws->database(), query)), expected);
    }

    void dealsOfPeopleFirstTouchedByAChannel()
    {
        ReportFilter f;
        f.channels = {u"Paid Search"_s};
        // owner|deals|open|won|lost|won value|win rate|average won|median days to close
        QCOMPARE(lines(DealsReport::run(m_ws->database(), u"owner"_s, f)),
                 QStringList{u"Ewa|2|0|2|0|1300|1|650|6"_s});
        f = {};
        f.products = {u"Basic"_s};
        QCOMPARE(lines(DealsReport::run(m_ws->database(), u"owner"_s, f)),
                 (QStringList{u"Ewa|1|0|1|0|300|1|300|4"_s, u"Jan|1|0|0|1|0|0||9"_s}));
    }

    void trendAndPathsFollowTheFilter()
    {
        TrendReport::Query trend;
        trend.period = Periods::Unit::Month;
        trend.filter.channels = {u"Direct"_s};
        QCOMPARE(lines(TrendReport::run(m_ws->database(), trend)), QStringList{u"2024-03|3"_s});
        trend.metric = u"cost"_s;
        trend.filter.channels = {u"Paid Search"_s};
        trend.filter.campaigns = {u"spring"_s};
        QCOMPARE(lines(TrendReport::run(m_ws->database(), trend)), QStringList{u"2024-03|30"_s});
        trend.metric = u"leads"_s;
        trend.split = u"owner"_s;
        trend.filter = {};
        QCOMPARE(lines(TrendReport::run(m_ws->database(), trend)),
                 (QStringList{u"2024-03|Ewa|2"_s, u"2024-03|Jan|1"_s}));

        PathQuery paths;
        paths.filter.channels = {u"Email"_s};
        auto table = PathsReport::run(m_ws->database(), paths, 10);
        QVERIFY(table.ok());
        QCOMPARE(table->rows.size(), 1);
        QCOMPARE(table->rows[0][0].toString(), u"Email > Direct"_s); // the whole path shows
    }

    void narrowsToOneRow_data()
    {
        QTest::addColumn<ReportFilter>("filter");
        QTest::addColumn<QString>("dimension");
        QTest::addColumn<QString>("group");
        QTest::addColumn<QVariantMap>("expected"); // describe(); "none" when it cannot narrow
        const QVariantMap none{{u"none"_s, true}};
        QTest::newRow("channel") << ReportFilter() << u"channel"_s << u"Email"_s
                                 << QVariantMap{{u"channel"_s, QStringList{u"Email"_s}}};
        QTest::newRow("landing page")
            << ReportFilter() << u"landing-page"_s << u"/pricing"_s
            << QVariantMap{{u"landing_page"_s, QStringList{u"/pricing"_s}}};
        QTest::newRow("account is the company")
            << ReportFilter() << u"account"_s << u"Fjordly"_s
            << QVariantMap{{u"contact.company"_s, QStringList{u"Fjordly"_s}}};
        QTest::newRow("one of the filter's channels")
            << test::with<ReportFilter>([](ReportFilter& f) {
                   f.channels = {u"Email"_s, u"Direct"_s};
               })
            << u"channel"_s << u"Direct"_s << QVariantMap{{u"channel"_s, QStringList{u"Direct"_s}}};
        QTest::newRow("excluded by the filter")
            << test::with<ReportFilter>([](ReportFilter& f) { f.channels = {u"Email"_s}; })
            << u"channel"_s << u"Direct"_s << none;
        QTest::newRow("(none)") << ReportFilter() << u"channel"_s << u"(none)"_s << none;
        QTest::newRow("unknown dimension") << ReportFilter() << u"weather"_s << u"sunny"_s << none;
    }

    void narrowsToOneRow()
    {
        QFETCH(ReportFilter, filter);
        QFETCH(QString, dimension);
        QFETCH(QString, group);
        QFETCH(QVariantMap, expected);
        const auto narrowed = filter.narrowed(dimension, group);
        const QVariantMap none{{u"none"_s, true}};
        QCOMPARE(narrowed ? narrowed->describe() : none, expected);
    }

    void describesItself()
    {
        ReportFilter f;
        QVERIFY(f.describe().isEmpty());
        f.channels = {u"Email"_s};
        f.contactFields[u"company"_s] = {u"Fjordly"_s};
        const QVariantMap d = f.describe();
        QCOMPARE(d.value(u"channel"_s).toStringList(), QStringList{u"Email"_s});
        QCOMPARE(d.value(u"contact.company"_s).toStringList(), QStringList{u"Fjordly"_s});
        QVERIFY(!ReportFilter::checkContactField(u"password"_s).isEmpty());
        QVERIFY(ReportFilter::checkContactField(u"company"_s).isEmpty());
        // Values are bound as parameters, never written into the SQL.
        f.campaigns = {u"it's"_s};
        SqlParams params;
        const QString sql = QString::fromStdString(f.sessionCondition("s.", params));
        QVERIFY(!sql.contains(u"it's"_s) && !sql.contains(u"it''s"_s));
        QVERIFY(sql.contains(u":v0"_s));
    }

    /// Values that would change a query written into it as text select nothing, and fail
    /// nothing: they are compared as data.
    void valuesAreNeverSql_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("quote") << u"it's"_s;
        QTest::newRow("or true") << u"x') OR 1=1 --"_s;
        QTest::newRow("union") << u"' UNION SELECT name FROM sqlite_master --"_s;
        QTest::newRow("statement") << u"'); DROP TABLE sessions; --"_s;
    }

    void valuesAreNeverSql()
    {
        QFETCH(QString, value);
        for (const bool people : {false, true}) {
            ChannelsReport::Query query;
            if (people)
                query.filter.owners = {value};
            else
                query.filter.campaigns = {value};
            auto report = ChannelsReport::run(m_ws->database(), query);
            QVERIFY(report.ok());
            for (const QVariantList& row : report->rows) // nothing matched: no sessions, no leads
                for (qsizetype c = 1; c < row.size(); ++c)
                    QVERIFY(row.value(c).isNull() || row.value(c).toDouble() == 0);
        }
        QCOMPARE(test::queryRows(m_ws->database(), "SELECT count(*) > 0 FROM sessions"),
                 QStringList{u"1"_s});
    }
};

QTEST_GUILESS_MAIN(TestReportFilter)
#include "tst_reportfilter.moc"
