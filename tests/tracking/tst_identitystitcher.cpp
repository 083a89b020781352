#include "ingest/crmimporter.h"
#include "ingest/trackingimporter.h"
#include "sales/identityreview.h"
#include "store/database.h"
#include "store/statement.h"
#include "store/workspace.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace leadloop;
using namespace Qt::StringLiterals;

/// Identity stitching: forms make visitors known leads, a lead owns several devices, a cookie
/// with two e-mails goes to review, and every decision is logged and can be undone.
class TestIdentityStitcher : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_count = 0;

    QString file(const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(u"in%1.csv"_s.arg(++m_count));
        test::writeFile(path, bytes);
        return path;
    }

    static QStringList rows(Workspace& ws, const char* sql)
    {
        return test::queryRows(ws.database(), sql);
    }

    // Anna browses on her laptop (A) from 1 March and converts on 5 March; on 6 March she
    // converts again from her phone (B). On 7 March someone uses the laptop to sign up Bob.
    static QByteArray story()
    {
        return "visitor,time,url,event,email\n"
               "A,2024-03-01T09:00:00Z,https://www.fjordly.com/,,\n"
               "A,2024-03-05T10:00:00Z,https://www.fjordly.com/demo,,\n"
               "A,2024-03-05T10:02:00Z,https://www.fjordly.com/demo,form_submit,Anna@Fjordly.pl \n"
               "B,2024-03-06T18:00:00Z,https://www.fjordly.com/pricing,,\n"
               "B,2024-03-06T18:01:00Z,https://www.fjordly.com/pricing,sign_up,anna@fjordly.pl\n"
               "A,2024-03-07T12:00:00Z,https://www.fjordly.com/demo,form_submit,bob@voorbeeld.nl\n";
    }

