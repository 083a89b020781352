#include "scratchworkspaces.h"
#include "store/database.h"
#include "store/importbatches.h"
#include "store/trackingwriter.h"
#include "store/workspace.h"
#include "testsupport.h"
#include "tracking/channelruleset.h"
#include "tracking/sessionbuilder.h"
#include "tracking/trafficsource.h"
#include "tracking/urlparser.h"

#include <QTest>

using namespace leadloop;
using namespace Qt::StringLiterals;

namespace {

/// A tracking row written as "visitor minute url [event=NAME] [sid=ID] [ref=URL]", minutes
/// counted from 1 March 2024 09:00 UTC.
struct RowText
{
    std::string visitor, url, event, session, referrer;
    qint64 ts = 0;

    static RowText parse(const QString& line)
    {
        const QStringList parts = line.simplified().split(u' ');
        RowText row;
        row.visitor = parts.value(0).toStdString();
        row.ts = 1709283600000 + parts.value(1).toLongLong() * 60'000;
        row.url = parts.value(2).toStdString();
        for (const QString& part : parts.mid(3)) {
            const std::string value = part.section(u'=', 1).toStdString();
            if (part.startsWith(u"event="))
                row.event = value;
            else if (part.startsWith(u"sid="))
                row.session = value;
            else if (part.startsWith(u"ref="))
                row.referrer = value;
        }
        return row;
    }

    TrackingRow view() const
    {
        TrackingRow row;
        row.ts = ts;
        row.visitor = visitor;
        row.url = url;
        row.event = event;
        row.session = session;
        row.referrer = referrer;
        row.isPageView = event.empty();
        return row;
    }
};

} // namespace

/// SessionBuilder on its own: which rows make one session and which start the next, duplicates,
/// sessions continued from an earlier import, and the source a session takes from its rows.
class TestSessionBuilder : public QObject
{
    Q_OBJECT

    test::ScratchWorkspaces m_dir;
    std::unique_ptr<Workspace> m_ws;

    /// Feeds the rows (separated by ';') through one builder in one transaction, as the
    /// importer does: with foreign keys checked after the builder finishes, not row by row
    /// (visitors are written last).
    Result<SessionCounts> build(const QString& rows, SessionRules rules = {})
    {
        Database& db = m_ws->database();
        if (Status off = db.exec(u"PRAGMA foreign_keys = OFF"_s); !off)
            return off.error();
        Transaction transaction(db);
        if (!transaction.isActive())
            return transaction.error();
        ImportBatch batch;
        batch.kind = u"tracking"_s;
        batch.sourceName = u"rows"_s;
        batch.startedAt = 1;
        auto batchId = ImportBatches::begin(db, batch);
        if (!batchId)
            return batchId.error();
        auto channels = ChannelRuleSet::builtin(u"ga4"_s);
        if (!channels)
            return channels.error();
        const TrafficSourceResolver sources(*channels, {u"www.fjordly.com"_s});
        TrackingWriter writer(db, *batchId, urlHostAndPath);
        SessionBuilder builder(db, writer, sources, *channels, rules);
        for (const QString& line : rows.split(u';', Qt::SkipEmptyParts)) {
            const RowText text = RowText::parse(line);
            auto added = builder.add(text.view());
            if (!added)
                return added.error();
        }
        if (Status finished = builder.finish(); !finished)
            return finished.error();
        if (Status written = writer.finish(); !written)
            return written.error();
        if (Status committed = transaction.commit(); !committed)
            return committed.error();
        const QStringList broken = test::queryRows(db, "PRAGMA foreign_key_check");
        if (!broken.isEmpty())
            return Error{ErrorCode::Database, broken.join(u", ")};
        return builder.counts();
    }

    /// Each session as "visitor|first minute|last minute|page views|events".
    QStringList sessions()
    {
        return test::queryRows(
            m_ws->database(),
            "SELECT v.cookie_id, (s.started_at - 1709283600000) / 60000, (s.ended_at - "
            "1709283600000) / 60000, s.pageviews, s.events FROM sessions s JOIN visitors v ON "
            "v.id = s.visitor_id ORDER BY v.cookie_id, s.started_at");
    }

private slots:
    void init()
    {
        m_ws = m_dir.create();
        QVERIFY(m_ws);
    }

    void cleanup() { m_ws.reset(); }

    void splitsRowsIntoSessions_data()
    {
        QTest::addColumn<QString>("rows");
        QTest::addColumn<bool>("useSessionIds");
        QTest::addColumn<QStringList>("expected");
        const QString paid = u"/?utm_source=google&utm_medium=cpc&utm_campaign=spring"_s;
        const QString mail = u"/?utm_source=newsletter&utm_medium=email&utm_campaign=spring"_s;
        QTest::newRow("within the 30-minute timeout")
            << u"A 0 /; A 29 /pricing"_s << false << QStringList{u"A|0|29|2|0"_s};
        QTest::newRow("the timeout counts from the last activity")
            << u"A 0 /; A 20 /a; A 45 /b"_s << false << QStringList{u"A|0|45|3|0"_s};
        QTest::newRow("a longer pause starts a new session")
            << u"A 0 /; A 31 /pricing"_s << false << QStringList{u"A|0|0|1|0"_s, u"A|31|31|1|0"_s};
        QTest::newRow("other campaign parameters start a new session")
            << u"A 0 %1; A 5 %2"_s.arg(paid, mail) << false
            << QStringList{u"A|0|0|1|0"_s, u"A|5|5|1|0"_s};
        QTest::newRow("the same campaign again does not")
            << u"A 0 %1; A 5 %1"_s.arg(paid) << false << QStringList{u"A|0|5|2|0"_s};
        QTest::newRow("a page without parameters does not")
            << u"A 0 %1; A 5 /pricing"_s.arg(paid) << false << QStringList{u"A|0|5|2|0"_s};
        QTest::newRow("visitors have their own sessions")
            << u"A 0 /; B 1 /; A 2 /a"_s << false << QStringList{u"A|0|2|2|0"_s, u"B|1|1|1|0"_s};
        QTest::newRow("events count beside page views")
            << u"A 0 /demo; A 1 /demo event=form_submit"_s << false << QStringList{u"A|0|1|1|1"_s};
        QTest::newRow("the data's session id keeps a long pause together")
            << u"A 0 / sid=s1; A 120 /a sid=s1"_s << true << QStringList{u"A|0|120|2|0"_s};
        QTest::newRow("the data's session id splits without a pause")
            << u"A 0 / sid=s1; A 1 /a sid=s2"_s << true
            << QStringList{u"A|0|0|1|0"_s, u"A|1|1|1|0"_s};
    }

