// Custom funnels, time to convert and cohorts (docs/metrics.md) on six people built by hand,
// every figure computed by hand in the comments: web and CRM steps, in the given order and in any
// order, a window, sessions instead of people, a lifecycle stage (which has no date), a breakdown
// by the first session's channel, the first step's period, the steps file's errors; the days
// from lead to customer with their percentiles, histogram and weekly cohorts; the cohorts'
// triangle.
#include "analytics/cohortsreport.h"
#include "analytics/customfunnel.h"
#include "analytics/drilldown.h"
#include "analytics/savedfunnels.h"
#include "analytics/timetoconvert.h"
#include "scratchworkspaces.h"
#include "store/database.h"
#include "testsupport.h"

#include <QTest>

using namespace leadloop;
using namespace Qt::StringLiterals;

namespace {

/// Day d at hour h after Monday 2 March 2026, 00:00 UTC, in ms.
qint64 at(int day, int hour = 0)
{
    return 1772409600000LL + (qint64(day) * 24 + hour) * 3600 * 1000;
}

} // namespace

class TestCustomFunnel : public QObject
{
    Q_OBJECT

    test::ScratchWorkspaces m_dir;
    std::unique_ptr<Workspace> m_ws;

    Result<ResultTable> run(const QByteArray& steps, const QString& by = {},
                            std::optional<qint64> from = {})
    {
        auto def = FunnelDefinition::fromJson(steps, u"test"_s);
        if (!def)
            return def.error();
        CustomFunnel::Query q;
        q.definition = *def;
        q.dimension = by;
        q.from = from;
        return CustomFunnel::run(m_ws->database(), q);
    }

