#include "sales/crmmerger.h"
#include "scratchworkspaces.h"
#include "store/database.h"
#include "store/importbatches.h"
#include "store/workspace.h"
#include "testsupport.h"

#include <QTest>

using namespace leadloop;
using namespace Qt::StringLiterals;

/// CrmMerger on its own: contacts found by CRM id or e-mail, deals updated in place with their
/// stage history, CRM outcomes recorded once, and rows that cannot be merged rejected with a
/// reason.
class TestCrmMerger : public QObject
{
    Q_OBJECT

    static constexpr qint64 Now = 1717200000000; // 1 June 2024

    test::ScratchWorkspaces m_dir;
    std::unique_ptr<Workspace> m_ws;

    Database& db() { return m_ws->database(); }

    /// Merges the records in one batch; the counts, or the first error.
    Result<CrmCounts> merge(const QList<CrmRecord>& records, bool stageChanges = false)
    {
        Transaction transaction(db());
        if (!transaction.isActive())
            return transaction.error();
        ImportBatch batch;
        batch.kind = u"crm"_s;
        batch.sourceName = u"crm.csv"_s;
        batch.startedAt = Now;
        auto batchId = ImportBatches::begin(db(), batch);
        if (!batchId)
            return batchId.error();
        CrmMerger merger(db(), *batchId, Now);
        for (const CrmRecord& record : records) {
            const Status merged =
                stageChanges ? merger.mergeStageChange(record) : merger.merge(record);
            if (!merged)
                return merged.error();
        }
        if (Status committed = transaction.commit(); !committed)
            return committed.error();
        return merger.counts();
    }

    static CrmRecord anna()
    {
        CrmRecord r;
        r.contactId = u"C1"_s;
        r.email = u" Anna@Fjordly.PL"_s;
        r.firstName = u"Anna"_s;
        r.company = u"Fjordly"_s;
        r.contactCreated = 1709283600000;
        return r;
    }

    static CrmRecord annasDeal()
    {
        CrmRecord r = anna();
        r.dealId = u"D1"_s;
        r.dealName = u"Fjordly licence"_s;
        r.stage = u"Proposal"_s;
        r.outcome = u"open"_s;
        r.amountCents = 1200000;
        r.currency = u"PLN"_s;
        r.dealCreated = 1709370000000;
        return r;
    }

private slots:
    void init()
    {
        m_ws = m_dir.create();
        QVERIFY(m_ws);
    }

    void cleanup() { m_ws.reset(); }

    void findsContactsByCrmIdOrEmail()
    {
        auto created = merge({anna()});
        QVERIFY(created.ok());
        QCOMPARE(created->contactsCreated, 1);
        QCOMPARE(test::queryRows(db(), "SELECT external_id, email, first_name FROM contacts"),
                 QStringList{u"C1|anna@fjordly.pl|Anna"_s});

        // Without the CRM id, the same e-mail in another case is the same contact; a new job
        // title updates it.
        CrmRecord byEmail;
        byEmail.email = u"ANNA@fjordly.pl"_s;
        byEmail.jobTitle = u"CMO"_s;
        auto updated = merge({byEmail});
        QVERIFY(updated.ok());
        QCOMPARE(updated->contactsCreated, 0);
        QCOMPARE(updated->contactsUpdated, 1);
        QCOMPARE(test::queryRows(db(), "SELECT count(*), max(job_title) FROM contacts"),
                 QStringList{u"1|CMO"_s});

        // An earlier creation date from the CRM wins; a later one does not.
        CrmRecord earlier = anna();
        earlier.contactCreated = 1709000000000;
        QVERIFY(merge({earlier}).ok());
        CrmRecord later = anna();
        later.contactCreated = 1710000000000;
        auto same = merge({later});
        QVERIFY(same.ok());
        QCOMPARE(same->contactsUpdated, 0);
        QCOMPARE(test::queryRows(db(), "SELECT created_at FROM contacts"),
                 QStringList{u"1709000000000"_s});
    }

    void anEmailOfAnotherContactIsRejected()
    {
        CrmRecord bob;
        bob.contactId = u"C2"_s;
        bob.email = u"bob@voorbeeld.nl"_s;
        QVERIFY(merge({anna(), bob}).ok());
        // Bob's CRM id with Anna's e-mail: which lead is meant cannot be told.
        CrmRecord both = bob;
        both.email = u"anna@fjordly.pl"_s;
        auto rejected = merge({both});
        QVERIFY(!rejected.ok());
        QCOMPARE(rejected.error().code, ErrorCode::BadInput);
        QVERIFY2(rejected.error().message.contains(u"anna@fjordly.pl"_s),
                 qPrintable(rejected.error().message));
        QCOMPARE(test::queryRows(db(), "SELECT external_id, email FROM contacts ORDER BY id"),
                 (QStringList{u"C1|anna@fjordly.pl"_s, u"C2|bob@voorbeeld.nl"_s}));
    }