    void splitsRowsIntoSessions()
    {
        QFETCH(QString, rows);
        QFETCH(bool, useSessionIds);
        QFETCH(QStringList, expected);
        SessionRules rules;
        rules.useSessionIds = useSessionIds;
        auto counts = build(rows, rules);
        QVERIFY2(counts.ok(), qPrintable(counts.ok() ? QString() : counts.error().message));
        QCOMPARE(sessions(), expected);
        QCOMPARE(counts->sessionsCreated, qint64(expected.size()));
        QCOMPARE(counts->duplicates, 0);
    }

    void theTimeoutIsTheRulesOne()
    {
        SessionRules rules;
        rules.timeoutMs = 10 * 60'000;
        QVERIFY(build(u"A 0 /; A 11 /a"_s, rules).ok());
        QCOMPARE(sessions(), (QStringList{u"A|0|0|1|0"_s, u"A|11|11|1|0"_s}));
    }

    void skipsDuplicatesInTheBatchAndInTheWorkspace()
    {
        auto first = build(u"A 0 /; A 0 /; A 1 /a event=form_submit; A 1 /a event=form_submit"_s);
        QVERIFY(first.ok());
        QCOMPARE(first->duplicates, 2);
        QCOMPARE(first->pageviews, 1);
        QCOMPARE(first->events, 1);
        QCOMPARE(first->visitorsCreated, 1);
        // The same rows again are all in the workspace already: nothing new is written.
        auto again = build(u"A 0 /; A 1 /a event=form_submit"_s);
        QVERIFY(again.ok());
        QCOMPARE(again->duplicates, 2);
        QCOMPARE(again->pageviews, 0);
        QCOMPARE(again->sessionsCreated, 0);
        QCOMPARE(again->visitorsCreated, 0);
        QCOMPARE(sessions(), QStringList{u"A|0|1|1|1"_s});
    }

    void continuesASessionOfAnEarlierImport()
    {
        QVERIFY(build(u"A 0 /"_s).ok());
        auto later = build(u"A 10 /pricing; A 50 /demo"_s);
        QVERIFY(later.ok());
        QCOMPARE(later->sessionsContinued, 1);
        QCOMPARE(later->sessionsCreated, 1); // the one after the pause
        QCOMPARE(sessions(), (QStringList{u"A|0|10|2|0"_s, u"A|50|50|1|0"_s}));
        // The continued session's page views are numbered on from the stored ones.
        QCOMPARE(test::queryRows(m_ws->database(),
                                 "SELECT p.seq, u.url FROM pageviews p JOIN urls u ON u.id = "
                                 "p.url_id WHERE p.session_id = 1 ORDER BY p.seq"),
                 (QStringList{u"0|/"_s, u"1|/pricing"_s}));
    }

    void aSessionTakesItsSourceFromItsEarliestPageView_data()
    {
        QTest::addColumn<QString>("rows");
        QTest::addColumn<QString>("expected");
        QTest::newRow("campaign parameters")
            << u"A 0 https://www.fjordly.com/?utm_source=google&utm_medium=cpc"_s
            << u"google|cpc|Paid Search|"_s;
        QTest::newRow("a search engine's referrer")
            << u"A 0 https://www.fjordly.com/ ref=https://www.google.com/"_s
            << u"google|organic|Organic Search|google.com"_s;
        QTest::newRow("the site's own pages are not a referrer")
            << u"A 0 https://www.fjordly.com/ ref=https://www.fjordly.com/blog"_s
            << u"(direct)|(none)|Direct|"_s;
        QTest::newRow("the earliest page view, not an earlier event")
            << u"A 0 https://www.fjordly.com/x event=scroll ref=https://www.google.com/; "
               u"A 1 https://www.fjordly.com/"_s
            << u"(direct)|(none)|Direct|"_s;
    }

    void aSessionTakesItsSourceFromItsEarliestPageView()
    {
        QFETCH(QString, rows);
        QFETCH(QString, expected);
        QVERIFY(build(rows).ok());
        QCOMPARE(test::queryRows(m_ws->database(),
                                 "SELECT source, medium, channel, coalesce(referrer_host, '') "
                                 "FROM sessions"),
                 QStringList{expected});
    }
};

QTEST_GUILESS_MAIN(TestSessionBuilder)
#include "tst_sessionbuilder.moc"
