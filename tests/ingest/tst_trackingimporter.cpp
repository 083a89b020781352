// Tests of the tracking import: sessions and channels against hand-computed cases, rejected
// rows, duplicates, files split in two, encodings, cancel, and a real Snowplow export.
#include "ingest/trackingimporter.h"
#include "store/batchremoval.h"
#include "store/statement.h"
#include "store/workspace.h"
#include "testsupport.h"

#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace leadloop;
using namespace Qt::StringLiterals;

namespace {

const QByteArray header = "visitor_id,timestamp,url,referrer,page_title\n";
// Two visitors; the expected sessions are worked out in docs/tracking.md's example.
const QByteArray storyRows[] = {
    "A,2024-03-05T10:00:00Z,https://www.fjordly.com/,https://www.google.com/,Home\n",
    "A,2024-03-05T10:10:00Z,https://www.fjordly.com/pricing,https://www.fjordly.com/,Pricing\n",
    "A,2024-03-05T10:45:00Z,https://www.fjordly.com/features,,Features\n",
    "A,2024-03-05T10:50:00Z,https://www.fjordly.com/"
    "?utm_source=newsletter&utm_medium=email&utm_campaign=march,,Home\n",
    "A,2024-03-05T10:55:00Z,https://www.fjordly.com/pricing,https://www.fjordly.com/,Pricing\n",
    "B,2024-03-05T11:00:00Z,https://www.fjordly.com/blog/x?gclid=abc,https://www.google.com/"
    ",Blog\n",
    "B,2024-03-05T11:29:59Z,https://www.fjordly.com/demo,https://www.fjordly.com/blog/x,Demo\n",
    "B,2024-03-05T12:00:00Z,https://www.fjordly.com/,https://www.linkedin.com/feed/,Home\n",
};

QByteArray story(int from = 0, int to = 8)
{
    QByteArray out = header;
    for (int i = from; i < to; ++i)
        out += storyRows[i];
    return out;
}

} // namespace

class TestTrackingImporter : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_count = 0;

    QString file(const QByteArray& bytes, const QString& suffix = u".csv"_s)
    {
        const QString path = m_dir.filePath(u"in%1%2"_s.arg(++m_count).arg(suffix));
        test::writeFile(path, bytes);
        return path;
    }

    std::unique_ptr<Workspace> workspace()
    {
        auto ws = Workspace::create(m_dir.filePath(u"ws%1.leadloop"_s.arg(++m_count)));
        return ws ? std::move(*ws) : nullptr;
    }

    static QStringList rows(Workspace& ws, const char* sql)
    {
        Statement query(ws.database().handle(), sql);
        QStringList out;
        while (query.next()) {
            QStringList cells;
            for (int c = 0; c < 8 && !query.text(c).isNull(); ++c)
                cells.append(query.text(c));
            out.append(cells.join(u'|'));
        }
        return out;
    }

    static qint64 count(Workspace& ws, const QString& sql) { return *ws.database().scalar(sql); }

    /// What every import must leave: references that resolve, page views numbered 0..n-1 in
    /// each session, one dictionary row per text, and session counts that match the rows.
    static void verifyIntegrity(Workspace& ws)
    {
        QCOMPARE(rows(ws, "PRAGMA foreign_key_check"), QStringList());
        QCOMPARE(count(ws, u"SELECT count(*) FROM (SELECT session_id FROM pageviews GROUP BY "
                           u"session_id HAVING max(seq) + 1 <> count(*) OR min(seq) <> 0)"_s),
                 0);
        QCOMPARE(count(ws, u"SELECT count(*) FROM sessions s WHERE pageviews <> (SELECT count(*) "
                           u"FROM pageviews p WHERE p.session_id = s.id) OR events <> (SELECT "
                           u"count(*) FROM events e WHERE e.session_id = s.id)"_s),
                 0);
        QCOMPARE(count(ws, u"SELECT (SELECT count(*) - count(DISTINCT url) FROM urls) + (SELECT "
                           u"count(*) - count(DISTINCT title) FROM page_titles)"_s),
                 0);
        QCOMPARE(count(ws, u"SELECT count(*) FROM visitors v WHERE first_seen <> (SELECT "
                           u"min(started_at) FROM sessions s WHERE s.visitor_id = v.id)"_s),
                 0);
    }

    static TrackingImportReport import(Workspace& ws, const QString& path,
                                       TrackingImportOptions options = {})
    {
        auto report = TrackingImporter::run(ws, path, options);
        if (!report)
            qWarning() << report.error().message;
        return report ? *report : TrackingImportReport{};
    }

    static const char* sessionsSql()
    {
        return "SELECT v.cookie_id, s.source, s.medium, s.channel, s.pageviews, s.landing_path, "
               "s.started_at FROM session_details s JOIN visitors v ON v.id = s.visitor_id ORDER "
               "BY "
               "v.cookie_id, s.started_at";
    }