    /// One column of the result, as text, row by row.
    static QStringList column(const ResultTable& t, const QString& key)
    {
        qsizetype c = -1;
        for (qsizetype i = 0; i < t.columns.size(); ++i)
            if (t.columns[i].key == key)
                c = i;
        QStringList out;
        for (const QVariantList& row : t.rows)
            out << row.value(c).toString();
        return out;
    }

private slots:
    void initTestCase()
    {
        m_ws = m_dir.create();
        QVERIFY(m_ws);
        QStringList sql;
        // Visitors 1-7; visitor 7 is P6's second device; 3 is anonymous.
        for (int v = 1; v <= 7; ++v)
            sql << u"INSERT INTO visitors (id, cookie_id, first_seen, last_seen) VALUES (%1, "
                   u"'v%1', 0, 0)"_s.arg(v);
        // Sessions: id, visitor, start, channel.
        const std::tuple<int, int, qint64, const char*> sessions[] = {
            {1, 1, at(0, 10), "Paid Search"},  {2, 2, at(0, 11), "Email"},
            {3, 3, at(1, 9), "Paid Search"},   {4, 4, at(1, 9), "Direct"},
            {5, 4, at(2, 9), "Direct"},        {6, 6, at(40, 9), "Email"},
            {7, 7, at(0, 9), "Organic Search"}};
        for (const auto& [id, visitor, start, channel] : sessions)
            sql << u"INSERT INTO sessions (id, visitor_id, started_at, ended_at, channel) VALUES "
                   u"(%1, %2, %3, %3, '%4')"_s.arg(id)
                       .arg(visitor)
                       .arg(start)
                       .arg(QString::fromLatin1(channel));
        sql << u"INSERT INTO urls (id, key, url, host, path) VALUES (1, 1, "
               u"'https://fjordly.com/pricing', 'fjordly.com', '/pricing'), (2, 2, "
               u"'https://fjordly.com/', 'fjordly.com', '/')"_s;
        // Pricing views: P1 d0 10:00, P2 d0 11:00, P3 d1 9:00, P4 d2 9:00, P6 (visitor 7) d0 9:00.
        const std::tuple<int, qint64> pricing[] = {
            {1, at(0, 10)}, {2, at(0, 11)}, {3, at(1, 9)}, {5, at(2, 9)}, {7, at(0, 9)}};
        for (const auto& [session, ts] : pricing)
            sql << u"INSERT INTO pageviews (session_id, seq, ts, url_id) VALUES (%1, 0, %2, 1)"_s
                       .arg(session)
                       .arg(ts);
        // Every pricing view is titled "Pricing | Fjordly".
        sql << u"INSERT INTO page_titles (id, key, title) VALUES (1, 1, 'Pricing | Fjordly'), "
               u"(2, 2, 'Home | Fjordly')"_s
            << u"UPDATE pageviews SET title_id = 1 WHERE url_id = 1"_s;
        // Forms: P1 d0 11:00, P2 d0 13:00, P4 d1 10:00 (before its pricing view), P6 d40 10:00.
        const std::tuple<int, int, qint64, const char*> forms[] = {{1, 1, at(0, 11), "p1@x.pl"},
                                                                   {2, 2, at(0, 13), "p2@x.pl"},
                                                                   {4, 4, at(1, 10), "p4@x.pl"},
                                                                   {6, 6, at(40, 10), "p6@x.pl"}};
        for (const auto& [visitor, session, ts, email] : forms)
            sql << u"INSERT INTO events (session_id, visitor_id, ts, name, email) VALUES (%1, %2, "
                   u"%3, 'form_submit', '%4')"_s.arg(session)
                       .arg(visitor)
                       .arg(ts)
                       .arg(QString::fromLatin1(email));
        // Contacts: P1, P2, P4, P5 (offline, a customer), P6.
        const std::tuple<int, qint64, const char*> contacts[] = {{1, at(0, 11), "lead"},
                                                                 {2, at(0, 13), "lead"},
                                                                 {4, at(1, 10), "lead"},
                                                                 {5, at(3, 9), "customer"},
                                                                 {6, at(40, 10), "lead"}};
        for (const auto& [id, created, stage] : contacts)
            sql << u"INSERT INTO contacts (id, email, created_at, lifecycle_stage) VALUES (%1, "
                   u"'p%1@x.pl', %2, '%3')"_s.arg(id)
                       .arg(created)
                       .arg(QString::fromLatin1(stage));
        for (const auto& [visitor, contact] :
             {std::pair{1, 1}, std::pair{2, 2}, std::pair{4, 4}, std::pair{6, 6}, std::pair{7, 6}})
            sql << u"INSERT INTO identity_links (visitor_id, contact_id, method, linked_at) "
                   u"VALUES (%1, %2, 'form_email', 0)"_s.arg(visitor)
                       .arg(contact);
        // Deals: P1 created d2 10:00, Proposal d3, won d10 10:00; P2 created d5 10:00, lost d20;
        // P5 created d4, won d6; P6 created d41 10:00, won d50 10:00.
        const std::tuple<int, int, qint64, const char*, qint64> deals[] = {
            {1, 1, at(2, 10), "won", at(10, 10)},
            {2, 2, at(5, 10), "lost", at(20)},
            {5, 5, at(4), "won", at(6)},
            {6, 6, at(41, 10), "won", at(50, 10)}};
        for (const auto& [id, contact, created, outcome, closed] : deals)
            sql << u"INSERT INTO deals (id, contact_id, created_at, outcome, closed_at) VALUES "
                   u"(%1, %2, %3, '%4', %5)"_s.arg(id)
                       .arg(contact)
                       .arg(created)
                       .arg(QString::fromLatin1(outcome))
                       .arg(closed);
        sql << u"INSERT INTO deal_stage_history (deal_id, stage, changed_at, origin) VALUES (1, "
               u"'Proposal', %1, 'import')"_s.arg(at(3));
        for (const QString& s : sql)
            QVERIFY2(m_ws->database().exec(s), qPrintable(s));
    }