    void updatesDealsWithTheirStageHistory()
    {
        auto created = merge({annasDeal()});
        QVERIFY(created.ok());
        QCOMPARE(created->dealsCreated, 1);
        QCOMPARE(created->stageChanges, 1);
        QCOMPARE(created->outcomeEvents, 0); // open is where every deal starts

        auto unchanged = merge({annasDeal()});
        QVERIFY(unchanged.ok());
        QCOMPARE(unchanged->unchanged, 1);
        QCOMPARE(unchanged->dealsUpdated, 0);
        QCOMPARE(unchanged->stageChanges, 0);

        CrmRecord bigger = annasDeal();
        bigger.stage = u"Negotiation"_s;
        bigger.amountCents = 1500000;
        auto updated = merge({bigger});
        QVERIFY(updated.ok());
        QCOMPARE(updated->dealsUpdated, 1);
        QCOMPARE(updated->stageChanges, 1);
        QCOMPARE(test::queryRows(db(), "SELECT stage, amount_cents FROM deal_stage_history "
                                       "ORDER BY id"),
                 (QStringList{u"Proposal|1200000"_s, u"Negotiation|1500000"_s}));
        QCOMPARE(test::queryRows(db(), "SELECT stage, amount_cents, outcome FROM deals"),
                 QStringList{u"Negotiation|1500000|open"_s});
    }

    void recordsACrmOutcomeOnce()
    {
        QVERIFY(merge({annasDeal()}).ok());
        CrmRecord won = annasDeal();
        won.stage = u"Closed Won"_s;
        won.outcome = u"won"_s;
        won.closed = 1711000000000;
        auto first = merge({won});
        QVERIFY(first.ok());
        QCOMPARE(first->outcomeEvents, 1);
        auto again = merge({won});
        QVERIFY(again.ok());
        QCOMPARE(again->outcomeEvents, 0);
        QCOMPARE(test::queryRows(db(), "SELECT at, old_outcome, new_outcome, amount_cents, "
                                       "currency, origin FROM outcome_events"),
                 QStringList{u"1711000000000|open|won|1200000|PLN|crm"_s});
        QCOMPARE(test::queryRows(db(), "SELECT outcome, closed_at FROM deals"),
                 QStringList{u"won|1711000000000"_s});
    }

    void stageChangesNeedTheirDeal_data()
    {
        QTest::addColumn<QString>("dealId");
        QTest::addColumn<QString>("stage");
        QTest::addColumn<bool>("dated");
        QTest::addColumn<QString>("error"); // empty: accepted
        QTest::newRow("a known deal") << u"D1"_s << u"Qualified"_s << true << QString();
        QTest::newRow("an unknown deal") << u"D9"_s << u"Qualified"_s << true << u"D9"_s;
        QTest::newRow("no date") << u"D1"_s << u"Qualified"_s << false << u"date"_s;
        QTest::newRow("no stage") << u"D1"_s << QString() << true << u"stage"_s;
    }

    void stageChangesNeedTheirDeal()
    {
        QFETCH(QString, dealId);
        QFETCH(QString, stage);
        QFETCH(bool, dated);
        QFETCH(QString, error);
        QVERIFY(merge({annasDeal()}).ok());
        CrmRecord change;
        change.dealId = dealId;
        change.stage = stage;
        if (dated)
            change.changed = 1709500000000;
        auto merged = merge({change}, true);
        if (error.isEmpty()) {
            QVERIFY(merged.ok());
            QCOMPARE(merged->stageChanges, 1);
            // The same change again is already known.
            auto again = merge({change}, true);
            QVERIFY(again.ok());
            QCOMPARE(again->unchanged, 1);
        } else {
            QVERIFY(!merged.ok());
            QCOMPARE(merged.error().code, ErrorCode::BadInput);
            QVERIFY2(merged.error().message.contains(error), qPrintable(merged.error().message));
        }
    }

    void linksTheVisitorTheCrmNames()
    {
        QVERIFY(m_ws->database().exec(u"INSERT INTO visitors (cookie_id, first_seen, last_seen) "
                                      u"VALUES ('cookie-7', 0, 0)"_s));
        CrmRecord r = anna();
        r.visitor = u"cookie-7"_s;
        auto merged = merge({r});
        QVERIFY(merged.ok());
        QCOMPARE(merged->visitorsLinked, 1);
        QCOMPARE(test::queryRows(db(), "SELECT v.cookie_id, c.external_id FROM identity_links l "
                                       "JOIN visitors v ON v.id = l.visitor_id JOIN contacts c "
                                       "ON c.id = l.contact_id WHERE l.active = 1"),
                 QStringList{u"cookie-7|C1"_s});
    }
};

QTEST_GUILESS_MAIN(TestCrmMerger)
#include "tst_crmmerger.moc"
