// Tests of a workspace's channel grouping: choosing one, custom rules kept in the workspace,
// imports that use it, and reclassifying stored sessions.
#include "ingest/trackingimporter.h"
#include "store/statement.h"
#include "store/workspace.h"
#include "testsupport.h"
#include "tracking/workspacechannels.h"

#include <QTemporaryDir>
#include <QTest>

using namespace leadloop;
using namespace Qt::StringLiterals;

class TestWorkspaceChannels : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static QStringList channels(Workspace& ws)
    {
        Statement query(ws.database().handle(),
                        "SELECT channel || ':' || channel_rule FROM sessions ORDER BY started_at");
        QStringList out;
        while (query.next())
            out.append(query.text(0));
        return out;
    }

private slots:
    void switchesAndReclassifies()
    {
        auto ws = Workspace::create(m_dir.filePath(u"a.leadloop"_s));
        QVERIFY(ws.ok());
        Database& db = (*ws)->database();
        QCOMPARE(WorkspaceChannels::current(db)->id(), u"ga4"_s);

        const QString csv = m_dir.filePath(u"visits.csv"_s);
        QVERIFY(test::writeFile(
            csv, "visitor,time,url,referrer\n"
                 "A,2024-03-05T10:00:00Z,https://x.com/"
                 "?utm_source=criteo&utm_medium=display&utm_campaign=q1,\n"
                 "B,2024-03-05T10:00:00Z,https://x.com/,https://www.g2.com/x\n"
                 "C,2024-03-05T10:01:00Z,https://x.com/?gclid=1,https://www.google.com/\n"));
        QVERIFY(TrackingImporter::run(**ws, csv, {}).ok());
        QCOMPARE(channels(**ws), (QStringList{u"Display:ga4:display"_s, u"Referral:ga4:referral"_s,
                                              u"Paid Search:ga4:paid_search"_s}));

        QVERIFY(WorkspaceChannels::choose(db, u"hubspot"_s).ok());
        auto counts = WorkspaceChannels::reclassify(db, *WorkspaceChannels::current(db));
        QVERIFY(counts.ok());
        QCOMPARE(counts->sessions, 3);
        QCOMPARE(counts->changed, 3);
        QCOMPARE(channels(**ws),
                 (QStringList{u"Other campaigns:hubspot:other_campaigns"_s,
                              u"Referrals:hubspot:referral"_s, u"Paid search:hubspot:gclid"_s}));
        // Unchanged rules change nothing.
        QCOMPARE(WorkspaceChannels::reclassify(db, *WorkspaceChannels::current(db))->changed, 0);
    }

    void customRulesTravelWithTheWorkspace()
    {
        const QString rules = m_dir.filePath(u"mine.json"_s);
        QVERIFY(test::writeFile(rules,
                                "{\"id\": \"mine\", \"name\": \"Ours\", \"fallback\": \"Other\", "
                                "\"categories\": \"ga4_source_categories.csv\", \"rules\": ["
                                "{\"id\": \"social\", \"channel\": \"Social\", \"any\": "
                                "[{\"field\": \"source\", \"category\": \"social\"}]}]}"));
        const QString path = m_dir.filePath(u"b.leadloop"_s);
        {
            auto ws = Workspace::create(path);
            QVERIFY(ws.ok());
            QVERIFY(WorkspaceChannels::choose((*ws)->database(), rules).ok());
        }
        QVERIFY(QFile::remove(rules)); // the workspace keeps its own copy
        auto ws = Workspace::open(path, Workspace::Access::ReadWrite);
        QVERIFY(ws.ok());
        auto current = WorkspaceChannels::current((*ws)->database());
        QVERIFY2(current.ok(), qPrintable(current.ok() ? QString() : current.error().message));
        QCOMPARE(current->id(), u"mine"_s);
        QCOMPARE(current->classify({u"linkedin.com"_s, u"referral"_s, {}, {}, {}}).channel,
                 u"Social"_s);

        const QString csv = m_dir.filePath(u"social.csv"_s);
        QVERIFY(test::writeFile(csv, "visitor,time,url,referrer\nA,2024-03-05T10:00:00Z,https://"
                                     "x.com/,https://www.linkedin.com/\n"));
        QVERIFY(TrackingImporter::run(**ws, csv, {}).ok());
        QCOMPARE(channels(**ws), QStringList{u"Social:mine:social"_s});
    }

    void refusesUnknownChoices()
    {
        auto ws = Workspace::create(m_dir.filePath(u"c.leadloop"_s));
        QVERIFY(ws.ok());
        const Status chosen = WorkspaceChannels::choose((*ws)->database(), u"omniture"_s);
        QVERIFY(!chosen.ok());
        QCOMPARE(chosen.error().code, ErrorCode::BadInput);
        QVERIFY(chosen.error().message.contains(u"ga4, hubspot"_s));
        QCOMPARE(WorkspaceChannels::current((*ws)->database())->id(), u"ga4"_s);
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceChannels)
#include "tst_workspacechannels.moc"
