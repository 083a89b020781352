// Each person's precomputed touches (TouchSequences, schema version 15): packed rows read back
// as written; after any sequence of imports, links, unlinks, tags, reclassifications and batch
// removals they are up to date when each change commits, equal a rebuild from scratch, and every
// report read from them equals the same report read from the sessions.
#include "analytics/attributionreport.h"
#include "analytics/channelsreport.h"
#include "analytics/conversionpaths.h"
#include "analytics/dealsreport.h"
#include "analytics/funnelreport.h"
#include "analytics/pathsreport.h"
#include "analytics/trendreport.h"
#include "ingest/crmimporter.h"
#include "ingest/trackingimporter.h"
#include "sales/identityreview.h"
#include "sales/outcometagger.h"
#include "store/batchremoval.h"
#include "store/database.h"
#include "store/recovery.h"
#include "store/statement.h"
#include "store/touchsequences.h"
#include "store/workspace.h"
#include "testsupport.h"
#include "tracking/workspacechannels.h"

#include <functional>
#include <QTest>
#include <random>

using namespace leadloop;
using namespace Qt::StringLiterals;

namespace {

using Sessions = std::vector<TouchSequences::Session>;

/// Every row of touch_sequences as text, in person order.
QStringList dump(Database& db)
{
    QStringList rows;
    Statement all(db.handle(), "SELECT person, lead_at, first_visit, sessions, hex(touches) FROM "
                               "touch_sequences ORDER BY person");
    while (all.next())
        rows << u"%1 %2 %3 %4 %5"_s.arg(all.int64(0))
                    .arg(all.isNull(1) ? u"-"_s : QString::number(all.int64(1)))
                    .arg(all.isNull(2) ? u"-"_s : QString::number(all.int64(2)))
                    .arg(all.int64(3))
                    .arg(all.text(4));
    if (!all.status())
        rows << u"error"_s;
    return rows;
}

qint64 count(Database& db, const QString& sql)
{
    auto n = db.scalar(sql);
    return n ? *n : -1;
}

} // namespace

class TestTouchSequences : public QObject
{
    Q_OBJECT

    test::ScratchDir m_dir;

    /// A random workspace changing step by step: tracking and CRM imports into it, links and
    /// unlinks, tags, a change of channel grouping and batch removals, each through the
    /// product's own code.
    struct World
    {
        std::mt19937 random;
        Workspace* ws = nullptr;
        test::ScratchDir* dir = nullptr;
        int visitors = 0, people = 0, files = 0;
        bool hubspot = false;

        int pick(int n) { return int(random() % unsigned(n)); }

        QString file(const QByteArray& text) { return dir->file(u"f%1.csv"_s.arg(++files), text); }

        /// Page views of new and known visitors, some filling in a form as a known or new person.
        QString step_tracking(QByteArray& what)
        {
            const char* starts[] = {"?utm_source=google&utm_medium=cpc&utm_campaign=brand",
                                    "?utm_source=news&utm_medium=email&utm_campaign=weekly",
                                    "?utm_source=facebook&utm_medium=paid_social",
                                    "?utm_source=partner&utm_medium=referral",
                                    "?gclid=abc",
                                    "",
                                    ""};
            const char* pages[] = {"", "pricing", "demo", "blog/a"};
            struct Row
            {
                qint64 at;
                QByteArray text;
            };
            std::vector<Row> rows;
            // A first import large enough that later changes rebuild a few people each.
            const int n = visitors == 0 ? 400 : 5 + pick(25);
            for (int i = 0; i < n; ++i) {
                const int v = visitors > 0 && pick(3) == 0 ? pick(visitors) : visitors++;
                qint64 at = 1704067200 + qint64(random() % (150u * 86400));
                for (int s = 1 + pick(3); s > 0; --s) {
                    const QByteArray time =
                        QDateTime::fromSecsSinceEpoch(at, Qt::UTC).toString(Qt::ISODate).toLatin1();
                    rows.push_back({at, "v" + QByteArray::number(v) + ',' + time +
                                            ",https://shop.example/" + pages[pick(4)] +
                                            starts[pick(7)] + ",,\n"});
                    if (pick(4) == 0) {
                        const int p = people > 0 && pick(2) ? pick(people) : people++;
                        rows.push_back({at + 30, "v" + QByteArray::number(v) + ',' +
                                                     QDateTime::fromSecsSinceEpoch(at + 30, Qt::UTC)
                                                         .toString(Qt::ISODate)
                                                         .toLatin1() +
                                                     ",https://shop.example/demo,form_submit,p" +
                                                     QByteArray::number(p) + "@example.se\n"});
                    }
                    at += 3600 * qint64(1 + pick(200));
                }
            }
            std::stable_sort(rows.begin(), rows.end(),
                             [](const Row& a, const Row& b) { return a.at < b.at; });
            QByteArray text = "visitor,time,url,event,email\n";
            for (const Row& r : rows)
                text += r.text;
            what = "tracking import";
            auto done = TrackingImporter::run(*ws, file(text), {});
            return done ? QString() : done.error().message;
        }

