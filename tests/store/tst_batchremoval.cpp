#include "ingest/costimporter.h"
#include "ingest/crmimporter.h"
#include "ingest/trackingimporter.h"
#include "sales/outcometagger.h"
#include "scratchworkspaces.h"
#include "store/batchremoval.h"
#include "store/workspace.h"
#include "testsupport.h"

#include <QTest>

using namespace leadloop;
using namespace Qt::StringLiterals;

/// Removing an import with everything it brought, and the refusals while other data depends on
/// it.
class TestBatchRemoval : public QObject
{
    Q_OBJECT

    test::ScratchWorkspaces m_dir;

    static QStringList counts(Database& db)
    {
        return test::queryRows(db, "SELECT (SELECT count(*) FROM visitors), (SELECT count(*) FROM "
                                   "sessions), (SELECT count(*) FROM pageviews), (SELECT count(*) "
                                   "FROM contacts), (SELECT count(*) FROM identity_links), "
                                   "(SELECT count(*) FROM campaigns)");
    }

private slots:
    void removesTheLatestTrackingImportThenTheFirst()
    {
        auto ws = m_dir.create();
        QVERIFY(ws);
        Database& db = ws->database();
        QVERIFY(TrackingImporter::run(*ws,
                                      m_dir.file(u"1.csv"_s,
                                                 "visitor,time,url,event,email\n"
                                                 "A,2024-03-01T10:00:00Z,https://x.com/,,\n"
                                                 "A,2024-03-01T10:05:00Z,https://x.com/demo,"
                                                 "form_submit,anna@fjordly.pl\n"),
                                      {})
                    .ok());
        const QStringList afterFirst = counts(db);
        // The same visitor again a day later, and a new one.
        QVERIFY(
            TrackingImporter::run(*ws,
                                  m_dir.file(u"2.csv"_s, "visitor,time,url\n"
                                                         "A,2024-03-02T10:00:00Z,https://x.com/\n"
                                                         "B,2024-03-02T11:00:00Z,https://x.com/\n"),
                                  {})
                .ok());
        auto blocked = BatchRemoval::blocker(db, 1);
        QVERIFY(blocked.ok() && blocked->has_value());
        QVERIFY2(blocked->value().contains(u"sessions of other imports belong to its visitors"_s),
                 qPrintable(blocked->value()));
        QVERIFY(!BatchRemoval::remove(*ws, 1).ok());
        auto preview = BatchRemoval::preview(db, 2);
        QVERIFY(preview.ok());
        QVERIFY(preview->contains(std::pair{u"sessions"_s, qint64(2)}));
        auto removed = BatchRemoval::remove(*ws, 2);
        QVERIFY2(removed.ok(), removed.ok() ? "" : qPrintable(removed.error().message));
        QCOMPARE(counts(db), afterFirst);
        QCOMPARE(test::queryRows(db, "SELECT id, status FROM import_batches ORDER BY id"),
                 (QStringList{u"1|committed"_s, u"2|removed"_s}));
        QVERIFY(!BatchRemoval::remove(*ws, 2).ok()); // removed already
        // Now the first can go too: its visitor, session, form contact and link.
        QVERIFY(BatchRemoval::remove(*ws, 1).ok());
        QCOMPARE(counts(db), QStringList{u"0|0|0|0|0|0"_s});
        QCOMPARE(test::queryRows(db, "SELECT count(*) FROM identity_log"), QStringList{u"0"_s});
    }

    void refusesWhatSalesRepsTouched()
    {
        auto ws = m_dir.create();
        QVERIFY(ws);
        Database& db = ws->database();
        QVERIFY(CrmImporter::run(*ws,
                                 m_dir.file(u"c.csv"_s, "email,deal_id,amount,currency,stage,"
                                                        "deal_created\n"
                                                        "cleo@exempel.se,D-1,500,EUR,Proposal,"
                                                        "2024-03-01\n"),
                                 {})
                    .ok());
        QVERIFY(
            OutcomeTagger::tag(db, {u"cleo@exempel.se"_s, u"won"_s, {}, {}, {}, {}, u"Piet"_s, {}})
                .ok());
        auto blocked = BatchRemoval::blocker(db, 1);
        QVERIFY(blocked.ok() && blocked->has_value());
        QVERIFY(blocked->value().contains(u"won or lost tags"_s));
        QCOMPARE(test::queryRows(db, "SELECT count(*) FROM deals"), QStringList{u"1"_s});
    }

    void removesCosts()
    {
        auto ws = m_dir.create();
        QVERIFY(ws);
        Database& db = ws->database();
        QVERIFY(
            CostImporter::importCosts(*ws,
                                      m_dir.file(u"k.csv"_s, "date,source,medium,campaign,cost\n"
                                                             "2024-03-01,google,cpc,brand,50\n"),
                                      {})
                .ok());
        QVERIFY(BatchRemoval::remove(*ws, 1).ok());
        QCOMPARE(test::queryRows(db, "SELECT count(*) FROM campaign_costs"), QStringList{u"0"_s});
        QCOMPARE(test::queryRows(db, "SELECT count(*) FROM campaigns"), QStringList{u"0"_s});
    }
};

QTEST_GUILESS_MAIN(TestBatchRemoval)
#include "tst_batchremoval.moc"