    void countsEachStepInOrder_data()
    {
        QTest::addColumn<QByteArray>("steps");
        QTest::addColumn<QStringList>("people");
        QTest::addColumn<QStringList>("fromPrevious");
        QTest::addColumn<QStringList>("dropOff");
        QTest::addColumn<QStringList>("median");
        QTest::addColumn<QStringList>("p90");
        const QByteArray pricingToWon =
            "{\"steps\": [{\"type\": \"page\", \"url\": \"/pricing\"}, {\"type\": \"form\"}, "
            "{\"type\": \"opportunity\"}, {\"type\": \"won\"}]}";
        // P1 and P6 go all the way, P2 is lost, P3 only looks, P4's form came before its pricing
        // view, P5 never visited. Hours: form 1 (P1), 2 (P2), 961 (P6: d0 9:00 to d40 10:00);
        // deal 47, 117, 24; won 192, 216.
        QTest::newRow("strict order") << pricingToWon << QStringList{u"5"_s, u"3"_s, u"3"_s, u"2"_s}
                                      << QStringList{QString(), u"0.6"_s, u"1"_s, u"0.6667"_s}
                                      << QStringList{QString(), u"2"_s, u"0"_s, u"1"_s}
                                      << QStringList{QString(), u"2"_s, u"47"_s, u"204"_s}
                                      << QStringList{QString(), u"769.2"_s, u"103"_s, u"213.6"_s};
        // Within 7 days of the pricing view: P6's form (40 days later) and P1's win (10 days)
        // are too late.
        QByteArray week = pricingToWon;
        week.replace("{\"steps\"", "{\"window_days\": 7, \"steps\"");
        QTest::newRow("a 7-day window") << week << QStringList{u"5"_s, u"2"_s, u"2"_s, u"0"_s}
                                        << QStringList{QString(), u"0.4"_s, u"1"_s, u"0"_s}
                                        << QStringList{QString(), u"3"_s, u"0"_s, u"2"_s}
                                        << QStringList{QString(), u"1.5"_s, u"82"_s, QString()}
                                        << QStringList{QString(), u"1.9"_s, u"110"_s, QString()};
        // In any order P4 counts: its form on day 1, then its pricing view on day 2, which
        // completes both steps at once (0 hours from the first step's completion).
        QTest::newRow("any order")
            << QByteArray("{\"order\": \"any\", \"steps\": [{\"type\": \"page\", \"url\": "
                          "\"/pri*\"}, {\"type\": \"form\"}]}")
            << QStringList{u"5"_s, u"4"_s} << QStringList{QString(), u"0.8"_s}
            << QStringList{QString(), u"1"_s} << QStringList{QString(), u"1.5"_s}
            << QStringList{QString(), u"673.3"_s};
        QTest::newRow("CRM stages")
            << QByteArray(
                   "{\"steps\": [{\"type\": \"lead\"}, {\"type\": \"opportunity\"}, {\"type\": "
                   "\"deal_stage\", \"stage\": \"proposal\"}, {\"type\": \"won\"}]}")
            << QStringList{u"5"_s, u"4"_s, u"1"_s, u"1"_s}
            << QStringList{QString(), u"0.8"_s, u"0.25"_s, u"1"_s}
            << QStringList{QString(), u"1"_s, u"3"_s, u"0"_s}
            << QStringList{QString(), u"35.5"_s, u"14"_s, u"178"_s}
            << QStringList{QString(), u"96"_s, u"14"_s, u"178"_s};
        // A lifecycle stage has no date: it holds at the step before (or, first, at the lead).
        QTest::newRow("lifecycle stage")
            << QByteArray("{\"steps\": [{\"type\": \"lifecycle_stage\", \"stage\": \"Customer\"}, "
                          "{\"type\": \"won\"}]}")
            << QStringList{u"1"_s, u"1"_s} << QStringList{QString(), u"1"_s}
            << QStringList{QString(), u"0"_s} << QStringList{QString(), u"63"_s}
            << QStringList{QString(), u"63"_s};
        // By the title alone, the same views as by the pricing URL; a URL and a title that no
        // view has together match none.
        QTest::newRow("title only")
            << QByteArray("{\"steps\": [{\"type\": \"page\", \"title\": \"Pricing*\"}, "
                          "{\"type\": \"form\"}]}")
            << QStringList{u"5"_s, u"3"_s} << QStringList{QString(), u"0.6"_s}
            << QStringList{QString(), u"2"_s} << QStringList{QString(), u"2"_s}
            << QStringList{QString(), u"769.2"_s};
        QTest::newRow("URL and title")
            << QByteArray("{\"steps\": [{\"type\": \"page\", \"url\": \"/pricing\", \"title\": "
                          "\"Home*\"}, {\"type\": \"form\"}]}")
            << QStringList{u"0"_s, u"0"_s} << QStringList{QString(), QString()}
            << QStringList{QString(), u"0"_s} << QStringList{QString(), QString()}
            << QStringList{QString(), QString()};
        // Sessions: only P1's and P2's sessions have the form after the pricing view.
        QTest::newRow("sessions")
            << QByteArray("{\"count\": \"sessions\", \"steps\": [{\"type\": \"page\", \"url\": "
                          "\"https://fjordly.com/pricing\"}, {\"type\": \"form\"}]}")
            << QStringList{u"5"_s, u"2"_s} << QStringList{QString(), u"0.4"_s}
            << QStringList{QString(), u"3"_s} << QStringList{QString(), u"1.5"_s}
            << QStringList{QString(), u"1.9"_s};
    }
    void countsEachStepInOrder()
    {
        QFETCH(QByteArray, steps);
        QFETCH(QStringList, people);
        QFETCH(QStringList, fromPrevious);
        QFETCH(QStringList, dropOff);
        QFETCH(QStringList, median);
        QFETCH(QStringList, p90);
        auto table = run(steps);
        QVERIFY2(table, table ? "" : qPrintable(table.error().message));
        const QString count = table->columns[2].key;
        QCOMPARE(column(*table, count), people);
        QCOMPARE(column(*table, u"from_previous"_s), fromPrevious);
        QCOMPARE(column(*table, u"drop_off"_s), dropOff);
        QCOMPARE(column(*table, u"median_hours_from_previous"_s), median);
        QCOMPARE(column(*table, u"p90_hours_from_previous"_s), p90);
    }