        /// Known and new people, some with a cookie of a known visitor, some with a deal.
        QString step_crm(QByteArray& what)
        {
            QByteArray text = "email,contact_created,visitor,deal_id,amount,currency,outcome,"
                              "deal_created,closed\n";
            const char* outcomes[] = {"won", "lost", "open"};
            for (int i = 3 + pick(10); i > 0; --i) {
                const int p = people > 0 && pick(2) ? pick(people) : people++;
                text += "p" + QByteArray::number(p) + "@example.se,2024-0" +
                        QByteArray::number(1 + pick(5)) + "-1" + QByteArray::number(pick(9)) + ',';
                if (visitors > 0 && pick(3) == 0)
                    text += "v" + QByteArray::number(pick(visitors));
                if (pick(2)) {
                    const int o = pick(3);
                    text += ",D" + QByteArray::number(p) + '-' + QByteArray::number(pick(3)) + ',' +
                            QByteArray::number(100 + pick(900)) + ",EUR," + outcomes[o] +
                            ",2024-06-0" + QByteArray::number(1 + pick(8)) + ',' +
                            (o == 2 ? "" : "2024-07-01");
                } else {
                    text += ",,,,,,";
                }
                text += '\n';
            }
            what = "CRM import";
            auto done = CrmImporter::run(*ws, file(text), {});
            return done ? QString() : done.error().message;
        }

        QString step_link(QByteArray& what)
        {
            auto contact = ws->database().scalar(
                u"SELECT coalesce((SELECT id FROM contacts ORDER BY random() LIMIT 1), 0)"_s);
            auto visitor = ws->database().scalar(
                u"SELECT coalesce((SELECT id FROM visitors ORDER BY random() LIMIT 1), 0)"_s);
            if (!contact || !visitor)
                return (contact ? visitor.error() : contact.error()).message;
            if (!*contact || !*visitor)
                return {};
            what = "link " + QByteArray::number(*visitor) + " to " + QByteArray::number(*contact);
            Status done = IdentityReview::link(ws->database(), QString::number(*visitor),
                                               QString::number(*contact), u"t"_s, u"test"_s);
            return done ? QString() : done.error().message;
        }

        QString step_unlink(QByteArray& what)
        {
            Statement link(ws->database().handle(),
                           "SELECT visitor_id, contact_id FROM identity_links WHERE active = 1 "
                           "ORDER BY random() LIMIT 1");
            if (!link.next())
                return link.status() ? QString() : u"no link read"_s;
            const qint64 visitor = link.int64(0), contact = link.int64(1);
            link.reset();
            what = "unlink " + QByteArray::number(visitor) + " from " + QByteArray::number(contact);
            Status done = IdentityReview::unlink(ws->database(), QString::number(visitor),
                                                 QString::number(contact), u"t"_s, u"test"_s);
            return done ? QString() : done.error().message;
        }

