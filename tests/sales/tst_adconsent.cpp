// Consent to ad measurement (docs/ad-platforms.md, "Consent"): how text is read, how imported and
// hand-set states combine into a person's state (the view contact_consent), and the CRM columns
// that carry it, a bad value rejected with its column named.
#include "ingest/crmimporter.h"
#include "ingest/trackingimporter.h"
#include "sales/adconsent.h"
#include "scratchworkspaces.h"
#include "store/batchremoval.h"
#include "store/database.h"
#include "store/statement.h"
#include "testsupport.h"

#include <QTest>

using namespace leadloop;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(AdConsent::State)

class TestAdConsent : public QObject
{
    Q_OBJECT

    test::ScratchWorkspaces m_dir;

    using State = AdConsent::State;
    using Signal = AdConsent::Signal;

private slots:
    void readsStates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("expected"); // State, or -1 when the text is no state
        QTest::newRow("granted") << u" Granted "_s << int(State::Granted);
        QTest::newRow("denied") << u"DENIED"_s << int(State::Denied);
        QTest::newRow("yes") << u"yes"_s << int(State::Granted);
        QTest::newRow("nie") << u"nie"_s << int(State::Denied);
        QTest::newRow("0") << u"0"_s << int(State::Denied);
        QTest::newRow("empty") << QString() << int(State::Unknown);
        QTest::newRow("unknown") << u"unknown"_s << int(State::Unknown);
        QTest::newRow("other") << u"maybe"_s << -1;
    }
    void readsStates()
    {
        QFETCH(QString, text);
        QFETCH(int, expected);
        const std::optional<State> state = AdConsent::parse(text);
        QCOMPARE(state ? int(*state) : -1, expected);
    }

    // Each case: what was said, in order (source:state, "visitor" for the linked visitor's
    // tracking, "stranger" for a visitor not linked), and the person's ad_user_data.
    void combinesWhatWasSaid_data()
    {
        QTest::addColumn<QStringList>("said");
        QTest::addColumn<QString>("expected");
        QTest::newRow("nothing") << QStringList() << u"unknown"_s;
        QTest::newRow("the CRM grants") << QStringList{u"crm:granted"_s} << u"granted"_s;
        QTest::newRow("a denial wins over a grant")
            << QStringList{u"crm:granted"_s, u"visitor:denied"_s} << u"denied"_s;
        QTest::newRow("an unlinked visitor says nothing of the person")
            << QStringList{u"stranger:denied"_s} << u"unknown"_s;
        QTest::newRow("set by hand wins")
            << QStringList{u"crm:denied"_s, u"manual:granted"_s} << u"granted"_s;
        QTest::newRow("the latest choice by hand")
            << QStringList{u"manual:denied"_s, u"manual:granted"_s} << u"granted"_s;
        QTest::newRow("unknown by hand clears the choice")
            << QStringList{u"crm:denied"_s, u"manual:granted"_s, u"manual:unknown"_s}
            << u"denied"_s;
    }
    void combinesWhatWasSaid()
    {
        QFETCH(QStringList, said);
        QFETCH(QString, expected);
        auto ws = m_dir.create();
        QVERIFY(ws);
        Database& db = ws->database();
        QVERIFY(db.exec(u"INSERT INTO contacts (id, email, created_at) VALUES (1, 'a@b.pl', 1);"
                        u"INSERT INTO visitors (id, cookie_id, first_seen, last_seen) VALUES "
                        u"(1, 'v1', 1, 1), (2, 'v2', 1, 1);"
                        u"INSERT INTO identity_links (visitor_id, contact_id, method, linked_at, "
                        u"active) VALUES (1, 1, 'manual', 1, 1)"_s));
        qint64 at = 100;
        for (const QString& item : said) {
            const QString source = item.section(u':', 0, 0);
            const State state = *AdConsent::parse(item.section(u':', 1));
            ++at;
            if (source == u"manual"_s)
                QVERIFY(AdConsent::set(db, 1, Signal::AdUserData, state, u"me"_s, at).ok());
            else if (source == u"crm"_s)
                QVERIFY(AdConsent::record(db, 1, 0, Signal::AdUserData, state, source, at, 0).ok());
            else
                QVERIFY(AdConsent::record(db, 0, source == u"visitor"_s ? 1 : 2, Signal::AdUserData,
                                          state, u"tracking"_s, at, 0)
                            .ok());
        }
        auto status = AdConsent::of(db, 1);
        QVERIFY(status);
        QCOMPARE(AdConsent::name(status->adUserData), expected);
        QCOMPARE(status->adPersonalization, State::Unknown); // nobody said anything of it
    }

    void readsCrmColumns()
    {
        auto ws = m_dir.create();
        QVERIFY(ws);
        auto report = CrmImporter::run(*ws,
                                       m_dir.file(u"consent.csv"_s,
                                                  "email,consent_ad_user_data,ad_personalization\n"
                                                  "anna@fjordly.pl,granted,no\n"
                                                  "bob@voorbeeld.nl,,\n"
                                                  "cecilia@exempel.se,perhaps,yes\n"),
                                       {});
        QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
        QCOMPARE(report->batch.rowsRejected, 1);
        const ImportIssue& issue = report->issues.first();
        QCOMPARE(issue.row, 4);
        QCOMPARE(issue.column, u"consent_ad_user_data"_s);
        QCOMPARE(issue.code, u"bad_consent"_s);
        QVERIFY(issue.message.contains(u"perhaps"_s));
        const auto stateOf = [&](const char* email) {
            const qint64 id = *ws->database().scalar(
                u"SELECT id FROM contacts WHERE email = '%1'"_s.arg(QLatin1StringView(email)));
            auto status = AdConsent::of(ws->database(), id);
            return status ? AdConsent::name(status->adUserData) + u'/' +
                                AdConsent::name(status->adPersonalization)
                          : status.error().message;
        };
        QCOMPARE(stateOf("anna@fjordly.pl"), u"granted/denied"_s);
        QCOMPARE(stateOf("bob@voorbeeld.nl"), u"unknown/unknown"_s);
        // The consent columns are fields, not lead attributes.
        QCOMPARE(*ws->database().scalar(u"SELECT count(*) FROM contact_properties"_s), 0);
        auto removed = BatchRemoval::remove(*ws, report->batch.id);
        QVERIFY2(removed, qPrintable(removed ? QString() : removed.error().message));
        QCOMPARE(*ws->database().scalar(u"SELECT count(*) FROM consent_events"_s), 0);
    }

    // A tracking file's consent columns: per visitor, only changes written; a bad value rejects
    // the row naming its column; the person linked to the visitor gets the state.
    void readsTrackingColumns()
    {
        auto ws = m_dir.create();
        QVERIFY(ws);
        auto tracked = TrackingImporter::run(
            *ws,
            m_dir.file(u"consent-tracking.csv"_s,
                       "visitor_id,timestamp,url,consent_ad_user_data,ad_personalization\n"
                       "A,2024-03-05T10:00:00Z,https://x.com/,granted,\n"
                       "A,2024-03-05T10:01:00Z,https://x.com/a,granted,yes\n"
                       "A,2024-03-05T10:02:00Z,https://x.com/b,denied,yes\n"
                       "B,2024-03-05T11:00:00Z,https://x.com/,perhaps,\n"
                       "C,2024-03-05T12:00:00Z,https://x.com/,,\n"),
            {});
        QVERIFY2(tracked, qPrintable(tracked ? QString() : tracked.error().message));
        QCOMPARE(tracked->batch.rowsRejected, 1);
        QCOMPARE(tracked->issues.first().column, u"consent_ad_user_data"_s);
        QCOMPARE(tracked->issues.first().code, u"bad_consent"_s);
        Statement said(ws->database().handle(),
                       "SELECT v.cookie_id || ':' || e.signal || '=' || e.state FROM "
                       "consent_events e JOIN visitors v ON v.id = e.visitor_id ORDER BY e.id");
        QStringList got;
        while (said.next())
            got << said.text(0);
        QCOMPARE(got, (QStringList{u"A:ad_user_data=granted"_s, u"A:ad_personalization=granted"_s,
                                   u"A:ad_user_data=denied"_s}));
        auto crm =
            CrmImporter::run(*ws,
                             m_dir.file(u"consent-crm.csv"_s, "email,visitor,consent_ad_user_data\n"
                                                              "anna@fjordly.pl,A,granted\n"),
                             {});
        QVERIFY2(crm, qPrintable(crm ? QString() : crm.error().message));
        const qint64 anna =
            *ws->database().scalar(u"SELECT id FROM contacts WHERE email = 'anna@fjordly.pl'"_s);
        auto status = AdConsent::of(ws->database(), anna);
        QVERIFY(status);
        QCOMPARE(status->adUserData, State::Denied); // the visitor's denial wins over the CRM
        QCOMPARE(status->adPersonalization, State::Granted);
        auto removed = BatchRemoval::remove(*ws, tracked->batch.id);
        QVERIFY2(removed, qPrintable(removed ? QString() : removed.error().message));
        QCOMPARE(AdConsent::of(ws->database(), anna)->adUserData, State::Granted);
    }
};

QTEST_GUILESS_MAIN(TestAdConsent)
#include "tst_adconsent.moc"
