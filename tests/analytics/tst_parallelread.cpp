// Reports on a workspace large enough to be read in parts, on several connections and threads
// (PersonTouches, docs/performance.md), equal the same reports read in one part: inside an open
// transaction a report reads on its own connection alone. And Markov and Shapley credit alike
// from non-converting journeys merged by their touches.
#include "analytics/attributionreport.h"
#include "analytics/channelsreport.h"
#include "analytics/conversionpaths.h"
#include "analytics/funnelreport.h"
#include "analytics/pathsreport.h"
#include "analytics/trendreport.h"
#include "ingest/crmimporter.h"
#include "ingest/trackingimporter.h"
#include "store/database.h"
#include "store/workspace.h"
#include "testsupport.h"

#include <algorithm>
#include <functional>
#include <QTest>
#include <random>
#include <thread>

using namespace leadloop;
using namespace Qt::StringLiterals;

namespace {

constexpr int Visitors = 50'000;

/// Tracking rows of `Visitors` visitors with one to three sessions each, half of them filling in
/// a form (two visitors per person), in time order.
QByteArray trackingFile()
{
    std::mt19937 random(7);
    const char* starts[] = {"?utm_source=google&utm_medium=cpc&utm_campaign=brand",
                            "?utm_source=news&utm_medium=email&utm_campaign=weekly",
                            "?utm_source=facebook&utm_medium=paid_social&utm_campaign=spring",
                            "?utm_source=partner&utm_medium=referral",
                            "",
                            ""};
    struct Row
    {
        qint64 at;
        QByteArray text;
    };
    std::vector<Row> rows;
    const qint64 jan2024 = 1704067200; // seconds
    for (int v = 0; v < Visitors; ++v) {
        qint64 at = jan2024 + qint64(random() % (150 * 86400));
        const int sessions = 1 + int(random() % 3);
        for (int s = 0; s < sessions; ++s) {
            const QByteArray time =
                QDateTime::fromSecsSinceEpoch(at, Qt::UTC).toString(Qt::ISODate).toLatin1();
            const QByteArray url =
                QByteArray("https://shop.example/") + starts[random() % std::size(starts)];
            rows.push_back({at, "v" + QByteArray::number(v) + ',' + time + ',' + url + ",,\n"});
            if (s + 1 == sessions && v % 2 == 0) {
                const QByteArray form = QDateTime::fromSecsSinceEpoch(at + 60, Qt::UTC)
                                            .toString(Qt::ISODate)
                                            .toLatin1();
                rows.push_back({at + 60, "v" + QByteArray::number(v) + ',' + form +
                                             ",https://shop.example/demo,form_submit,p" +
                                             QByteArray::number(v / 4) + "@example.se\n"});
            }
            at += 86400 * qint64(1 + random() % 20);
        }
    }
    std::stable_sort(rows.begin(), rows.end(),
                     [](const Row& a, const Row& b) { return a.at < b.at; });
    QByteArray out = "visitor,time,url,event,email\n";
    for (const Row& r : rows)
        out += r.text;
    return out;
}

/// The people of the form fills, and some offline, a third of them with a deal won, lost or open.
QByteArray crmFile()
{
    QByteArray out = "email,contact_created,deal_id,amount,currency,outcome,deal_created,closed\n";
    const char* outcomes[] = {"won", "lost", "open"};
    for (int p = 0; p < Visitors / 4 + 500; ++p) {
        out += "p" + QByteArray::number(p) + "@example.se,2024-06-01";
        if (p % 3 == 0)
            out += ",D" + QByteArray::number(p) + ',' + QByteArray::number(100 + p % 900) +
                   ",EUR," + outcomes[p % 9 / 3] + ",2024-06-02," +
                   (p % 9 / 3 == 2 ? "" : "2024-06-20");
        else
            out += ",,,,,,";
        out += '\n';
    }
    return out;
}

} // namespace

class TestParallelRead : public QObject
{
    Q_OBJECT

    test::ScratchDir m_dir;
    std::unique_ptr<Workspace> m_ws;

    /// A report read in parts and in one part, as table lines.
    void compare(const std::function<Result<ResultTable>(Database&)>& report)
    {
        Database& db = m_ws->database();
        auto parallel = report(db);
        if (!parallel)
            QFAIL(qPrintable(parallel.error().message));
        Transaction alone(db);
        QVERIFY(alone.isActive());
        auto single = report(db);
        if (!single)
            QFAIL(qPrintable(single.error().message));
        QVERIFY(!parallel->rows.empty());
        QCOMPARE(test::tableLines(*parallel, false), test::tableLines(*single, false));
        QCOMPARE(parallel->meta, single->meta);
    }

private slots:
    void initTestCase()
    {
        auto ws = Workspace::create(m_dir.path(u"large.leadloop"_s));
        QVERIFY(ws.ok());
        m_ws = std::move(*ws);
        QVERIFY(TrackingImporter::run(*m_ws, m_dir.file(u"t.csv"_s, trackingFile()), {}).ok());
        QVERIFY(CrmImporter::run(*m_ws, m_dir.file(u"c.csv"_s, crmFile()), {}).ok());
    }