        QString step_tag(QByteArray& what)
        {
            auto contact = ws->database().scalar(
                u"SELECT coalesce((SELECT id FROM contacts ORDER BY random() LIMIT 1), 0)"_s);
            if (!contact)
                return contact.error().message;
            if (!*contact)
                return {};
            TagRequest tag;
            tag.lead = QString::number(*contact);
            tag.outcome = pick(2) ? u"won"_s : u"lost"_s;
            tag.reason = u"Price"_s;
            tag.amountCents = 1000 * (1 + pick(50));
            tag.currency = u"EUR"_s;
            tag.byUser = u"t"_s;
            tag.at = 1719792000000 + qint64(pick(30)) * 86'400'000;
            what = "tag " + QByteArray::number(*contact) + ' ' + tag.outcome.toLatin1();
            auto done = OutcomeTagger::tag(ws->database(), tag);
            return done ? QString() : done.error().message;
        }

        QString step_reclassify(QByteArray& what)
        {
            hubspot = !hubspot;
            what = hubspot ? "channels by hubspot" : "channels by ga4";
            auto done = WorkspaceChannels::applyChoice(
                ws->database(), {hubspot ? u"hubspot"_s : u"ga4"_s, QString()});
            return done ? QString() : done.error().message;
        }

        QString step_remove(QByteArray& what)
        {
            Statement batches(ws->database().handle(),
                              "SELECT id FROM import_batches WHERE status = 'committed' ORDER BY "
                              "random()");
            while (batches.next()) {
                const qint64 batch = batches.int64(0);
                auto blocker = BatchRemoval::blocker(ws->database(), batch);
                if (!blocker)
                    return blocker.error().message;
                if (*blocker)
                    continue;
                batches.reset();
                what = "remove batch " + QByteArray::number(batch);
                auto done = BatchRemoval::remove(*ws, batch);
                return done ? QString() : done.error().message;
            }
            return batches.status() ? QString() : u"no batch read"_s;
        }
    };

    /// A new workspace after one random tracking import; null if either failed.
    std::unique_ptr<Workspace> tracked(const QString& name, unsigned seed)
    {
        auto created = Workspace::create(m_dir.path(name));
        if (!created)
            return nullptr;
        World world{std::mt19937(seed), created->get(), &m_dir};
        QByteArray what;
        return world.step_tracking(what).isEmpty() ? std::move(*created) : nullptr;
    }

    /// Every report, read from the sequences and from the sessions, as lines.
    static void compareReports(Database& db, const QByteArray& after)
    {
        std::vector<std::pair<QString, std::function<Result<ResultTable>()>>> reports;
        for (const QString& dimension :
             {u"channel"_s, u"source-medium"_s, u"campaign"_s, u"landing-page"_s, u"owner"_s})
            for (ConversionKind kind : {ConversionKind::Lead, ConversionKind::Revenue}) {
                PathQuery query;
                query.kind = kind;
                query.dimension = dimension;
                reports.emplace_back(u"attribution by "_s + dimension, [&db, query] {
                    return AttributionReport::run(db, attribution::allModels(), query, {});
                });
            }
        for (const QString& dimension : {u"channel"_s, u"source"_s, u"medium"_s}) {
            ChannelsReport::Query channels;
            channels.dimension = dimension;
            reports.emplace_back(u"channels by "_s + dimension,
                                 [&db, channels] { return ChannelsReport::run(db, channels); });
            FunnelReport::Query funnel;
            funnel.dimension = dimension;
            reports.emplace_back(u"funnel by "_s + dimension,
                                 [&db, funnel] { return FunnelReport::run(db, funnel); });
            TrendReport::Query trend;
            trend.metric = u"sessions"_s;
            trend.split = dimension;
            reports.emplace_back(u"trend by "_s + dimension,
                                 [&db, trend] { return TrendReport::run(db, trend); });
        }
        reports.emplace_back(u"deals by channel"_s,
                             [&db] { return DealsReport::run(db, u"channel"_s); });
        PathQuery paths;
        paths.withNonConverting = true;
        reports.emplace_back(u"paths"_s, [&db, paths] { return PathsReport::run(db, paths, 20); });
        for (const auto& [name, run] : reports) {
            TouchSequences::setReadsSessions(db, false);
            auto packed = run();
            TouchSequences::setReadsSessions(db, true);
            auto sessions = run();
            TouchSequences::setReadsSessions(db, false);
            const QByteArray where = name.toUtf8() + " after " + after;
            QVERIFY2(packed.ok() == sessions.ok(), where.constData());
            if (!packed)
                continue;
            QVERIFY2(test::tableLines(*packed, false) == test::tableLines(*sessions, false),
                     where.constData());
            QVERIFY2(packed->meta == sessions->meta, where.constData());
        }
    }

private slots:
    void packsAndReadsBack_data()
    {
        QTest::addColumn<int>("visitors");
        QTest::addColumn<int>("sessionsEach");
        QTest::newRow("nobody") << 0 << 0;
        QTest::newRow("one visitor, one session") << 1 << 1;
        QTest::newRow("three visitors") << 3 << 4;
        QTest::newRow("many sessions") << 2 << 300;
    }