private slots:
    void stitchesFormsIntoLeads()
    {
        auto ws = Workspace::create(m_dir.filePath(u"ws.leadloop"_s));
        QVERIFY(ws.ok());
        Workspace& w = **ws;
        auto tracking = TrackingImporter::run(w, file(story()), {});
        QVERIFY(tracking.ok());
        QCOMPARE(tracking->stitch.contactsCreated, 2); // anna and bob
        QCOMPARE(tracking->stitch.visitorsLinked, 2);  // A and B to anna
        QCOMPARE(tracking->stitch.conflicts, 1);       // A seen with bob's e-mail
        QCOMPARE(
            rows(w, "SELECT v.cookie_id, c.email, l.method FROM identity_links l JOIN "
                    "visitors v ON v.id = l.visitor_id JOIN contacts c ON c.id = l.contact_id "
                    "WHERE l.active = 1 ORDER BY 1"),
            (QStringList{u"A|anna@fjordly.pl|form_email"_s, u"B|anna@fjordly.pl|form_email"_s}));
        // Anna's journey holds both devices' sessions, from before the form too: A has visits
        // on 1, 5 and 7 March, B one on 6 March.
        QCOMPARE(rows(w, "SELECT count(*) FROM sessions WHERE visitor_id IN (SELECT visitor_id "
                         "FROM identity_links l JOIN contacts c ON c.id = l.contact_id WHERE "
                         "c.email = 'anna@fjordly.pl' AND l.active = 1)"),
                 QStringList{u"4"_s});
        // A lead exists from its first conversion (5 March 10:02).
        QCOMPARE(rows(w, "SELECT created_at FROM contacts WHERE email = 'anna@fjordly.pl'"),
                 QStringList{u"1709632920000"_s});
        auto conflicts = IdentityReview::conflicts(w.database());
        QVERIFY(conflicts.ok());
        QCOMPARE(conflicts->rows.size(), 1);
        QCOMPARE(conflicts->rows[0][1].toString(), u"A"_s);
        QCOMPARE(conflicts->rows[0][5].toString(), u"bob@voorbeeld.nl"_s);

        // The CRM knew Anna from 1 February: the earlier date wins.
        auto crm = CrmImporter::run(
            w, file("contact_id,email,contact_created\nC-1,anna@fjordly.pl,2024-02-01\n"), {});
        QVERIFY(crm.ok());
        QCOMPARE(crm->counts.contactsUpdated, 1);
        QCOMPARE(rows(w, "SELECT external_id, created_at FROM contacts WHERE email = "
                         "'anna@fjordly.pl'"),
                 QStringList{u"C-1|1706745600000"_s});

        // The user decides the laptop is Bob's: A moves to Bob, the conflict is resolved.
        QVERIFY(IdentityReview::link(w.database(), u"A"_s, u"bob@voorbeeld.nl"_s, u"Anna"_s,
                                     u"shared laptop"_s));
        QCOMPARE(rows(w, "SELECT v.cookie_id, c.email, l.method FROM identity_links l JOIN "
                         "visitors v ON v.id = l.visitor_id JOIN contacts c ON c.id = l.contact_id "
                         "WHERE l.active = 1 ORDER BY 1"),
                 (QStringList{u"A|bob@voorbeeld.nl|manual"_s, u"B|anna@fjordly.pl|form_email"_s}));
        QCOMPARE(IdentityReview::conflicts(w.database())->rows.size(), 0);
        // Undo exactly: unlinking leaves A with no lead, and a later import does not relink it.
        QVERIFY(IdentityReview::unlink(w.database(), u"A"_s, u"bob@voorbeeld.nl"_s, u"Anna"_s,
                                       u"wrong click"_s));
        QCOMPARE(rows(w, "SELECT count(*) FROM identity_links WHERE active = 1"),
                 QStringList{u"1"_s});
        QCOMPARE(IdentityReview::unlink(w.database(), u"A"_s, u"bob@voorbeeld.nl"_s, {}, {})
                     .error()
                     .code,
                 ErrorCode::BadInput);
        QVERIFY(TrackingImporter::run(
                    w,
                    file("visitor,time,url,event,email\nA,2024-03-08T12:00:00Z,"
                         "https://www.fjordly.com/demo,form_submit,bob@voorbeeld.nl\n"),
                    {})
                    .ok());
        QCOMPARE(rows(w, "SELECT count(*) FROM identity_links l JOIN visitors v ON v.id = "
                         "l.visitor_id WHERE v.cookie_id = 'A' AND l.active = 1"),
                 QStringList{u"0"_s}); // neither the removed Bob link nor the Anna one
    }

    void everyDecisionIsLogged()
    {
        auto ws = Workspace::create(m_dir.filePath(u"log.leadloop"_s));
        QVERIFY(ws.ok());
        Workspace& w = **ws;
        QVERIFY(TrackingImporter::run(w, file(story()), {}).ok());
        QVERIFY(IdentityReview::keepApart(w.database(), u"A"_s, u"bob@voorbeeld.nl"_s, u"Piet"_s,
                                          u"different people"_s));
        QCOMPARE(IdentityReview::conflicts(w.database())->rows.size(), 0);
        QCOMPARE(rows(w, "SELECT action, by_user, coalesce(reason, '') FROM identity_log ORDER BY "
                         "id"),
                 (QStringList{u"link|LeadLoop|a form carried anna@fjordly.pl"_s,
                              u"link|LeadLoop|a form carried anna@fjordly.pl"_s,
                              u"conflict|LeadLoop|the cookie is linked to contact 1 and a form "
                              u"carried bob@voorbeeld.nl"_s,
                              u"keep_apart|Piet|different people"_s}));
        QCOMPARE(
            IdentityReview::link(w.database(), u"Z"_s, u"bob@voorbeeld.nl"_s, {}, {}).error().code,
            ErrorCode::BadInput);
    }
};

QTEST_GUILESS_MAIN(TestIdentityStitcher)
#include "tst_identitystitcher.moc"