    // By the channel of each person's first session: P1 and P3 Paid Search, P2 Email, P4
    // Direct, P6 Organic Search (its other device's session, on day 0).
    void breaksDownByTheFirstSession()
    {
        auto table = run("{\"steps\": [{\"type\": \"page\", \"url\": \"/pricing\"}, {\"type\": "
                         "\"form\"}, {\"type\": \"opportunity\"}, {\"type\": \"won\"}]}",
                         u"channel"_s);
        QVERIFY(table);
        QStringList rows;
        for (const QVariantList& r : table->rows)
            rows << r.value(0).toString() + u':' + r.value(3).toString();
        QCOMPARE(rows, (QStringList{u"Paid Search:2"_s, u"Paid Search:1"_s, u"Paid Search:1"_s,
                                    u"Paid Search:1"_s, u"Direct:1"_s, u"Direct:0"_s, u"Direct:0"_s,
                                    u"Direct:0"_s, u"Email:1"_s, u"Email:1"_s, u"Email:1"_s,
                                    u"Email:0"_s, u"Organic Search:1"_s, u"Organic Search:1"_s,
                                    u"Organic Search:1"_s, u"Organic Search:1"_s}));
    }

    // Drilling into a step: pricing, form, deal, won. The form's drop-off is P3 (anonymous, only
    // counted) and P4 (its form came first); the won step's people are P1 and P6, its drop-off
    // P2 (lost).
    void drillsIntoAStep()
    {
        auto def = FunnelDefinition::fromJson(
            "{\"steps\": [{\"type\": \"page\", \"url\": \"/pricing\"}, {\"type\": "
            "\"form\"}, {\"type\": \"opportunity\"}, {\"type\": \"won\"}]}",
            u"test"_s);
        QVERIFY(def);
        CustomFunnel::Query q;
        q.definition = *def;
        qint64 anonymous = -1;
        auto dropped =
            DrillDown::customFunnelPeople(m_ws->database(), q, u"All"_s, 1, true, &anonymous);
        QVERIFY(dropped);
        QCOMPARE(*dropped, (std::vector<qint64>{4}));
        QCOMPARE(anonymous, 1);
        auto won = DrillDown::customFunnelPeople(m_ws->database(), q, u"All"_s, 3, false, nullptr);
        QVERIFY(won);
        QCOMPARE(*won, (std::vector<qint64>{1, 6}));
        auto lost = DrillDown::customFunnelPeople(m_ws->database(), q, u"All"_s, 3, true, nullptr);
        QVERIFY(lost);
        QCOMPARE(*lost, (std::vector<qint64>{2}));

        DrillRequest request;
        request.group = u"All"_s;
        request.customStep = DrillRequest::CustomStep{q, 1, true};
        auto table = DrillDown::run(m_ws->database(), request);
        QVERIFY2(table, table ? "" : qPrintable(table.error().message));
        QCOMPARE(table->rows.size(), 1);
        QCOMPARE(table->meta.value(u"people"_s).toLongLong(), 1);
        QCOMPARE(table->meta.value(u"anonymous"_s).toLongLong(), 1);

        q.definition.countSessions = true;
        QVERIFY(!DrillDown::customFunnelPeople(m_ws->database(), q, u"All"_s, 1, true, nullptr));
    }