    void packsAndReadsBack()
    {
        QFETCH(int, visitors);
        QFETCH(int, sessionsEach);
        Sessions sessions;
        for (int v = 0; v < visitors; ++v)
            for (int s = 0; s < sessionsEach; ++s)
                sessions.push_back({qint64(7 + v * 1000), 1704067200000 + s * 3'600'000LL - v,
                                    1 + s % 3, 200 + v, 5, 1 + s, s % 2 ? 0 : 1'000'000 + s});
        const std::string bytes = TouchSequences::pack(sessions);
        TouchSequences::Cursor cursor(bytes);
        Sessions back;
        qint64 visitor = 0, count = 0;
        while (cursor.nextVisitor(visitor, count))
            for (qint64 i = 0; i < count; ++i) {
                TouchSequences::Session s;
                QVERIFY(cursor.nextSession(s));
                QCOMPARE(s.visitor, visitor);
                back.push_back(s);
            }
        QVERIFY(cursor.finished());
        QCOMPARE(back.size(), sessions.size());
        for (size_t i = 0; i < back.size(); ++i) {
            QCOMPARE(back[i].visitor, sessions[i].visitor);
            QCOMPARE(back[i].at, sessions[i].at);
            QCOMPARE(back[i].channel, sessions[i].channel);
            QCOMPARE(back[i].source, sessions[i].source);
            QCOMPARE(back[i].medium, sessions[i].medium);
            QCOMPARE(back[i].campaign, sessions[i].campaign);
            QCOMPARE(back[i].landing, sessions[i].landing);
        }
        // Cut short, the bytes do not read back as sessions.
        if (!sessions.empty()) {
            TouchSequences::Cursor cut(std::string_view(bytes).substr(0, bytes.size() - 1));
            bool failed = false;
            while (!failed && cut.nextVisitor(visitor, count))
                for (qint64 i = 0; i < count && !failed; ++i) {
                    TouchSequences::Session s;
                    failed = !cut.nextSession(s);
                }
            QVERIFY(failed || !cut.finished());
            // Nor do bytes with more after them.
            const std::string extended = bytes + '\x01';
            TouchSequences::Cursor longer(extended);
            while (longer.nextVisitor(visitor, count))
                for (qint64 i = 0; i < count; ++i) {
                    TouchSequences::Session s;
                    QVERIFY(longer.nextSession(s));
                }
            QVERIFY(!longer.finished());
        }
    }

    void everyChangeKeepsThemCurrent_data()
    {
        QTest::addColumn<int>("seed");
        for (int seed : {1, 2, 3, 4, 5, 6})
            QTest::newRow(qPrintable(u"seed %1"_s.arg(seed))) << seed;
    }

