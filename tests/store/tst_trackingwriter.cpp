#include "scratchworkspaces.h"
#include "store/database.h"
#include "store/importbatches.h"
#include "store/trackingwriter.h"
#include "store/workspace.h"
#include "testsupport.h"
#include "tracking/urlparser.h"

#include <QTest>

using namespace leadloop;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(leadloop::TrackingWriter::Mode)

/// TrackingWriter on its own: ids handed out in order, URLs and titles stored once, the same
/// rows whether written at once or on the worker thread, and a failed write reported, not lost.
class TestTrackingWriter : public QObject
{
    Q_OBJECT

    test::ScratchWorkspaces m_dir;

    static qint64 beginBatch(Database& db)
    {
        ImportBatch batch;
        batch.kind = u"tracking"_s;
        batch.sourceName = u"writer"_s;
        batch.startedAt = 1;
        auto id = ImportBatches::begin(db, batch);
        return id.ok() ? *id : 0;
    }

    /// Writes `visitors` visitors with three sessions each, each session with `views` page views
    /// over ten URLs and two titles, and an event per session. The first error, if any.
    static Status writeStory(TrackingWriter& writer, int visitors, int views)
    {
        for (int v = 0; v < visitors; ++v) {
            const std::string cookie = "cookie-" + std::to_string(v);
            auto visitor = writer.addVisitor(cookie, 1000 * v, 1000 * v + 500);
            if (!visitor)
                return visitor.error();
            for (int s = 0; s < 3; ++s) {
                SessionRecord session;
                session.visitorId = *visitor;
                session.startedAt = session.endedAt = 1000 * v + s;
                session.landingUrl = u"https://www.fjordly.com/landing"_s;
                session.source = u"google"_s;
                session.medium = u"organic"_s;
                session.channel = u"Organic Search"_s;
                session.pageviews = views;
                session.events = 1;
                auto id = writer.addSession(session);
                if (!id)
                    return id.error();
                for (int p = 0; p < views; ++p) {
                    const std::string url = "https://www.fjordly.com/p" + std::to_string(p % 10);
                    TrackingWriter::PageViewBytes view;
                    view.sessionId = *id;
                    view.seq = p;
                    view.ts = session.startedAt + p;
                    view.url = url;
                    view.title = p % 2 ? "Pricing" : "Fjordly";
                    if (Status added = writer.addPageView(view); !added)
                        return added;
                }
                EventRecord event;
                event.sessionId = *id;
                event.visitorId = *visitor;
                event.ts = session.startedAt;
                event.name = u"scroll"_s;
                if (Status added = writer.addEvent(event); !added)
                    return added;
            }
        }
        return writer.finish();
    }

private slots:
    void writesTheSameRowsInEitherMode_data()
    {
        QTest::addColumn<int>("visitors");
        QTest::addColumn<int>("views");
        // Fewer rows than one multi-row INSERT; and more than one worker block (16,384 rows).
        QTest::newRow("a few rows") << 2 << 3;
        QTest::newRow("several blocks") << 700 << 20;
    }