private slots:
    void buildsTheExpectedSessions()
    {
        auto ws = workspace();
        const TrackingImportReport report = import(*ws, file(story()));
        QCOMPARE(report.batch.rowsRead, 8);
        QCOMPARE(report.batch.rowsImported, 8);
        QCOMPARE(report.batch.visitorsCreated, 2);
        QCOMPARE(report.batch.sessionsCreated, 5);
        QCOMPARE(report.siteHosts, QStringList{u"fjordly.com"_s});
        QCOMPARE(rows(*ws, sessionsSql()),
                 (QStringList{
                     u"A|google|organic|Organic Search|2|/|1709632800000"_s,
                     u"A|(direct)|(none)|Direct|1|/features|1709635500000"_s,
                     u"A|newsletter|email|Email|2|/|1709635800000"_s,
                     u"B|google|cpc|Paid Search|2|/blog/x|1709636400000"_s,
                     u"B|linkedin.com|social|Organic Social|1|/|1709640000000"_s,
                 }));
        QCOMPARE(
            count(*ws, u"SELECT ended_at FROM session_details WHERE landing_path = '/blog/x'"_s),
            1709638199000);
        QCOMPARE(
            rows(*ws, "SELECT cookie_id, first_seen, last_seen FROM visitors ORDER BY 1"),
            (QStringList{u"A|1709632800000|1709636100000"_s, u"B|1709636400000|1709640000000"_s}));
        verifyIntegrity(*ws);
    }

    // Every ad click id of a landing URL is kept, and a mapped column of a type the URL lacks;
    // removing the import removes them.
    void keepsEveryClickId()
    {
        auto ws = workspace();
        QVERIFY(ws);
        const QString path =
            file("visitor_id,timestamp,url,msclkid,gclid\n"
                 "A,2024-03-05T10:00:00Z,https://x.com/?gclid=G1&fbclid=F1&utm_source=a,M1,G2\n"
                 "A,2024-03-05T10:05:00Z,https://x.com/pricing?ttclid=late,,\n"
                 "B,2024-03-05T11:00:00Z,https://x.com/,,G3\n"
                 "C,2024-03-05T12:00:00Z,https://x.com/blog,,\n");
        auto report = TrackingImporter::run(*ws, path, {});
        QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
        QCOMPARE(
            rows(*ws, "SELECT v.cookie_id, c.kind, c.value FROM session_click_ids c JOIN "
                      "sessions s ON s.id = c.session_id JOIN visitors v ON v.id = "
                      "s.visitor_id ORDER BY v.cookie_id, c.kind"),
            (QStringList{u"A|fbclid|F1"_s, u"A|gclid|G1"_s, u"A|msclkid|M1"_s, u"B|gclid|G3"_s}));
        // The click id kept on the session is the URL's (A: its utm_source still decides the
        // channel) or the mapped column's (B: paid search, as a gclid in the URL would be); the
        // page after the landing adds nothing.
        QCOMPARE(rows(*ws, "SELECT v.cookie_id, s.click_id_type, s.click_id, s.channel FROM "
                           "sessions s JOIN visitors v ON v.id = s.visitor_id ORDER BY 1"),
                 (QStringList{u"A|gclid|G1|Unassigned"_s, u"B|gclid|G3|Paid Search"_s,
                              u"C|||Direct"_s}));
        auto removed = BatchRemoval::remove(*ws, report->batch.id);
        QVERIFY2(removed, qPrintable(removed ? QString() : removed.error().message));
        QCOMPARE(count(*ws, u"SELECT count(*) FROM session_click_ids"_s), 0);
    }

    void sessionTimeoutIsAnOption()
    {
        auto ws = workspace();
        TrackingImportOptions options;
        options.sessionTimeoutMinutes = 60;
        import(*ws, file(story()), options);
        // A's 35-minute gap no longer splits; the campaign still does. B's 30:01 gap does not
        // split.
        QCOMPARE(count(*ws, u"SELECT count(*) FROM sessions"_s), 3);
    }

    void reimportingAddsNothing()
    {
        auto ws = workspace();
        const QString path = file(story());
        import(*ws, path);
        const TrackingImportReport again = import(*ws, path);
        QCOMPARE(again.batch.rowsRead, 8);
        QCOMPARE(again.batch.rowsImported, 0);
        QCOMPARE(again.batch.duplicates, 8);
        QCOMPARE(count(*ws, u"SELECT count(*) FROM sessions"_s), 5);
        QCOMPARE(count(*ws, u"SELECT count(*) FROM pageviews"_s), 8);
        QCOMPARE(count(*ws, u"SELECT count(*) FROM import_batches WHERE status = 'committed'"_s),
                 2);
        verifyIntegrity(*ws);
    }

    void skipsRepeatedRowsInAVisit()
    {
        // The third row repeats the first after a later one; the fourth repeats the second right
        // away; the fifth has the same time and URL as the first but is another event.
        auto ws = workspace();
        const TrackingImportReport report =
            import(*ws, file("visitor,time,url,event\n"
                             "A,2024-03-05T10:00:00Z,https://www.fjordly.com/a,page_view\n"
                             "A,2024-03-05T10:05:00Z,https://www.fjordly.com/b,page_view\n"
                             "A,2024-03-05T10:00:00Z,https://www.fjordly.com/a,page_view\n"
                             "A,2024-03-05T10:05:00Z,https://www.fjordly.com/b,page_view\n"
                             "A,2024-03-05T10:00:00Z,https://www.fjordly.com/a,sign_up\n"));
        QCOMPARE(report.batch.rowsRead, 5);
        QCOMPARE(report.batch.duplicates, 2);
        QCOMPARE(report.pageviews, 2);
        QCOMPARE(report.events, 1);
        QCOMPARE(count(*ws, u"SELECT count(*) FROM sessions"_s), 1);
        verifyIntegrity(*ws);
    }

    void aVisitWrittenEarlyIsContinuedNotDuplicated()
    {
        // Visitor L's visit is written once 5,000 rows show the file 40 minutes later; a row of
        // L that comes late in the file, 10 minutes after L's visit, still joins that visit.
        QByteArray csv = "visitor,time,url\n";
        csv += "L,1709600000,https://shop.example.com/\n";
        for (int i = 0; i < 5000; ++i)
            csv += "v" + QByteArray::number(i) + "," + QByteArray::number(1709602400 + i) +
                   ",https://shop.example.com/p\n";
        csv += "L,1709600600,https://shop.example.com/pricing\n";
        auto ws = workspace();
        const TrackingImportReport report = import(*ws, file(csv));
        QCOMPARE(report.batch.sessionsCreated, 5001);
        QCOMPARE(report.sessionsContinued, 0); // only sessions of earlier imports count here
        QCOMPARE(rows(*ws, "SELECT s.pageviews, s.ended_at - s.started_at FROM sessions s JOIN "
                           "visitors v ON v.id = s.visitor_id WHERE v.cookie_id = 'L'"),
                 QStringList{u"2|600000"_s});
        verifyIntegrity(*ws);
    }

    void aLargeFirstLoadMatchesAnAppend()
    {
        // 60,000 rows: a first load writes them in several blocks on its writer thread; the
        // same rows appended to a workspace that already has data are written as they come.
        // Both must store the same sessions.
        QByteArray csv = header;
        const char* pages[] = {"/", "/pricing", "/blog/a", "/features", "/signup"};
        for (int v = 0; v < 6000; ++v) {
            for (int i = 0; i < 10; ++i) {
                // Visits of 5 page views, 40 minutes apart; every third visitor starts a visit
                // from a campaign, every fifth from a search engine.
                const qint64 ts = 1709600000 + v * 7 + (i / 5) * 2400 + (i % 5) * 60;
                QByteArray url = QByteArray("https://shop.example.com") + pages[(v + i) % 5];
                if (i % 5 == 0 && v % 3 == 0)
                    url += "?utm_source=news&utm_medium=email&utm_campaign=c" +
                           QByteArray::number(v % 7);
                const QByteArray referrer =
                    i % 5 == 0 && v % 5 == 0 ? QByteArray("https://www.google.com/") : QByteArray();
                csv += "v" + QByteArray::number(v) + "," + QByteArray::number(ts) + "," + url +
                       "," + referrer + ",Title " + QByteArray::number(i % 5) + "\n";
            }
        }
        const QString big = file(csv);
        auto fresh = workspace();
        const TrackingImportReport first = import(*fresh, big);
        QCOMPARE(first.batch.rowsImported, 60000);
        QCOMPARE(first.batch.sessionsCreated, 12000);
        QCOMPARE(first.batch.visitorsCreated, 6000);

        auto appended = workspace();
        QCOMPARE(import(*appended, file(story())).batch.visitorsCreated, 2);
        const TrackingImportReport second = import(*appended, big);
        QCOMPARE(second.batch.sessionsCreated, 12000);
        const char* summary = "SELECT v.cookie_id, s.started_at, s.ended_at, s.source, s.medium, "
                              "s.campaign, s.channel, s.pageviews, s.landing_path FROM "
                              "session_details s JOIN visitors v ON v.id = s.visitor_id WHERE "
                              "v.cookie_id LIKE 'v%' ORDER BY 1, 2";
        const QStringList expected = rows(*fresh, summary);
        QCOMPARE(expected.size(), 12000);
        QCOMPARE(rows(*appended, summary), expected);
        // Every third visitor (2,000) comes from the newsletter on both visits.
        QCOMPARE(count(*fresh, u"SELECT count(*) FROM sessions WHERE channel = 'Email'"_s), 4000);
        QCOMPARE(count(*fresh, u"SELECT count(*) FROM sessions WHERE channel = 'Organic Search'"_s),
                 1600); // every fifth visitor (1,200), both visits, less every fifteenth (400)
        verifyIntegrity(*fresh);
        verifyIntegrity(*appended);
    }

    void twoFilesGiveTheSameSessionsAsOne_data()
    {
        QTest::addColumn<int>("split");
        QTest::newRow("inside A's e-mail session") << 4;
        QTest::newRow("inside A's first session") << 1;
        QTest::newRow("between visitors") << 5;
        QTest::newRow("overlapping files") << -1;
    }

    void twoFilesGiveTheSameSessionsAsOne()
    {
        QFETCH(int, split);
        auto whole = workspace();
        import(*whole, file(story()));
        auto parts = workspace();
        if (split > 0) {
            import(*parts, file(story(0, split)));
            import(*parts, file(story(split, 8)));
        } else {
            import(*parts, file(story(0, 6)));
            import(*parts, file(story(3, 8))); // rows 3 to 5 come twice
        }
        QCOMPARE(rows(*parts, sessionsSql()), rows(*whole, sessionsSql()));
        QCOMPARE(count(*parts, u"SELECT count(*) FROM pageviews"_s), 8);
        verifyIntegrity(*parts);
    }

    void rejectsRowsWithReasons()
    {
        auto ws = workspace();
        const QString path = file("visitor_id,timestamp,url\n"
                                  "A,2024-03-05T10:00:00Z,https://x.com/\n"
                                  ",2024-03-05T10:01:00Z,https://x.com/a\n"
                                  "B,yesterday,https://x.com/b\n"
                                  "C,2024-03-05T10:02:00Z\n"
                                  "D,2024-03-05T10:03:00Z,https://x.com/d\n");
        const TrackingImportReport report = import(*ws, path);
        QCOMPARE(report.batch.rowsRead, 5);
        QCOMPARE(report.batch.rowsRejected, 3);
        QCOMPARE(report.batch.rowsImported, 2);
        QCOMPARE(rows(*ws, "SELECT row_number, coalesce(column_name, '-'), code FROM import_issues "
                           "ORDER BY 1"),
                 (QStringList{u"3|visitor_id|missing_visitor"_s, u"4|timestamp|bad_time"_s,
                              u"5|-|too_few_fields"_s}));
        QVERIFY(report.issues[1].message.contains(u"'yesterday'"_s));
        QCOMPARE(report.issues[1].raw, u"B,yesterday,https://x.com/b"_s);

        const QString rejects = m_dir.filePath(u"rejects.csv"_s);
        QVERIFY(ImportIssues::writeRejects(rejects, report.issues).ok());
        QFile saved(rejects);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = saved.readAll().split('\n');
        QCOMPARE(lines[0], QByteArray("row,column,reason,original\r"));
        QVERIFY(lines[2].startsWith("4,timestamp,"));
        QVERIFY(lines[2].endsWith("\"B,yesterday,https://x.com/b\"\r"));
    }

    void aBrokenFileChangesNothing()
    {
        auto ws = workspace();
        auto result = TrackingImporter::run(
            *ws, file(story() + "C,2024-03-05T13:00:00Z,\"https://never.closed/\n"), {});
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::BadInput);
        QVERIFY(result.error().message.contains(u"line 10"_s));
        QCOMPARE(count(*ws, u"SELECT count(*) FROM visitors"_s), 0);
        QCOMPARE(count(*ws, u"SELECT count(*) FROM import_batches"_s), 0);
    }

    void cancelChangesNothing()
    {
        QByteArray big = header;
        for (int i = 0; i < 20000; ++i)
            big += "v" + QByteArray::number(i % 500) +
                   ",2024-03-05T10:" + QByteArray::number(10 + i % 40) + ":00Z,https://x.com/p" +
                   QByteArray::number(i) + ",,Title\n";
        auto ws = workspace();
        int calls = 0;
        auto result = TrackingImporter::run(*ws, file(big), {}, [&](qint64 done, qint64 total) {
            ++calls;
            return done < total / 2;
        });
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::Cancelled);
        QVERIFY(calls >= 1);
        QCOMPARE(count(*ws, u"SELECT count(*) FROM pageviews"_s), 0);
        QCOMPARE(count(*ws, u"SELECT count(*) FROM import_batches"_s), 0);
        // Without a cancel the same file imports whole.
        QCOMPARE(import(*ws, file(big)).batch.rowsImported, 20000);
    }

    void readsExcelFilesOfEachMarket_data()
    {
        QTest::addColumn<QByteArray>("encoding");
        QTest::addColumn<QString>("title");
        QTest::newRow("polish") << QByteArray("windows-1250") << u"Cennik – zażółć gęślą jaźń"_s;
        QTest::newRow("russian") << QByteArray("windows-1251") << u"Цены – воронка продаж"_s;
        QTest::newRow("swedish") << QByteArray("windows-1252") << u"Priser – säljtratt för Åsa"_s;
        QTest::newRow("utf-16") << QByteArray("UTF-16LE") << u"Prijzen – verkooptrechter"_s;
    }

    void readsExcelFilesOfEachMarket()
    {
        QFETCH(QByteArray, encoding);
        QFETCH(QString, title);
        const QString text =
            u"sep=;\nvisitor;time;url;title\nA;05.03.2024 10:00;https://x.com/;%1\n"_s.arg(title);
        QByteArray bytes = QStringEncoder(encoding.constData()).encode(text);
        if (encoding == "UTF-16LE")
            bytes.prepend("\xFF\xFE");
        auto ws = workspace();
        TrackingImportOptions options;
        options.timeFormat = u"dd.MM.yyyy HH:mm"_s;
        options.timeZone = u"Europe/Warsaw"_s;
        const TrackingImportReport report = import(*ws, file(bytes), options);
        QCOMPARE(report.format.encoding, encoding);
        QCOMPARE(report.format.delimiter, ';');
        QCOMPARE(rows(*ws, "SELECT title, ts FROM pageview_details"),
                 QStringList{title + u"|1709629200000"_s});
    }

    void theDataSessionIdDecides()
    {
        auto ws = workspace();
        TrackingImportOptions options;
        import(*ws,
               file("visitor,time,url,session_id\n"
                    "A,2024-03-05T10:00:00Z,https://x.com/,s1\n"
                    "A,2024-03-05T13:00:00Z,https://x.com/?utm_source=x&utm_medium=cpc,s1\n"
                    "A,2024-03-05T13:05:00Z,https://x.com/b,s2\n"),
               options);
        QCOMPARE(rows(*ws, "SELECT external_id, pageviews FROM sessions ORDER BY started_at"),
                 (QStringList{u"s1|2"_s, u"s2|1"_s}));
        verifyIntegrity(*ws);
    }

    void givenChannelsAndConversions()
    {
        auto ws = workspace();
        TrackingImportOptions options;
        options.map = *TrackingMappings::parseMapOption(
            u"visitor=cookie,time=when,channel=touch,event=what,email=mail"_s);
        options.preset = u"generic"_s;
        import(*ws,
               file("cookie,when,touch,what,mail,url\n"
                    "A,1709632800,Podcast,page_view,,https://x.com/\n"
                    "A,1709632860,Podcast,generate_lead, Anna.Nowak@Example.PL "
                    ",https://x.com/thanks\n"),
               options);
        QCOMPARE(
            rows(*ws, "SELECT channel, channel_rule, pageviews, events, conversions FROM sessions"),
            QStringList{u"Podcast|given|1|1|1"_s});
        QCOMPARE(rows(*ws, "SELECT name, is_conversion, email FROM events"),
                 QStringList{u"generate_lead|1|anna.nowak@example.pl"_s});
    }

    void refusesMappingsItCannotUse_data()
    {
        QTest::addColumn<QString>("map");
        QTest::addColumn<QString>("messageHas");
        QTest::newRow("unknown field") << u"colour=url"_s << u"colour=url"_s;
        QTest::newRow("missing column") << u"visitor=nothere"_s << u"nothere"_s;
    }

    void refusesMappingsItCannotUse()
    {
        QFETCH(QString, map);
        QFETCH(QString, messageHas);
        auto ws = workspace();
        auto parsed = TrackingMappings::parseMapOption(map);
        Error error{ErrorCode::InvalidArgument, {}};
        if (!parsed) {
            error = parsed.error();
        } else {
            TrackingImportOptions options;
            options.map = *parsed;
            auto result = TrackingImporter::run(*ws, file(story()), options);
            QVERIFY(!result.ok());
            error = result.error();
        }
        QCOMPARE(error.code, ErrorCode::BadInput);
        QVERIFY2(error.message.contains(messageHas), qPrintable(error.message));
    }

    void importsARealGa4Export()
    {
        auto ws = workspace();
        const QString path = QString::fromUtf8(LEADLOOP_TEST_DATA) + u"/ga4/events.ndjson"_s;
        const TrackingImportReport report = import(*ws, path);
        QCOMPARE(report.mapping.preset, u"ga4"_s);
        QCOMPARE(report.batch.rowsRead, 61);
        QCOMPARE(report.batch.rowsRejected, 0); // the NaN line is read, not rejected
        QCOMPARE(report.batch.rowsImported, 61);
        QCOMPARE(report.batch.visitorsCreated, 24);
        QCOMPARE(report.batch.sessionsCreated, 27);
        QCOMPARE(report.pageviews, 22);
        QCOMPARE(
            count(*ws, u"SELECT ts FROM events WHERE name = 'first_visit' ORDER BY ts LIMIT 1"_s),
            1604192073036LL); // event_timestamp 1604192073036492 microseconds
        QCOMPARE(
            count(*ws, u"SELECT count(*) FROM pageview_details WHERE url NOT LIKE 'https://%'"_s),
            0);
        // Re-importing adds nothing.
        QCOMPARE(import(*ws, path).batch.duplicates, 61);
        verifyIntegrity(*ws);
    }

    void importsARealUniversalAnalyticsExport()
    {
        auto ws = workspace();
        const QString path = QString::fromUtf8(LEADLOOP_TEST_DATA) + u"/ua/sessions.ndjson.gz"_s;
        const TrackingImportReport report = import(*ws, path);
        QCOMPARE(report.mapping.preset, u"ua"_s);
        QCOMPARE(report.batch.rowsRead, 364);
        QCOMPARE(report.batch.rowsImported, 364);
        QCOMPARE(report.batch.duplicates, 0); // hits at the same time stay distinct by hitNumber
        QCOMPARE(report.pageviews, 275);
        QCOMPARE(report.batch.visitorsCreated, 40);
        QCOMPARE(report.batch.sessionsCreated, 40);
        QCOMPARE(rows(*ws, "SELECT channel, count(*) FROM sessions GROUP BY 1 ORDER BY 2 DESC, 1"),
                 (QStringList{u"Organic Search|22"_s, u"Direct|11"_s, u"Referral|5"_s,
                              u"Affiliates|1"_s, u"Paid Search|1"_s}));
        QCOMPARE(import(*ws, path).batch.duplicates, 364);
        verifyIntegrity(*ws);
    }

    /// Sessions a Universal Analytics export reports as "(not set) / (not set)" keep those values
    /// (they were counted as direct traffic): the channel rules make them Unassigned.
    void keepsTheExportsNotSet()
    {
        const auto session = [](const char* visitor, const char* source, const char* medium) {
            QByteArray line = "{'fullVisitorId':'V','visitId':'1','visitStartTime':1709290800,"
                              "'trafficSource':{'source':'S','medium':'M','campaign':'(not set)'},"
                              "'hits':[{'hitNumber':1,'time':0,'type':'PAGE','page':{'hostname':"
                              "'shop.example.com','pagePath':'/'}}]}\n";
            line.replace("'V'", "'" + QByteArray(visitor) + "'")
                .replace("'S'", "'" + QByteArray(source) + "'")
                .replace("'M'", "'" + QByteArray(medium) + "'");
            return line.replace('\'', '"');
        };
        auto ws = workspace();
        const QString path = m_dir.filePath(u"notset.ndjson"_s);
        QVERIFY(test::writeFile(path, session("1", "(not set)", "(not set)") +
                                          session("2", "(direct)", "(none)") +
                                          session("3", "google", "organic")));
        const TrackingImportReport report = import(*ws, path);
        QCOMPARE(report.mapping.preset, u"ua"_s);
        QCOMPARE(rows(*ws, "SELECT source || ' / ' || medium || '|' || channel FROM sessions "
                           "ORDER BY 1"),
                 (QStringList{u"(direct) / (none)|Direct"_s, u"(not set) / (not set)|Unassigned"_s,
                              u"google / organic|Organic Search"_s}));
    }

    void refusesAPresetThatDoesNotFit()
    {
        auto ws = workspace();
        TrackingImportOptions options;
        options.preset = u"ga4"_s;
        auto result = TrackingImporter::run(*ws, file(story()), options);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::BadInput);
        QVERIFY(result.error().message.contains(u"GA4"_s));
    }

    void importsARealSnowplowExport()
    {
        auto ws = workspace();
        const QString path =
            QString::fromUtf8(LEADLOOP_TEST_DATA) + u"/snowplow/snowplow_web_events.csv"_s;
        const TrackingImportReport report = import(*ws, path);
        QCOMPARE(report.mapping.preset, u"snowplow"_s);
        QCOMPARE(report.batch.rowsRead, 160);
        QCOMPARE(report.batch.rowsRejected, 1); // one event has no domain_userid
        QCOMPARE(report.batch.duplicates, 3);   // three repeated event ids
        QCOMPARE(report.batch.rowsImported, 156);
        QCOMPARE(report.pageviews, 48);
        QCOMPARE(report.batch.visitorsCreated, 42);
        QCOMPARE(report.batch.sessionsCreated, 48);
        QCOMPARE(
            count(
                *ws,
                u"SELECT count(DISTINCT visitor_id || '/' || coalesce(external_id, '')) FROM sessions"_s),
            48);
        // The campaign visits as Snowplow's own model classifies them (google-ad / ppc: Paid
        // Other).
        QCOMPARE(rows(*ws, "SELECT channel, count(*) FROM sessions WHERE campaign IS NOT NULL AND "
                           "campaign <> '' GROUP BY 1 ORDER BY 1"),
                 (QStringList{u"Display|2"_s, u"Paid Other|1"_s}));
        verifyIntegrity(*ws);
    }
};

QTEST_GUILESS_MAIN(TestTrackingImporter)
#include "tst_trackingimporter.moc"