    void everyChangeKeepsThemCurrent()
    {
        QFETCH(int, seed);
        auto created = Workspace::create(m_dir.path(u"w%1.leadloop"_s.arg(seed)));
        QVERIFY(created.ok());
        Workspace& ws = **created;
        Database& db = ws.database();
        World world{std::mt19937(unsigned(seed)), &ws, &m_dir};
        using Step = QString (World::*)(QByteArray&);
        // Two imports, then every kind of change once in a random order, then any three.
        std::vector<Step> schedule = {
            &World::step_link,   &World::step_unlink,   &World::step_tag, &World::step_reclassify,
            &World::step_remove, &World::step_tracking, &World::step_crm};
        std::shuffle(schedule.begin(), schedule.end(), world.random);
        for (int i = 0; i < 3; ++i)
            schedule.push_back(schedule[size_t(world.pick(7))]);
        schedule.insert(schedule.begin(), {&World::step_tracking, &World::step_crm});
        int changes = 0;
        qint64 mostSessions = 0;
        for (const Step step : schedule) {
            QByteArray what;
            const QString failed = (world.*step)(what);
            QVERIFY2(failed.isEmpty(), qPrintable(QString::fromUtf8(what) + u": "_s + failed));
            if (what.isEmpty())
                continue;
            ++changes;
            // Rebuilt when the change committed, not later.
            QCOMPARE(count(db, u"SELECT count(*) FROM touch_stale"_s), 0);
            // As a rebuild from scratch would make them.
            const QStringList kept = dump(db);
            QVERIFY(TouchSequences::invalidate(db).ok());
            QVERIFY(TouchSequences::refresh(db).ok());
            QVERIFY2(dump(db) == kept, what.constData());
            QCOMPARE(count(db, u"SELECT count(*) FROM touch_sequences WHERE person > 0"_s),
                     count(db, u"SELECT count(*) FROM contacts"_s));
            compareReports(db, what);
            if (QTest::currentTestFailed())
                return;
            mostSessions = std::max(mostSessions, count(db, u"SELECT count(*) FROM sessions"_s));
        }
        QVERIFY(changes >= 8);
        QVERIFY(mostSessions > 400);
    }

    void aVisitorBelongsToItsEarliestActiveLink()
    {
        // Visitor 1: linked to contact 1 at 50, then to 2 at 40 (earlier): contact 2's.
        // Visitor 2: linked to 3 and then to 1, both at 30: the first made, contact 3's.
        // Visitor 3: linked to 2 at 10, inactive, and to 1 at 20: contact 1's.
        // Visitor 4: no link: its own row.
        auto created = Workspace::create(m_dir.path(u"owners.leadloop"_s));
        QVERIFY(created.ok());
        Database& db = (*created)->database();
        // Enough other contacts that the links' six marks are rebuilt one by one.
        QVERIFY(db.exec(u"INSERT INTO contacts (id, created_at) VALUES (1, 0), (2, 0), (3, 0);"
                        "WITH RECURSIVE n(i) AS (SELECT 10 UNION ALL SELECT i + 1 FROM n WHERE "
                        "i < 70) INSERT INTO contacts (id, created_at) SELECT i, 0 FROM n;"
                        "INSERT INTO visitors (id, cookie_id, first_seen, last_seen) VALUES "
                        "(1, 'a', 0, 0), (2, 'b', 0, 0), (3, 'c', 0, 0), (4, 'd', 0, 0);"
                        "INSERT INTO sessions (visitor_id, started_at, ended_at, channel) VALUES "
                        "(1, 100, 100, 'Direct'), (2, 200, 200, 'Email'), (2, 300, 300, 'Email'),"
                        "(3, 400, 400, 'Referral'), (4, 500, 500, 'Direct')"_s)
                    .ok());
        QVERIFY(TouchSequences::refresh(db).ok());
        QCOMPARE(count(db, u"SELECT count(*) FROM touch_sequences"_s), 3 + 61 + 4);
        QVERIFY(db.exec(u"INSERT INTO identity_links (visitor_id, contact_id, method, linked_at, "
                        "active) VALUES (1, 1, 'manual', 50, 1), (1, 2, 'manual', 40, 1), "
                        "(2, 3, 'manual', 30, 1), (2, 1, 'manual', 30, 1), "
                        "(3, 2, 'manual', 10, 0), (3, 1, 'manual', 20, 1)"_s)
                    .ok());
        QCOMPARE(count(db, u"SELECT count(*) FROM touch_stale"_s), 6);
        auto owners = TouchSequences::owners(db, 4);
        QVERIFY(owners.ok());
        QCOMPARE(*owners, (std::vector<qint64>{0, 2, 3, 1, 0}));
        // The rows, rebuilt one by one (the marks above) and all at once, say the same.
        QVERIFY(TouchSequences::refresh(db).ok());
        const QStringList some = dump(db);
        QVERIFY(TouchSequences::invalidate(db).ok());
        QVERIFY(TouchSequences::refresh(db).ok());
        QCOMPARE(dump(db), some);
        QCOMPARE(count(db, u"SELECT sessions FROM touch_sequences WHERE person = 1"_s), 1);
        QCOMPARE(count(db, u"SELECT sessions FROM touch_sequences WHERE person = 2"_s), 1);
        QCOMPARE(count(db, u"SELECT sessions FROM touch_sequences WHERE person = 3"_s), 2);
        QCOMPARE(count(db, u"SELECT sessions FROM touch_sequences WHERE person = -4"_s), 1);
        QCOMPARE(count(db, u"SELECT count(*) FROM touch_sequences WHERE person < 0"_s), 1);
    }