    void readsInParts()
    {
        // As many parts as cores (up to MaxParts) on a file with nothing uncommitted; one inside
        // a transaction, whose uncommitted rows another connection would not see.
        const int cores = int(
            std::clamp(std::thread::hardware_concurrency(), 1u, unsigned(PersonTouches::MaxParts)));
        Database& db = m_ws->database();
        for (bool withUnlinked : {false, true}) {
            auto parts = PersonTouches::load(db, u"channel"_s, withUnlinked);
            QVERIFY(parts.ok());
            QCOMPARE(parts->parts(), cores);
            Transaction alone(db);
            auto single = PersonTouches::load(db, u"channel"_s, withUnlinked);
            QVERIFY(single.ok());
            QCOMPARE(single->parts(), 1);
            // The same touches of the same people, labels numbered alike.
            for (qint64 person : {1, 2, 777, 5000, -1, -3, -49999})
                for (size_t i = 0; i < parts->touches(person).size(); ++i) {
                    QCOMPARE(parts->touches(person)[i].channel, single->touches(person)[i].channel);
                    QCOMPARE(parts->touches(person)[i].at, single->touches(person)[i].at);
                }
            QCOMPARE(parts->labelCount(), single->labelCount());
            for (int i = 0; i < parts->labelCount(); ++i)
                QCOMPARE(parts->label(i), single->label(i));
        }
    }

    void mergedNonConvertingJourneysCreditAlike()
    {
        PathQuery query;
        query.kind = ConversionKind::Lead;
        query.withNonConverting = true;
        auto each = ConversionPaths::build(m_ws->database(), query);
        query.mergeNonConverting = true;
        auto merged = ConversionPaths::build(m_ws->database(), query);
        QVERIFY(each.ok() && merged.ok());
        const auto count = [](const std::vector<attribution::Path>& paths, double& nulls) {
            nulls = 0;
            for (const attribution::Path& p : paths)
                nulls += p.nulls;
        };
        double eachNulls = 0, mergedNulls = 0;
        count(*each, eachNulls);
        count(*merged, mergedNulls);
        QCOMPARE(mergedNulls, eachNulls);
        QVERIFY(eachNulls > 20'000);
        QVERIFY(merged->size() < each->size() / 2); // far fewer paths
        for (attribution::Model model : {attribution::Model::Markov, attribution::Model::Shapley}) {
            const auto a = attribution::credit(model, *each),
                       b = attribution::credit(model, *merged);
            QCOMPARE(a.size(), b.size());
            for (const auto& [group, credit] : a) {
                QCOMPARE(b.at(group).conversions, credit.conversions);
                QCOMPARE(b.at(group).value, credit.value);
            }
        }
        double p1 = 0, p2 = 0;
        QCOMPARE(attribution::markovRemovalEffects(*merged, &p2),
                 attribution::markovRemovalEffects(*each, &p1));
        QCOMPARE(p2, p1);
    }

    void reportsEqualOnePart_data()
    {
        QTest::addColumn<QString>("dimension");
        QTest::addColumn<QString>("channel"); // a session filter, or none
        QTest::newRow("channel") << u"channel"_s << QString();
        QTest::newRow("source-medium") << u"source-medium"_s << QString();
        QTest::newRow("campaign, Email only") << u"campaign"_s << u"Email"_s;
        QTest::newRow("owner") << u"owner"_s << QString();
    }

    void reportsEqualOnePart()
    {
        QFETCH(QString, dimension);
        QFETCH(QString, channel);
        ReportFilter filter;
        if (!channel.isEmpty())
            filter.channels = {channel};
        for (ConversionKind kind : {ConversionKind::Lead, ConversionKind::Revenue}) {
            PathQuery query;
            query.kind = kind;
            query.dimension = dimension;
            query.filter = filter;
            compare([&](Database& db) {
                return AttributionReport::run(db, attribution::allModels(), query, {});
            });
        }
        ChannelsReport::Query channels;
        channels.dimension = dimension;
        channels.filter = filter;
        compare([&](Database& db) { return ChannelsReport::run(db, channels); });
        FunnelReport::Query funnel;
        funnel.dimension = dimension;
        funnel.filter = filter;
        funnel.bootstrap = {50, 11};
        compare([&](Database& db) { return FunnelReport::run(db, funnel); });
        TrendReport::Query trend;
        trend.metric = u"sessions"_s;
        trend.split = dimension;
        trend.filter = filter;
        compare([&](Database& db) { return TrendReport::run(db, trend); });
    }
};

QTEST_GUILESS_MAIN(TestParallelRead)
#include "tst_parallelread.moc"