    // --from keeps the people whose first step was on or after the day: P3 (day 1), P4 (day 2).
    void keepsThePeriodOfTheFirstStep()
    {
        auto table =
            run("{\"steps\": [{\"type\": \"page\", \"url\": \"/pricing\"}, {\"type\": \"form\"}]}",
                {}, at(1));
        QVERIFY(table);
        QCOMPARE(column(*table, u"people"_s), (QStringList{u"2"_s, u"0"_s}));
    }

    // Lead to customer: P1 9.9583 days (d0 11:00 to d10 10:00), P5 2.625 (d3 9:00 to d6 0:00),
    // P6 10; P2 was lost and P4 has no deal.
    void measuresTheTimeToConvert()
    {
        TimeToConvert::Query q;
        q.from = *TimeToConvert::parseStep(u"lead"_s);
        q.to = *TimeToConvert::parseStep(u"customer"_s);
        auto table = TimeToConvert::run(m_ws->database(), q);
        QVERIFY2(table, table ? "" : qPrintable(table.error().message));
        QCOMPARE(table->rows.size(), 1);
        const QStringList expected = {u"5"_s,    u"3"_s,    u"0.6"_s,  u"7.53"_s, u"4.09"_s,
                                      u"6.29"_s, u"9.96"_s, u"9.98"_s, u"9.99"_s, u"0"_s,
                                      u"0"_s,    u"1"_s,    u"2"_s,    u"0"_s,    u"0"_s};
        QStringList got;
        for (qsizetype c = 1; c < table->columns.size(); ++c)
            got << table->rows[0].value(c).toString();
        QCOMPARE(got, expected);
        // By the week of becoming a lead: four in the week of 2 March (P1 and P5 won), P6 in
        // the week of 6 April.
        q.cohort = u"week"_s;
        table = TimeToConvert::run(m_ws->database(), q);
        QVERIFY(table);
        QCOMPARE(column(*table, u"cohort"_s), (QStringList{u"2026-W10"_s, u"2026-W15"_s}));
        QCOMPARE(column(*table, u"people"_s), (QStringList{u"4"_s, u"1"_s}));
        QCOMPARE(column(*table, u"converted"_s), (QStringList{u"2"_s, u"1"_s}));
        QCOMPARE(TimeToConvert::parseStep(u"event:demo_request"_s)->name, u"demo_request"_s);
        QCOMPARE(TimeToConvert::parseStep(u"channel:Email"_s)->value, u"Email"_s);
        QVERIFY(!TimeToConvert::parseStep(u"signed"_s));
    }

