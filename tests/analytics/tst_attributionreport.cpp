#include "analytics/attributionreport.h"
#include "analytics/channelsreport.h"
#include "analytics/drilldown.h"
#include "analytics/funnelreport.h"
#include "analytics/journeyreport.h"
#include "analytics/pathsreport.h"
#include "analytics/trendreport.h"
#include "ingest/costimporter.h"
#include "ingest/crmimporter.h"
#include "ingest/trackingimporter.h"
#include "sales/outcometagger.h"
#include "store/database.h"
#include "store/workspace.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace leadloop;
using namespace Qt::StringLiterals;

/// The attribution report on a small closed loop computed by hand: tracking and CRM share
/// people, and every model's credits follow from the paths below.
///
///   Anna (visitor A): Paid Search on 1 March, Direct on 10 March with the form → lead 10 March;
///                     won 1,000 EUR on 20 March.
///   Bob (visitor B):  Email on 2 March, Direct on 5 March with the form → lead 5 March.
///   Carl (CRM only):  a lead without any tracked visit → "(none)".
///   Visitor C:        one Direct visit, never converted.
class TestAttributionReport : public QObject
{
    Q_OBJECT

    test::ScratchDir m_dir;
    std::unique_ptr<Workspace> m_ws;

    QString file(const QString& name, const QByteArray& bytes) { return m_dir.file(name, bytes); }

    /// The report's rows as "group|conversions|value".
    QStringList rows(const QString& model, const QString& conversion, int lookbackDays = 90,
                     std::optional<qint64> from = {})
    {
        PathQuery query;
        query.kind = *ConversionPaths::kindFromName(conversion, &query.eventName);
        query.lookbackDays = lookbackDays;
        query.filter.from = from;
        auto table =
            AttributionReport::run(m_ws->database(), {*attribution::modelFromId(model)}, query, {});
        if (!table) {
            qWarning() << table.error().message;
            return {};
        }
        QStringList out;
        for (const QVariantList& row : table->rows)
            out.append(
                u"%1|%2|%3"_s.arg(row[0].toString()).arg(row[1].toDouble()).arg(row[2].toDouble()));
        out.sort();
        return out;
    }

private slots:
    void initTestCase()
    {
        auto ws = Workspace::create(m_dir.path(u"loop.leadloop"_s));
        QVERIFY(ws.ok());
        m_ws = std::move(*ws);
        const QByteArray tracking =
            "visitor,time,url,event,email\n"
            "A,2024-03-01T10:00:00Z,https://www.fjordly.com/?utm_source=google&utm_medium=cpc,,\n"
            "B,2024-03-02T10:00:00Z,https://www.fjordly.com/?utm_source=news&utm_medium=email,,\n"
            "B,2024-03-05T10:00:00Z,https://www.fjordly.com/demo,,\n"
            "B,2024-03-05T10:01:00Z,https://www.fjordly.com/demo,form_submit,bob@voorbeeld.nl\n"
            "C,2024-03-06T10:00:00Z,https://www.fjordly.com/,,\n"
            "A,2024-03-10T10:00:00Z,https://www.fjordly.com/demo,,\n"
            "A,2024-03-10T10:01:00Z,https://www.fjordly.com/demo,form_submit,anna@fjordly.pl\n";
        QVERIFY(TrackingImporter::run(*m_ws, file(u"t.csv"_s, tracking), {}).ok());
        QVERIFY(CrmImporter::run(*m_ws,
                                 file(u"c.csv"_s, "email,contact_created\n"
                                                  "carl@exempel.se,2024-03-08\n"),
                                 {})
                    .ok());
        QVERIFY(OutcomeTagger::tag(m_ws->database(), {u"anna@fjordly.pl"_s,
                                                      u"won"_s,
                                                      100000,
                                                      u"EUR"_s,
                                                      {},
                                                      {},
                                                      u"Piet"_s,
                                                      1710928800000 /* 2024-03-20T10:00Z */}));
    }