    void aDamagedRowIsAnErrorNotAnEmptyReport()
    {
        const auto ws = tracked(u"damaged.leadloop"_s, 5);
        QVERIFY(ws);
        Database& db = ws->database();
        // The first visitor's row, one byte short.
        QVERIFY(db.exec(u"UPDATE touch_sequences SET touches = substr(touches, 1, length(touches) "
                        "- 1) WHERE person = (SELECT min(person) FROM touch_sequences)"_s)
                    .ok());
        ChannelsReport::Query channels;
        auto report = ChannelsReport::run(db, channels);
        QVERIFY(!report.ok());
        QCOMPARE(report.error().code, ErrorCode::Corrupt);
        QVERIFY(report.error().message.contains(u"precomputed touches"_s));
        // Recovering the workspace, as the message says, builds them again: the recovered
        // file's report equals this one's read from the sessions.
        TouchSequences::setReadsSessions(db, true);
        auto fromSessions = ChannelsReport::run(db, channels);
        TouchSequences::setReadsSessions(db, false);
        QVERIFY(fromSessions.ok());
        const QString copy = m_dir.path(u"damaged-recovered.leadloop"_s);
        QVERIFY(Recovery::run(db.path(), copy).ok());
        auto recovered = Workspace::open(copy, Workspace::Access::ReadWrite);
        QVERIFY(recovered.ok());
        auto again = ChannelsReport::run((*recovered)->database(), channels);
        QVERIFY(again.ok());
        QCOMPARE(test::tableLines(*again), test::tableLines(*fromSessions));
        // And in place, invalidated and rebuilt, they read again.
        QVERIFY(TouchSequences::invalidate(db).ok());
        QVERIFY(TouchSequences::refresh(db).ok());
        QVERIFY(ChannelsReport::run(db, channels).ok());
    }

    void aChangeOutsideATransactionIsReadFromTheSessions()
    {
        // An UPDATE in autocommit leaves the person marked; a read-only connection then reads
        // the sessions, and a writing one rebuilds first.
        const auto ws = tracked(u"autocommit.leadloop"_s, 9);
        QVERIFY(ws);
        Database& db = ws->database();
        QVERIFY(db.exec(u"UPDATE sessions SET channel = 'Affiliates' WHERE id = 1"_s).ok());
        QCOMPARE(count(db, u"SELECT count(*) FROM touch_stale"_s), 1);
        auto reader = Database::open(db.path(), Database::Access::ReadOnly);
        QVERIFY(reader.ok());
        auto readOnly = TouchSequences::usable(**reader);
        QVERIFY(readOnly.ok());
        QVERIFY(!*readOnly);
        ChannelsReport::Query channels;
        auto fromSessions = ChannelsReport::run(**reader, channels);
        QVERIFY(fromSessions.ok());
        QVERIFY(test::tableLines(*fromSessions).join(u'\n').contains(u"Affiliates"_s));
        auto writer = TouchSequences::usable(db);
        QVERIFY(writer.ok());
        QVERIFY(*writer);
        QCOMPARE(count(db, u"SELECT count(*) FROM touch_stale"_s), 0);
        auto fromSequences = ChannelsReport::run(db, channels);
        QVERIFY(fromSequences.ok());
        QCOMPARE(test::tableLines(*fromSequences), test::tableLines(*fromSessions));
    }
};

QTEST_GUILESS_MAIN(TestTouchSequences)
#include "tst_touchsequences.moc"
