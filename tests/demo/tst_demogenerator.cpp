// Tests of the demo workspace generator: volumes, determinism, the planted story, cancel.
#include "demo/demogenerator.h"
#include "demo/demoseeds.h"
#include "store/statement.h"
#include "store/workspace.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace leadloop;
using namespace Qt::StringLiterals;

class TestDemoGenerator : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_defaultPath;

    static qint64 scalar(const QString& path, const QString& sql)
    {
        auto ws = Workspace::open(path, Workspace::Access::ReadOnly);
        if (!ws)
            return -1;
        auto value = (*ws)->database().scalar(sql);
        return value ? *value : -1;
    }

    /// A digest of every row of every table, so two workspaces compare by content.
    static QByteArray contentDigest(const QString& path)
    {
        auto ws = Workspace::open(path, Workspace::Access::ReadOnly);
        if (!ws)
            return {};
        QCryptographicHash hash(QCryptographicHash::Sha256);
        const auto digests = test::tableDigests((*ws)->database());
        for (auto it = digests.begin(); it != digests.end(); ++it)
            hash.addData(it.key().toUtf8() + ':' + it.value() + '\n');
        return hash.result().toHex();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_defaultPath = m_dir.filePath(u"demo.leadloop"_s);
        QElapsedTimer timer;
        timer.start();
        auto summary = DemoGenerator().createWorkspace(m_defaultPath);
        QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.error().message));
        qInfo("default demo workspace written in %lld ms", timer.elapsed());
    }

    void hasTheDocumentedVolumes_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<qint64>("low");
        QTest::addColumn<qint64>("high");
        QTest::newRow("visitors") << u"SELECT count(*) FROM visitors"_s << 20000LL << 20000LL;
        QTest::newRow("sessions") << u"SELECT count(*) FROM sessions"_s << 55000LL << 65000LL;
        QTest::newRow("page views") << u"SELECT count(*) FROM pageviews"_s << 180000LL << 220000LL;
        QTest::newRow("campaigns") << u"SELECT count(*) FROM campaigns"_s << 15LL << 15LL;
        QTest::newRow("cost days")
            << u"SELECT count(DISTINCT day) FROM campaign_costs"_s << 90LL << 90LL;
        QTest::newRow("leads") << u"SELECT count(*) FROM contacts"_s << 1350LL << 1650LL;
        QTest::newRow("deals") << u"SELECT count(*) FROM deals"_s << 400LL << 400LL;
        QTest::newRow("won") << u"SELECT count(*) FROM deals WHERE outcome = 'won'"_s << 150LL
                             << 150LL;
        QTest::newRow("lost") << u"SELECT count(*) FROM deals WHERE outcome = 'lost'"_s << 150LL
                              << 150LL;
        QTest::newRow("lost with a reason")
            << u"SELECT count(*) FROM deals WHERE outcome = 'lost' AND lost_reason <> ''"_s << 150LL
            << 150LL;
        QTest::newRow("sales reps") << u"SELECT count(DISTINCT owner) FROM deals"_s << 6LL << 6LL;
        QTest::newRow("channels") << u"SELECT count(DISTINCT channel) FROM sessions"_s << 8LL
                                  << 8LL;
        QTest::newRow("one batch") << u"SELECT count(*) FROM import_batches WHERE kind = 'demo' "
                                      u"AND status = 'committed'"_s
                                   << 1LL << 1LL;
        QTest::newRow("non-latin names")
            << u"SELECT count(*) FROM contacts WHERE first_name GLOB '*[А-я]*'"_s << 50LL << 1000LL;
    }

    void hasTheDocumentedVolumes()
    {
        QFETCH(QString, sql);
        QFETCH(qint64, low);
        QFETCH(qint64, high);
        const qint64 value = scalar(m_defaultPath, sql);
        QVERIFY2(value >= low && value <= high,
                 qPrintable(u"%1 is outside [%2, %3]"_s.arg(value).arg(low).arg(high)));
    }

    void isInternallyConsistent_data()
    {
        QTest::addColumn<QString>("sql"); // each counts violations
        QTest::newRow("session page counts")
            << u"SELECT count(*) FROM sessions s WHERE pageviews <> (SELECT count(*) FROM "
               u"pageviews p WHERE p.session_id = s.id)"_s;
        QTest::newRow("page views inside their session")
            << u"SELECT count(*) FROM pageviews p JOIN sessions s ON s.id = p.session_id WHERE "
               u"p.ts < s.started_at OR p.ts > s.ended_at"_s;
        QTest::newRow("sessions of one visitor do not overlap")
            << u"SELECT count(*) FROM sessions a JOIN sessions b ON a.visitor_id = b.visitor_id "
               u"AND a.id < b.id AND a.started_at < b.ended_at AND b.started_at < a.ended_at"_s;
        QTest::newRow("inside the 90 days")
            << u"SELECT count(*) FROM sessions WHERE started_at < 1783036800000 OR "
               u"ended_at >= 1790812800000"_s;
        QTest::newRow("every tracked lead converted")
            << u"SELECT count(*) FROM identity_links l WHERE NOT EXISTS (SELECT 1 FROM events e "
               u"WHERE e.visitor_id = l.visitor_id AND e.email = (SELECT email FROM contacts c "
               u"WHERE c.id = l.contact_id))"_s;
        QTest::newRow("final outcome event matches the deal")
            << u"SELECT count(*) FROM deals d WHERE d.outcome <> 'open' AND d.outcome <> (SELECT "
               u"new_outcome FROM outcome_events o WHERE o.deal_id = d.id ORDER BY at DESC, id "
               u"DESC LIMIT 1)"_s;
        QTest::newRow("channels come from the GA4 rules")
            << u"SELECT count(*) FROM sessions WHERE channel_rule NOT LIKE 'ga4:%' OR channel = "
               u"'Unassigned'"_s;
        QTest::newRow("deals after their lead")
            << u"SELECT count(*) FROM deals d JOIN contacts c ON c.id = d.contact_id WHERE "
               u"d.created_at <= c.created_at OR d.closed_at < d.created_at"_s;
        QTest::newRow("won deals have an amount")
            << u"SELECT count(*) FROM deals WHERE outcome = 'won' AND NOT amount_cents > 0"_s;
    }

    void isInternallyConsistent()
    {
        QFETCH(QString, sql);
        QCOMPARE(scalar(m_defaultPath, sql), 0);
    }

    void tellsThePlantedStory()
    {
        // Lead-to-customer rate by first-touch channel, computed independently in SQL.
        const QString rate =
            u"WITH first AS (SELECT visitor_id, channel, campaign, "
            u"row_number() OVER (PARTITION BY visitor_id ORDER BY started_at) rn "
            u"FROM sessions), lead AS (SELECT c.id, f.channel, f.campaign FROM "
            u"contacts c JOIN identity_links l ON l.contact_id = c.id JOIN first f "
            u"ON f.visitor_id = l.visitor_id AND f.rn = 1 GROUP BY c.id) "
            u"SELECT 1000 * sum(d.outcome = 'won') / count(*) FROM lead LEFT JOIN "
            u"deals d ON d.contact_id = lead.id WHERE %1"_s;
        const qint64 organic =
            scalar(m_defaultPath, rate.arg(u"lead.channel = 'Organic Search'"_s));
        const qint64 referral = scalar(m_defaultPath, rate.arg(u"lead.channel = 'Referral'"_s));
        const qint64 facebook =
            scalar(m_defaultPath, rate.arg(u"lead.campaign = 'fb_leadgen_buyers_guide'"_s));
        QVERIFY2(facebook * 3 < organic,
                 qPrintable(u"fb %1 organic %2"_s.arg(facebook).arg(organic)));
        QVERIFY(facebook * 3 < referral);

        const qint64 fbLeads =
            scalar(m_defaultPath, u"SELECT count(*) FROM identity_links l JOIN sessions s ON "
                                  u"s.visitor_id = l.visitor_id WHERE s.campaign = "
                                  u"'fb_leadgen_buyers_guide' AND s.conversions > 0"_s);
        const qint64 maxOtherLeads =
            scalar(m_defaultPath, u"SELECT max(n) FROM (SELECT count(*) n FROM sessions WHERE "
                                  u"conversions > 0 AND campaign IS NOT NULL AND campaign <> "
                                  u"'fb_leadgen_buyers_guide' GROUP BY campaign)"_s);
        QVERIFY2(fbLeads > maxOtherLeads, "the Facebook campaign brings the most leads");

        // E-mail: won revenue per euro spent beats every other paid channel.
        const QString roi = u"SELECT (SELECT coalesce(sum(d.amount_cents), 0) FROM deals d WHERE "
                            u"d.outcome = 'won' AND d.campaign IN (SELECT name FROM campaigns "
                            u"WHERE channel = '%1')) * 100 / (SELECT sum(cost_cents) FROM "
                            u"campaign_costs cc JOIN campaigns c ON c.id = cc.campaign_id WHERE "
                            u"c.channel = '%1')"_s;
        const qint64 email = scalar(m_defaultPath, roi.arg(u"Email"_s));
        for (const QString& other : {u"Paid Search"_s, u"Paid Social"_s, u"Display"_s})
            QVERIFY2(email > scalar(m_defaultPath, roi.arg(other)), qPrintable(other));
    }

    void sameSeedSameWorkspace()
    {
        const QString a = m_dir.filePath(u"a.leadloop"_s);
        const QString b = m_dir.filePath(u"b.leadloop"_s);
        const QString c = m_dir.filePath(u"c.leadloop"_s);
        DemoOptions small;
        small.seed = 7;
        small.visitors = 2000;
        small.deals = 60;
        small.won = 20;
        small.lost = 20;
        QVERIFY(DemoGenerator(small).createWorkspace(a).ok());
        QVERIFY(DemoGenerator(small).createWorkspace(b).ok());
        small.seed = 8;
        QVERIFY(DemoGenerator(small).createWorkspace(c).ok());
        const QByteArray digestA = contentDigest(a);
        QVERIFY(!digestA.isEmpty());
        QCOMPARE(contentDigest(b), digestA);
        QVERIFY(contentDigest(c) != digestA);
    }

    void readsItsSeedsFromTheResources()
    {
        const auto& seeds = demo::DemoSeeds::load();
        QVERIFY(seeds.ok());
        QCOMPARE(seeds->channels.size(), 8);
        QCOMPARE(seeds->campaigns.size(), 15);
        QCOMPARE(seeds->markets.size(), 5);
        // A campaign without a behaviour of its own behaves like its channel.
        QCOMPARE(seeds->campaigns.at(1).name, u"helpdesk_software_generic"_s);
        QCOMPARE(seeds->campaigns.at(1).behaviour.leadPerMille, 0);
        QCOMPARE(seeds->campaigns.at(1).behaviour.amountPercent, 100);
        // The ASCII form of a name defaults to the name.
        QCOMPARE(seeds->markets.at(1).femaleFirst.at(0).ascii, u"Sanne"_s);
    }

    void brokenSeedsAreAnError_data()
    {
        QTest::addColumn<QByteArray>("story");
        QTest::addColumn<QByteArray>("vocabulary");
        QTest::addColumn<QString>("says");
        QFile story(u":/leadloop/demo/story.json"_s),
            vocabulary(u":/leadloop/demo/vocabulary.json"_s);
        QVERIFY(story.open(QIODevice::ReadOnly) && vocabulary.open(QIODevice::ReadOnly));
        const QByteArray s = story.readAll(), v = vocabulary.readAll();
        QTest::newRow("not json") << s << QByteArray("{\"markets\": [") << u"vocabulary.json"_s;
        QTest::newRow("no campaigns") << QByteArray("{\"channels\": []}") << v << u"lacks"_s;
        // One female last name fewer than male ones in the first market.
        QJsonObject root = QJsonDocument::fromJson(v).object();
        QJsonArray markets = root[u"markets"_s].toArray();
        QJsonObject first = markets[0].toObject();
        QJsonArray female = first[u"femaleLastNames"_s].toArray();
        female.removeFirst();
        first[u"femaleLastNames"_s] = female;
        markets[0] = first;
        root[u"markets"_s] = markets;
        const QByteArray unpaired = QJsonDocument(root).toJson();
        QTest::newRow("last names unpaired") << s << unpaired << u"lacks"_s;
    }

    void brokenSeedsAreAnError()
    {
        QFETCH(QByteArray, story);
        QFETCH(QByteArray, vocabulary);
        QFETCH(QString, says);
        const auto seeds = demo::DemoSeeds::parse(story, vocabulary);
        QVERIFY(!seeds.ok());
        QCOMPARE(seeds.error().code, ErrorCode::BadInput);
        QVERIFY2(seeds.error().message.contains(says), qPrintable(seeds.error().message));
    }

    void refusesAWorkspaceWithData()
    {
        auto ws = Workspace::open(m_defaultPath, Workspace::Access::ReadWrite);
        QVERIFY(ws.ok());
        auto again = DemoGenerator().generate(**ws);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, ErrorCode::InvalidArgument);
    }

    void cancelLeavesNothingBehind()
    {
        const QString path = m_dir.filePath(u"cancelled.leadloop"_s);
        int calls = 0;
        auto result = DemoGenerator().createWorkspace(path, [&](int percent) {
            ++calls;
            return percent < 40;
        });
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::Cancelled);
        QVERIFY(calls > 1);
        QVERIFY(!QFile::exists(path));
        QVERIFY(!QFile::exists(path + u".lock"_s));
    }
};

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "tst_demogenerator.moc"