    void creditsLeads_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("first touch")
            << u"first_touch"_s
            << QStringList{u"(none)|1|0"_s, u"Email|1|0"_s, u"Paid Search|1|0"_s};
        QTest::newRow("last touch")
            << u"last_touch"_s << QStringList{u"(none)|1|0"_s, u"Direct|2|0"_s};
        QTest::newRow("last non-direct")
            << u"last_non_direct"_s
            << QStringList{u"(none)|1|0"_s, u"Email|1|0"_s, u"Paid Search|1|0"_s};
        QTest::newRow("linear") << u"linear"_s
                                << QStringList{u"(none)|1|0"_s, u"Direct|1|0"_s, u"Email|0.5|0"_s,
                                               u"Paid Search|0.5|0"_s};
        // Both leads were created on their Direct touch: 30% first, 30% lead, 10% to the rest
        // (none left), scaled: first touch 0.5, lead touch 0.5.
        QTest::newRow("w-shaped") << u"w_shaped"_s
                                  << QStringList{u"(none)|1|0"_s, u"Direct|1|0"_s, u"Email|0.5|0"_s,
                                                 u"Paid Search|0.5|0"_s};
    }

    void creditsLeads()
    {
        QFETCH(QString, model);
        QFETCH(QStringList, expected);
        QCOMPARE(rows(model, u"lead"_s), expected);
    }

    void aShorterLookbackDropsOldTouches()
    {
        // 5 days: Anna's Paid Search visit (9 days before her form) no longer counts.
        QCOMPARE(rows(u"first_touch"_s, u"lead"_s, 5),
                 (QStringList{u"(none)|1|0"_s, u"Direct|1|0"_s, u"Email|1|0"_s}));
        // Only conversions from 6 March: Anna (10 March) and Carl (8 March).
        QCOMPARE(rows(u"first_touch"_s, u"lead"_s, 90, 1709683200000),
                 (QStringList{u"(none)|1|0"_s, u"Paid Search|1|0"_s}));
    }

    void creditsRevenue()
    {
        QCOMPARE(rows(u"linear"_s, u"revenue"_s),
                 (QStringList{u"Direct|0.5|500"_s, u"Paid Search|0.5|500"_s}));
        QCOMPARE(rows(u"last_touch"_s, u"customer"_s), QStringList{u"Direct|1|1000"_s});
        // Events: the two forms, by the visits they happened in.
        QCOMPARE(rows(u"last_touch"_s, u"event:form_submit"_s), QStringList{u"Direct|2|0"_s});
    }

    /// A bare `event` counts every tracked conversion event (it once counted none).
    void everyConversionEventCounts_data()
    {
        QTest::addColumn<QString>("conversion");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("event") << u"event"_s << QStringList{u"Direct|2|0"_s};
        QTest::newRow("event:") << u"event:"_s << QStringList{u"Direct|2|0"_s};
        QTest::newRow("event:form_submit")
            << u"event:form_submit"_s << QStringList{u"Direct|2|0"_s};
        QTest::newRow("event:purchase") << u"event:purchase"_s << QStringList{};
    }

    void everyConversionEventCounts()
    {
        QFETCH(QString, conversion);
        QFETCH(QStringList, expected);
        QCOMPARE(rows(u"last_touch"_s, conversion), expected);
    }

    void reportsChannelsWithCost()
    {
        // 50 EUR on a google / cpc campaign (Paid Search by the GA4 rules) on 1 March.
        QVERIFY(CostImporter::importCosts(*m_ws,
                                          file(u"k.csv"_s, "date,source,medium,campaign,cost\n"
                                                           "2024-03-01,google,cpc,brand,50\n"),
                                          {})
                    .ok());
        auto table = ChannelsReport::run(m_ws->database(), {});
        QVERIFY(table.ok());
        const QStringList out = test::tableLines(*table);
        // channel|sessions|visitors|leads|opportunities|customers|revenue|cost|cost per lead|
        // cac|roi|roas|lead to customer
        QCOMPARE(out, (QStringList{u"(none)|0|0|1|0|0|0||||||0"_s,
                                   u"Direct|3|3|1|0.5|0.5|500||||||0.5"_s,
                                   u"Email|1|1|0.5|0|0|0||||||0"_s,
                                   u"Paid Search|1|1|0.5|0.5|0.5|500|50|100|100|9|10|1"_s}));
        QCOMPARE(table->meta.value(u"cost"_s).toDouble(), 50.0);
        QCOMPARE(table->meta.value(u"revenue"_s).toDouble(), 1000.0);
    }

    void listsPathsToConversion()
    {
        PathQuery query;
        auto table = PathsReport::run(m_ws->database(), query, 2);
        QVERIFY(table.ok());
        QStringList out;
        for (const QVariantList& row : table->rows)
            out.append(u"%1|%2|%3|%4"_s.arg(row[0].toString(), row[1].toString(), row[2].toString(),
                                            row[4].toString()));
        // Three leads, one per path; ties in path order; the top 2.
        QCOMPARE(out, (QStringList{u"(none)|0|1|0.3333"_s, u"Email > Direct|2|1|0.3333"_s}));
        QCOMPARE(table->meta.value(u"paths"_s).toInt(), 3);
        query.kind = ConversionKind::Revenue;
        table = PathsReport::run(m_ws->database(), query, 10);
        QVERIFY(table.ok());
        QCOMPARE(table->rows.size(), 1);
        QCOMPARE(table->rows[0][0].toString(), u"Paid Search > Direct"_s);
        QCOMPARE(table->rows[0][3].toDouble(), 1000.0);
    }

    void funnel_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QStringList>("expected");
        // group|visitors|leads|opportunities|customers|revenue|visitor→lead|lead→opportunity|
        // opportunity→customer|visitor→customer|days to lead|to opportunity|to customer
        QTest::newRow("first touch")
            << u"first_touch"_s
            << QStringList{u"(none)|0|1|0|0|0||0|||||"_s, u"Direct|1|0|0|0|0|0|||0|||"_s,
                           u"Email|1|1|0|0|0|1|0||0|3||"_s,
                           u"Paid Search|1|1|1|1|1000|1|1|1|1|9|10|0"_s};
        QTest::newRow("last touch before the lead")
            << u"last_touch"_s
            << QStringList{u"(none)|0|1|0|0|0||0|||||"_s, u"Direct|1|2|1|1|1000|2|0.5|1|1|6|10|0"_s,
                           u"Email|1|0|0|0|0|0|||0|||"_s, u"Paid Search|1|0|0|0|0|0|||0|||"_s};
    }

    void funnel()
    {
        QFETCH(QString, model);
        QFETCH(QStringList, expected);
        FunnelReport::Query query;
        query.position = *attribution::modelFromId(model);
        auto table = FunnelReport::run(m_ws->database(), query);
        QVERIFY(table.ok());
        const QStringList out = test::tableLines(*table);
        QCOMPARE(out, expected);
    }

    void trends()
    {
        const auto rowsOf = [&](TrendReport::Query query) {
            auto table = TrendReport::run(m_ws->database(), query);
            if (!table)
                return QStringList{table.error().message};
            return test::tableLines(*table, false);
        };
        TrendReport::Query query; // sessions per ISO week
        QCOMPARE(rowsOf(query),
                 (QStringList{u"2024-W09|2"_s, u"2024-W10|3"_s})); // 1-2 March; 5-10 March
        query.period = Periods::Unit::Day;
        query.metric = u"leads"_s;
        query.filter.from = 1709596800000; // 5 March
        query.filter.to = 1709942399999;   // 8 March
        QCOMPARE(rowsOf(query), (QStringList{u"2024-03-05|1"_s, u"2024-03-06|0"_s,
                                             u"2024-03-07|0"_s, u"2024-03-08|1"_s}));
        query = {};
        query.metric = u"revenue"_s;
        query.period = Periods::Unit::Month;
        query.split = u"channel"_s;
        QCOMPARE(rowsOf(query), QStringList{u"2024-03|Paid Search|1000"_s});
        query.metric = u"cost"_s;
        QVERIFY(TrendReport::run(m_ws->database(), query).ok()); // campaigns have channels
        query.split = u"landing-page"_s;
        QVERIFY(!TrendReport::run(m_ws->database(), query).ok()); // spend has no landing page
        query.split.clear();
        query.filter.owners = QStringList{u"Anna"_s};
        QVERIFY(!TrendReport::run(m_ws->database(), query).ok()); // nor an owner
    }

    void showsAJourney()
    {
        auto journey = JourneyReport::run(m_ws->database(), u"anna@fjordly.pl"_s);
        QVERIFY(journey.ok());
        QStringList kinds;
        for (const QVariantList& row : journey->events.rows)
            kinds.append(row[1].toString() + u'@' + row[0].toString().left(10));
        // The form is an event of the 10 March visit, the link shows at the form's time.
        QCOMPARE(kinds, (QStringList{u"session@2024-03-01"_s, u"pageview@2024-03-01"_s,
                                     u"session@2024-03-10"_s, u"pageview@2024-03-10"_s,
                                     u"conversion@2024-03-10"_s, u"identity@2024-03-10"_s,
                                     u"lead@2024-03-10"_s, u"deal@2024-03-20"_s,
                                     u"outcome@2024-03-20"_s}));
        QCOMPARE(journey->events.rows[0][3].toString(), u"Paid Search"_s);
        // Anna is a customer: her two touches, credited by each model.
        const ResultTable& credit = journey->credit;
        QCOMPARE(credit.meta.value(u"conversion"_s).toString(), u"customer"_s);
        QCOMPARE(credit.rows.size(), 2);
        const auto column = [&](const QString& key) {
            for (int i = 0; i < credit.columns.size(); ++i)
                if (credit.columns[i].key == key)
                    return QStringList{credit.rows[0][i].toString(), credit.rows[1][i].toString()};
            return QStringList();
        };
        QCOMPARE(column(u"first_touch"_s), (QStringList{u"1"_s, u"0"_s}));
        QCOMPARE(column(u"last_touch"_s), (QStringList{u"0"_s, u"1"_s}));
        QCOMPARE(column(u"linear"_s), (QStringList{u"0.5"_s, u"0.5"_s}));
        QCOMPARE(column(u"position_based"_s), (QStringList{u"0.5"_s, u"0.5"_s}));
        QCOMPARE(JourneyReport::run(m_ws->database(), u"nobody@x.y"_s).error().code,
                 ErrorCode::BadInput);
    }

    void splittingTheImportChangesNothing()
    {
        // The same tracking rows in two files, cut inside Bob's visit, and the same CRM and tag:
        // every report must give the same numbers as the workspace built from one file.
        auto ws = Workspace::create(m_dir.path(u"split.leadloop"_s));
        QVERIFY(ws.ok());
        const QByteArray header = "visitor,time,url,event,email\n";
        const QByteArray first =
            "A,2024-03-01T10:00:00Z,https://www.fjordly.com/?utm_source=google&utm_medium=cpc,,\n"
            "B,2024-03-02T10:00:00Z,https://www.fjordly.com/?utm_source=news&utm_medium=email,,\n"
            "B,2024-03-05T10:00:00Z,https://www.fjordly.com/demo,,\n";
        const QByteArray second =
            "B,2024-03-05T10:01:00Z,https://www.fjordly.com/demo,form_submit,bob@voorbeeld.nl\n"
            "C,2024-03-06T10:00:00Z,https://www.fjordly.com/,,\n"
            "A,2024-03-10T10:00:00Z,https://www.fjordly.com/demo,,\n"
            "A,2024-03-10T10:01:00Z,https://www.fjordly.com/demo,form_submit,anna@fjordly.pl\n";
        QVERIFY(TrackingImporter::run(**ws, file(u"s1.csv"_s, header + first), {}).ok());
        QVERIFY(TrackingImporter::run(**ws, file(u"s2.csv"_s, header + second), {}).ok());
        QVERIFY(CrmImporter::run(**ws,
                                 file(u"s3.csv"_s, "email,contact_created\n"
                                                   "carl@exempel.se,2024-03-08\n"),
                                 {})
                    .ok());
        QVERIFY(OutcomeTagger::tag(
            (*ws)->database(),
            {u"anna@fjordly.pl"_s, u"won"_s, 100000, u"EUR"_s, {}, {}, u"Piet"_s, 1710928800000}));
        const auto same = [&](auto&& report) {
            auto a = report(m_ws->database());
            auto b = report((*ws)->database());
            QVERIFY(a.ok() && b.ok());
            QCOMPARE(b->rows, a->rows);
        };
        for (attribution::Model model : attribution::allModels())
            for (ConversionKind kind : {ConversionKind::Lead, ConversionKind::Revenue}) {
                PathQuery query;
                query.kind = kind;
                same([&](Database& db) { return AttributionReport::run(db, {model}, query, {}); });
            }
        same([](Database& db) { return FunnelReport::run(db, {}); });
        same([](Database& db) { return TrendReport::run(db, {}); });
        same([](Database& db) { return PathsReport::run(db, {}, 10); });
    }

    void everyModelAddsUp()
    {
        PathQuery query;
        query.kind = ConversionKind::Lead;
        auto table = AttributionReport::run(m_ws->database(), attribution::allModels(), query, {});
        QVERIFY(table.ok());
        QCOMPARE(table->meta.value(u"conversions"_s).toDouble(), 3.0);
        for (int column = 1; column < table->columns.size(); ++column) {
            if (!table->columns[column].key.endsWith(u"_conversions"))
                continue;
            double sum = 0;
            for (const QVariantList& row : table->rows)
                sum += row[column].toDouble();
            QVERIFY2(std::abs(sum - 3.0) < 1e-3, qPrintable(table->columns[column].key));
        }
    }

    void drillsIntoFigures_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("group");
        QTest::addColumn<QStringList>("expected"); // e-mails of the people behind it
        QTest::newRow("first touch, Paid Search")
            << u"first_touch"_s << u"Paid Search"_s << QStringList{u"anna@fjordly.pl"_s};
        QTest::newRow("first touch, Direct") << u"first_touch"_s << u"Direct"_s << QStringList{};
        QTest::newRow("last touch, Direct")
            << u"last_touch"_s << u"Direct"_s
            << QStringList{u"anna@fjordly.pl"_s, u"bob@voorbeeld.nl"_s};
        QTest::newRow("linear, Email")
            << u"linear"_s << u"Email"_s << QStringList{u"bob@voorbeeld.nl"_s};
        QTest::newRow("markov, Direct") << u"markov"_s << u"Direct"_s
                                        << QStringList{u"anna@fjordly.pl"_s, u"bob@voorbeeld.nl"_s};
        QTest::newRow("none: no visit")
            << u"linear"_s << u"(none)"_s << QStringList{u"carl@exempel.se"_s};
    }

    void drillsIntoFigures()
    {
        QFETCH(QString, model);
        QFETCH(QString, group);
        QFETCH(QStringList, expected);
        DrillRequest request;
        request.query.kind = ConversionKind::Lead;
        request.group = group;
        request.model = *attribution::modelFromId(model);
        auto table = DrillDown::run(m_ws->database(), request);
        QVERIFY(table.ok());
        QStringList emails;
        for (const QVariantList& row : table->rows)
            emails.append(row.value(4).toString()); // email
        emails.sort();
        QCOMPARE(emails, expected);
        QCOMPARE(table->meta.value(u"people"_s).toInt(), expected.size());
    }

    void drillsIntoSessionsAndFunnelStages()
    {
        // Email's one session: Bob's newsletter visit on 2 March.
        DrillRequest sessions;
        sessions.target = DrillRequest::Target::Sessions;
        sessions.group = u"Email"_s;
        auto listed = DrillDown::run(m_ws->database(), sessions);
        QVERIFY(listed.ok());
        QCOMPARE(listed->rows.size(), 1);
        QCOMPARE(listed->rows[0].value(1).toString(), u"2024-03-02 10:00"_s);
        QCOMPARE(listed->rows[0].value(3).toString(), u"bob@voorbeeld.nl"_s);
        QCOMPARE(listed->meta.value(u"total"_s).toInt(), 1);
        // Every Direct session (Anna's, Bob's, C's), newest first; a limit keeps the newest.
        sessions.group = u"Direct"_s;
        sessions.limit = 2;
        listed = DrillDown::run(m_ws->database(), sessions);
        QVERIFY(listed.ok());
        QCOMPARE(listed->meta.value(u"total"_s).toInt(), 3);
        QCOMPARE(listed->rows.size(), 2);
        QCOMPARE(listed->rows[0].value(1).toString(), u"2024-03-10 10:00"_s);
        // "(none)" has no sessions to list.
        sessions.group = u"(none)"_s;
        QVERIFY(!DrillDown::run(m_ws->database(), sessions).ok());
        // The funnel's customers of Paid Search (Anna's first touch): Anna.
        DrillRequest funnel;
        funnel.group = u"Paid Search"_s;
        funnel.model = attribution::Model::FirstTouch;
        funnel.funnelStage = u"customers"_s;
        auto customers = DrillDown::run(m_ws->database(), funnel);
        QVERIFY(customers.ok());
        QCOMPARE(customers->rows.size(), 1);
        QCOMPARE(customers->rows[0].value(4).toString(), u"anna@fjordly.pl"_s);
    }

    void showsWhatMarkovAndShapleyRestOn()
    {
        // Paths of leads: Paid Search > Direct and Email > Direct convert, Direct alone (C) does
        // not. Markov: start 1/3 each, Direct converts 2 of 3, P = 2/3; without Paid Search
        // (or Email) 4/9, RE = 1/3; without Direct nothing converts, RE = 1. Shapley: ratios
        // {Direct, Paid Search} 1, {Direct, Email} 1, {Direct} 0; each pair's 1 halves.
        PathQuery query;
        query.kind = ConversionKind::Lead;
        auto table = AttributionReport::run(m_ws->database(), attribution::allModels(), query, {});
        QVERIFY(table.ok());
        const auto column = [&](const QString& key) {
            for (int c = 0; c < table->columns.size(); ++c)
                if (table->columns[c].key == key)
                    return c;
            return -1;
        };
        const int effect = column(u"markov_removal_effect"_s);
        const int shapley = column(u"shapley_contribution"_s);
        QVERIFY(effect > 0 && shapley > 0);
        QStringList got;
        for (const QVariantList& row : table->rows)
            got.append(u"%1|%2|%3"_s.arg(row[0].toString(), row[effect].toString(),
                                         row[shapley].toString()));
        got.sort();
        QCOMPARE(got, (QStringList{u"(none)||"_s, u"Direct|1|1"_s, u"Email|0.333333|0.5"_s,
                                   u"Paid Search|0.333333|0.5"_s}));
        QCOMPARE(table->meta.value(u"markov_conversion_probability"_s).toDouble(), 0.666667);
        // A people dimension credits first touches; there is nothing of Markov's to show.
        query.dimension = u"owner"_s;
        auto byOwner =
            AttributionReport::run(m_ws->database(), attribution::allModels(), query, {});
        QVERIFY(byOwner.ok());
        for (const ResultColumn& c : byOwner->columns)
            QVERIFY(c.key != u"markov_removal_effect" && c.key != u"shapley_contribution");
    }
};

QTEST_GUILESS_MAIN(TestAttributionReport)
#include "tst_attributionreport.moc"