    // Customers by the week people became leads: P5 won in its first week, P1 in its second;
    // P6 (a lead in W15) in its third; the W15 row ends where the data does (W17).
    void buildsTheCohortTriangle()
    {
        CohortsReport::Query q;
        q.start = u"lead"_s;
        q.period = u"week"_s;
        q.metric = u"customers"_s;
        auto table = CohortsReport::run(m_ws->database(), q);
        QVERIFY2(table, table ? "" : qPrintable(table.error().message));
        QCOMPARE(table->columns.size(), 2 + 8);
        QStringList rows;
        for (const QVariantList& r : table->rows) {
            QStringList cells;
            for (const QVariant& v : r)
                cells << v.toString();
            rows << cells.join(u',');
        }
        QCOMPARE(rows, (QStringList{u"2026-W10,4,1,2,2,2,2,2,2,2"_s, u"2026-W15,1,0,0,1,,,,,"_s}));
        // Leads by the week of the first visit: P1, P2, P4, P6 (its other device, day 0) and the
        // anonymous visitor 3; P6 became a lead five weeks later; P5 never visited.
        q.start = u"first-visit"_s;
        q.metric = u"leads"_s;
        table = CohortsReport::run(m_ws->database(), q);
        QVERIFY(table);
        QCOMPARE(table->rows.size(), 1);
        QStringList cells;
        for (const QVariant& v : table->rows[0])
            cells << v.toString();
        QCOMPARE(cells.join(u','), u"2026-W10,5,3,3,3,3,3,4"_s);
        q.metric = u"visits"_s;
        QCOMPARE(CohortsReport::run(m_ws->database(), q).error().code, ErrorCode::InvalidArgument);
    }

    void savesByName()
    {
        auto def =
            FunnelDefinition::fromJson("{\"window_days\": 30, \"steps\": [{\"type\": \"lead\", "
                                       "\"label\": \"Lead\"}, {\"type\": \"won\"}]}",
                                       u"test"_s);
        QVERIFY(def);
        QVERIFY(SavedFunnels::save(m_ws->database(), u"Lead to won"_s, *def, u"Ewa"_s));
        auto back = SavedFunnels::load(m_ws->database(), u"Lead to won"_s);
        QVERIFY(back);
        QCOMPARE(back->windowDays, 30);
        QCOMPARE(back->steps.size(), size_t(2));
        QCOMPARE(back->steps[0].describe(), u"Lead"_s);
        QCOMPARE(back->name, u"Lead to won"_s);
        QCOMPARE(SavedFunnels::list(m_ws->database())->rows.size(), 1);
        QVERIFY(SavedFunnels::remove(m_ws->database(), u"Lead to won"_s));
        QCOMPARE(SavedFunnels::load(m_ws->database(), u"Lead to won"_s).error().code,
                 ErrorCode::NotFound);
    }

    void refusesABadStepsFile_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("not JSON") << QByteArray("{steps") << u"is not a funnel's steps"_s;
        QTest::newRow("one step") << QByteArray("{\"steps\": [{\"type\": \"lead\"}]}")
                                  << u"at least two"_s;
        QTest::newRow("unknown type")
            << QByteArray("{\"steps\": [{\"type\": \"lead\"}, {\"type\": \"call\"}]}")
            << u"step 2: \"type\" is one of"_s;
        QTest::newRow("page without url")
            << QByteArray("{\"steps\": [{\"type\": \"page\"}, {\"type\": \"lead\"}]}")
            << u"step 1: a page step needs"_s;
        QTest::newRow("bad order") << QByteArray("{\"order\": \"sideways\", \"steps\": [{\"type\": "
                                                 "\"lead\"}, {\"type\": \"won\"}]}")
                                   << u"\"order\" is strict or any"_s;
        QTest::newRow("sessions with CRM steps")
            << QByteArray("{\"count\": \"sessions\", \"steps\": [{\"type\": \"form\"}, {\"type\": "
                          "\"won\"}]}")
            << u"web steps only"_s;
    }
    void refusesABadStepsFile()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        auto def = FunnelDefinition::fromJson(json, u"steps.json"_s);
        QVERIFY(!def);
        QCOMPARE(def.error().code, ErrorCode::BadInput);
        QVERIFY2(def.error().message.contains(message), qPrintable(def.error().message));
        QVERIFY(def.error().message.startsWith(u"steps.json"_s));
    }
};

QTEST_GUILESS_MAIN(TestCustomFunnel)
#include "tst_customfunnel.moc"