    void writesTheSameRowsInEitherMode()
    {
        QFETCH(int, visitors);
        QFETCH(int, views);
        QMap<QString, QByteArray> digests[2];
        for (int m = 0; m < 2; ++m) {
            auto ws = m_dir.create();
            QVERIFY(ws);
            Database& db = ws->database();
            Transaction transaction(db);
            QVERIFY(transaction.isActive());
            TrackingWriter writer(db, beginBatch(db), urlHostAndPath,
                                  m == 0 ? TrackingWriter::Mode::Immediate
                                         : TrackingWriter::Mode::Background);
            const Status written = writeStory(writer, visitors, views);
            QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));
            QVERIFY(transaction.commit().ok());
            QCOMPARE(test::queryRows(db, "SELECT count(*) FROM visitors"),
                     QStringList{QString::number(visitors)});
            QCOMPARE(test::queryRows(db, "SELECT count(*), min(id), max(id) FROM sessions"),
                     QStringList{u"%1|1|%1"_s.arg(3 * visitors)});
            QCOMPARE(test::queryRows(db, "SELECT count(*) FROM pageviews"),
                     QStringList{QString::number(3 * visitors * views)});
            QCOMPARE(test::queryRows(db, "SELECT count(*) FROM events"),
                     QStringList{QString::number(3 * visitors)});
            // Each URL and title is stored once, with the host (without "www.") and path beside
            // the URL.
            QCOMPARE(test::queryRows(db, "SELECT count(*) FROM urls"),
                     QStringList{QString::number(1 + std::min(views, 10))});
            QCOMPARE(test::queryRows(db, "SELECT host, path FROM urls WHERE url = "
                                         "'https://www.fjordly.com/landing'"),
                     QStringList{u"fjordly.com|/landing"_s});
            QCOMPARE(test::queryRows(db, "SELECT count(*) FROM page_titles"),
                     QStringList{QString::number(std::min(views, 2))});
            QCOMPARE(test::queryRows(db, "PRAGMA foreign_key_check"), QStringList());
            digests[m] = test::tableDigests(db);
        }
        QCOMPARE(digests[1], digests[0]);
    }

    static SessionRecord direct(qint64 visitorId)
    {
        SessionRecord session;
        session.visitorId = visitorId;
        session.source = u"(direct)"_s;
        session.medium = u"(none)"_s;
        session.channel = u"Direct"_s;
        return session;
    }

    void handsOutIdsInOrder()
    {
        auto ws = m_dir.create();
        QVERIFY(ws);
        Database& db = ws->database();
        Transaction transaction(db);
        TrackingWriter writer(db, beginBatch(db), urlHostAndPath);
        const qint64 reserved = writer.reserveVisitorId();
        QCOMPARE(reserved, 1);
        auto other = writer.addVisitor("B", 5, 6);
        QVERIFY(other.ok());
        QCOMPARE(*other, 2);
        auto first = writer.addVisitor("A", 1, 2, reserved);
        QVERIFY(first.ok());
        QCOMPARE(*first, 1);
        QVERIFY(writer.touchVisitor(1, 0, 9).ok());
        SessionRecord session = direct(1);
        session.startedAt = session.endedAt = 1;
        session.pageviews = 1;
        auto id = writer.addSession(session);
        QVERIFY(id.ok());
        QVERIFY(writer.extendSession(*id, 0, 7, 2, 1, 1).ok());
        QVERIFY(writer.finish().ok());
        QVERIFY(transaction.commit().ok());
        QCOMPARE(test::queryRows(db, "SELECT id, cookie_id, first_seen, last_seen FROM visitors "
                                     "ORDER BY id"),
                 (QStringList{u"1|A|0|9"_s, u"2|B|5|6"_s}));
        QCOMPARE(test::queryRows(db, "SELECT started_at, ended_at, pageviews, events, "
                                     "conversions FROM sessions"),
                 QStringList{u"0|7|3|1|1"_s});
    }

    void aFailedWriteIsReported_data()
    {
        QTest::addColumn<TrackingWriter::Mode>("mode");
        QTest::newRow("at once") << TrackingWriter::Mode::Immediate;
        QTest::newRow("on the worker thread") << TrackingWriter::Mode::Background;
    }

    void aFailedWriteIsReported()
    {
        QFETCH(TrackingWriter::Mode, mode);
        auto ws = m_dir.create();
        QVERIFY(ws);
        Database& db = ws->database();
        Transaction transaction(db);
        TrackingWriter writer(db, beginBatch(db), urlHostAndPath, mode);
        auto visitor = writer.addVisitor("A", 1, 2);
        QVERIFY(visitor.ok());
        auto id = writer.addSession(direct(*visitor));
        QVERIFY(id.ok());
        // Two page views with the same place in the session break the table's primary key.
        TrackingWriter::PageViewBytes view;
        view.sessionId = *id;
        view.url = "https://www.fjordly.com/";
        const Status first = writer.addPageView(view);
        const Status second = writer.addPageView(view);
        const Status finished = writer.finish();
        QVERIFY(first.ok());
        QVERIFY(!second.ok() || !finished.ok());
        const Error& error = second.ok() ? finished.error() : second.error();
        QCOMPARE(error.code, ErrorCode::Database);
        QVERIFY2(error.message.contains(u"pageviews"_s), qPrintable(error.message));
    }
};

QTEST_GUILESS_MAIN(TestTrackingWriter)
#include "tst_trackingwriter.moc"
