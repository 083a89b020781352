#include "ingest/crmimporter.h"
#include "ingest/trackingimporter.h"
#include "sales/outcometagger.h"
#include "store/database.h"
#include "store/statement.h"
#include "store/workspace.h"
#include "testsupport.h"
#include "xlsxbuilder.h"

#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace leadloop;
using namespace Qt::StringLiterals;

/// CRM imports: presets on a real Salesforce export, generic files, dates and amounts as
/// exports write them, re-imports that update, manual tags that stay, and rejected rows.
class TestCrmImporter : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_count = 0;

    QString file(const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(u"crm%1.csv"_s.arg(++m_count));
        test::writeFile(path, bytes);
        return path;
    }

    std::unique_ptr<Workspace> workspace()
    {
        auto ws = Workspace::create(m_dir.filePath(u"ws%1.leadloop"_s.arg(++m_count)));
        return ws ? std::move(*ws) : nullptr;
    }

    static QString salesforce(const char* name)
    {
        return QString::fromUtf8(LEADLOOP_TEST_DATA) + u"/salesforce/"_s + QLatin1StringView(name);
    }

    static CrmImportReport import(Workspace& ws, const QString& path,
                                  const CrmImportOptions& options = {})
    {
        auto report = CrmImporter::run(ws, path, options);
        if (!report)
            qWarning() << report.error().message;
        return report ? *report : CrmImportReport{};
    }

    static QStringList rows(Workspace& ws, const char* sql)
    {
        return test::queryRows(ws.database(), sql);
    }

private slots:
    void readsDates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("utc"); // empty: unreadable
        QTest::newRow("Salesforce date and time")
            << u"02/23/26 08:55 PM"_s << u"2026-02-23T20:55:00Z"_s;
        QTest::newRow("Salesforce date") << u"02/03/24"_s << u"2024-02-03T00:00:00Z"_s;
        QTest::newRow("midnight AM") << u"1/5/2024 12:10 AM"_s << u"2024-01-05T00:10:00Z"_s;
        QTest::newRow("noon PM") << u"1/5/2024 12:10 PM"_s << u"2024-01-05T12:10:00Z"_s;
        QTest::newRow("European") << u"5.3.2024 14:30"_s << u"2024-03-05T14:30:00Z"_s;
        QTest::newRow("ISO") << u"2016-10-20"_s << u"2016-10-20T00:00:00Z"_s;
        QTest::newRow("no such day") << u"02/30/24"_s << QString();
        QTest::newRow("words") << u"next Tuesday"_s << QString();
    }

    void readsDates()
    {
        QFETCH(QString, text);
        QFETCH(QString, utc);
        const auto ms = CrmImporter::parseDate(text, {}, QTimeZone::utc());
        QCOMPARE(ms.has_value(), !utc.isEmpty());
        if (ms)
            QCOMPARE(QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC).toString(Qt::ISODate), utc);
    }

    void recognisesPresets_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("preset");
        QTest::newRow("opportunities")
            << u"Id,Name,StageName,Amount,IsClosed,IsWon"_s << u"salesforce-opportunities"_s;
        QTest::newRow("history") << u"Id,OpportunityId,CreatedDate,StageName,Amount"_s
                                 << u"salesforce-opportunity-history"_s;
        QTest::newRow("leads") << u"Id,LastName,Email,Status,IsConverted"_s
                               << u"salesforce-leads"_s;
        QTest::newRow("contacts") << u"Id,AccountId,LastName,FirstName,Email"_s
                                  << u"salesforce-contacts"_s;
        QTest::newRow("campaign members")
            << u"Id,CampaignId,LeadId,ContactId,Status"_s << u"salesforce-campaign-members"_s;
        QTest::newRow("hubspot deals")
            << u"Record ID,Deal Name,Deal Stage,Close Date,Amount"_s << u"hubspot-deals"_s;
        QTest::newRow("hubspot contacts")
            << u"Record ID,First Name,Last Name,Email,Lifecycle Stage,Create Date"_s
            << u"hubspot-contacts"_s;
        QTest::newRow("a pipeline sheet")
            << u"opportunity_id,sales_agent,deal_stage,close_value"_s << u"generic"_s;
    }

    void recognisesPresets()
    {
        QFETCH(QString, header);
        QFETCH(QString, preset);
        auto mapping = CrmMappings::resolve(header.split(u','), u"auto"_s, {});
        QVERIFY(mapping.ok());
        QCOMPARE(mapping->preset, preset);
    }

    void importsARealSalesforceExport()
    {
        auto ws = workspace();
        const CrmImportReport opportunities = import(*ws, salesforce("Opportunity.csv"));
        QCOMPARE(opportunities.mapping.preset, u"salesforce-opportunities"_s);
        QCOMPARE(opportunities.batch.rowsRead, 36);
        QCOMPARE(opportunities.counts.dealsCreated, 36);
        QCOMPARE(opportunities.counts.outcomeEvents, 20); // 12 won + 8 lost
        QCOMPARE(
            rows(*ws, "SELECT outcome, count(*), sum(amount_cents) FROM deals GROUP BY 1"),
            (QStringList{u"lost|8|83000000"_s, u"open|16|211500000"_s, u"won|12|281500000"_s}));
        // The won amounts are on the won events too.
        QCOMPARE(rows(*ws, "SELECT sum(amount_cents) FROM outcome_events WHERE new_outcome = "
                           "'won'"),
                 QStringList{u"281500000"_s});

        const CrmImportReport history = import(*ws, salesforce("OpportunityHistory.csv"));
        QCOMPARE(history.mapping.preset, u"salesforce-opportunity-history"_s);
        QCOMPARE(history.counts.stageChanges, 48);
        QCOMPARE(rows(*ws, "SELECT count(DISTINCT deal_id) FROM deal_stage_history WHERE batch_id "
                           "= 2"),
                 QStringList{u"36"_s});

        QCOMPARE(import(*ws, salesforce("Contact.csv")).counts.contactsCreated, 25);
        const CrmImportReport leads = import(*ws, salesforce("Lead.csv"));
        QCOMPARE(leads.mapping.preset, u"salesforce-leads"_s);
        QCOMPARE(leads.counts.contactsCreated, 15); // 7 leads share an e-mail with a contact
        QCOMPARE(leads.counts.contactsUpdated, 7);
        QCOMPARE(rows(*ws, "SELECT count(*) FROM deals WHERE contact_id IS NOT NULL"),
                 QStringList{u"5"_s}); // converted leads point at their opportunities
        // A contact keeps its Salesforce contact id when a lead with its e-mail comes in.
        QCOMPARE(rows(*ws, "SELECT count(*) FROM contacts WHERE external_id LIKE '003%'"),
                 QStringList{u"25"_s});

        // Re-importing the same export adds nothing and changes nothing.
        const CrmImportReport again = import(*ws, salesforce("Opportunity.csv"));
        QCOMPARE(again.batch.duplicates, 36);
        QCOMPARE(again.counts.outcomeEvents, 0);
        QCOMPARE(again.counts.stageChanges, 0);
        QCOMPARE(import(*ws, salesforce("OpportunityHistory.csv")).batch.duplicates, 48);
    }

    void readsHubSpotDeals()
    {
        auto ws = workspace();
        import(*ws, file("Record ID,First Name,Email\n501,Anna,anna@fjordly.pl\n"));
        const CrmImportReport report = import(
            *ws, file("Record ID,Deal Name,Deal Stage,Amount,Close Date,Create Date,Deal owner,"
                      "Associated Contact IDs\n"
                      "9001,Fjordly Team,closedwon,\"1,200.00\",2024-03-20 14:00,2024-03-01 09:30,"
                      "Piet,501;502\n"
                      "9002,Fjordly Pro,Closed Lost,300,2024-03-21,2024-03-02,Piet,\n"
                      "9003,Fjordly Max,appointmentscheduled,900,,2024-03-03,Ewa,\n"));
        QCOMPARE(report.mapping.preset, u"hubspot-deals"_s);
        QCOMPARE(report.batch.rowsImported, 3);
        QCOMPARE(rows(*ws, "SELECT d.external_id, d.outcome, d.amount_cents, d.owner, "
                           "coalesce(c.email, '') FROM deals d LEFT JOIN contacts c ON c.id = "
                           "d.contact_id ORDER BY 1"),
                 (QStringList{u"9001|won|120000|Piet|anna@fjordly.pl"_s, u"9002|lost|30000|Piet|"_s,
                              u"9003|open|90000|Ewa|"_s}));
        QCOMPARE(rows(*ws, "SELECT at, by_user FROM outcome_events ORDER BY id LIMIT 1"),
                 QStringList{u"1710943200000|Piet"_s}); // won at the close date, 2024-03-20 14:00
    }

    void importsCampaignMembers()
    {
        auto ws = workspace();
        const CrmImportReport report = import(*ws, salesforce("CampaignMember.csv"));
        QCOMPARE(report.mapping.preset, u"salesforce-campaign-members"_s);
        QCOMPARE(report.batch.rowsImported, 68);
        QCOMPARE(report.counts.contactsCreated, 61);
        QCOMPARE(report.counts.campaignMembers, 68);
        QCOMPARE(rows(*ws, "SELECT count(DISTINCT campaign), count(*), min(status), max(status) "
                           "FROM campaign_members"),
                 QStringList{u"8|68|Sent|Sent"_s});
        QCOMPARE(import(*ws, salesforce("CampaignMember.csv")).batch.duplicates, 68);
    }

    void anUpdatedExportUpdatesAndKeepsHistory()
    {
        auto ws = workspace();
        const QByteArray header = "opportunity_id;email;deal_stage;close_value;close_date\n";
        import(*ws, file(header + "OP-1;anna@fjordly.pl;Engaging;1 200,00;\n"
                                  "OP-2;bob@voorbeeld.nl;Engaging;500;\n"));
        QCOMPARE(
            rows(*ws, "SELECT external_id, outcome, stage, amount_cents FROM deals ORDER BY 1"),
            (QStringList{u"OP-1|open|Engaging|120000"_s, u"OP-2|open|Engaging|50000"_s}));
        // A rep tags OP-2 won in LeadLoop before the CRM knows.
        QVERIFY(OutcomeTagger::tag(
            ws->database(), {u"bob@voorbeeld.nl"_s, u"won"_s, 50000, {}, {}, {}, u"Anna"_s, {}}));
        // The next export: OP-1 is won for more, OP-2 still says Engaging.
        const CrmImportReport update =
            import(*ws, file(header + "OP-1;anna@fjordly.pl;Won;1 500,00;2024-03-20\n"
                                      "OP-2;bob@voorbeeld.nl;Engaging;500;\n"));
        QCOMPARE(update.counts.dealsCreated, 0);
        QCOMPARE(update.counts.dealsUpdated, 1);
        QCOMPARE(update.batch.duplicates, 1);
        QCOMPARE(
            rows(*ws, "SELECT external_id, outcome, stage, amount_cents FROM deals ORDER BY 1"),
            (QStringList{u"OP-1|won|Won|150000"_s, u"OP-2|won|Engaging|50000"_s}));
        QCOMPARE(rows(*ws, "SELECT s.stage, s.amount_cents FROM deal_stage_history s JOIN deals d "
                           "ON d.id = s.deal_id WHERE d.external_id = 'OP-1' ORDER BY s.id"),
                 (QStringList{u"Engaging|120000"_s, u"Won|150000"_s}));
        QCOMPARE(rows(*ws,
                      "SELECT e.origin, e.new_outcome, e.at FROM outcome_events e JOIN deals d "
                      "ON d.id = e.deal_id WHERE d.external_id = 'OP-1'"),
                 QStringList{u"crm|won|1710892800000"_s}); // at the CRM's close date
        // Later the CRM says OP-2 was lost: a newer fact, so it wins, and the tag stays in the
        // history.
        import(*ws, file(header + "OP-2;bob@voorbeeld.nl;Lost;500;\n"));
        QCOMPARE(rows(*ws,
                      "SELECT e.origin || ':' || e.new_outcome FROM outcome_events e JOIN "
                      "deals d ON d.id = e.deal_id WHERE d.external_id = 'OP-2' ORDER BY e.id"),
                 (QStringList{u"manual:won"_s, u"crm:lost"_s}));
        QCOMPARE(rows(*ws, "SELECT outcome FROM deals WHERE external_id = 'OP-2'"),
                 QStringList{u"lost"_s});
    }

    void stageListsDecideOutcomes()
    {
        auto ws = workspace();
        CrmImportOptions options;
        options.wonStages = {u"Signed"_s};
        options.lostStages = {u"Dropped"_s, u"No budget"_s};
        import(*ws, file("deal_id,stage,amount\nA,signed,10\nB,No Budget,20\nC,Won,30\n"), options);
        QCOMPARE(rows(*ws, "SELECT external_id, outcome FROM deals ORDER BY 1"),
                 (QStringList{u"A|won"_s, u"B|lost"_s, u"C|open"_s}));
    }

    void readsAPipelineKeptInExcel()
    {
        test::XlsxBuilder book;
        const auto text = [](const char* cell, const char* value) {
            return QByteArray("<c r=\"") + cell + "\" t=\"inlineStr\"><is><t>" + value +
                   "</t></is></c>";
        };
        book.sheets = {{u"Notes"_s, "<row r=\"1\">" + text("A1", "read me") + "</row>"},
                       {u"Lejek"_s,
                        "<row r=\"1\">" + text("A1", "Deal ID") + text("B1", "E-mail") +
                            text("C1", "Stage") + text("D1", "Kwota") + text("E1", "Waluta") +
                            "</row><row r=\"2\">" + text("A2", "P-1") + text("B2", "ewa@firma.pl") +
                            text("C2", "Closed Won") + "<c r=\"D2\"><v>12500.5</v></c>" +
                            text("E2", "PLN") + "</row><row r=\"3\">" + text("A3", "P-2") +
                            text("B3", "jan@firma.pl") + text("C3", "Negotiation") +
                            "<c r=\"D3\"><v>800</v></c>" + text("E3", "PLN") + "</row>"}};
        const QString path = m_dir.filePath(u"pipeline.xlsx"_s);
        QVERIFY(book.write(path));
        auto ws = workspace();
        CrmImportOptions options;
        options.sheet = u"Lejek"_s;
        const CrmImportReport report = import(*ws, path, options);
        QCOMPARE(report.batch.rowsImported, 2);
        QCOMPARE(report.counts.contactsCreated, 2);
        QCOMPARE(rows(*ws, "SELECT d.external_id, c.email, d.outcome, d.amount_cents, d.currency "
                           "FROM deals d JOIN contacts c ON c.id = d.contact_id ORDER BY 1"),
                 (QStringList{u"P-1|ewa@firma.pl|won|1250050|PLN"_s,
                              u"P-2|jan@firma.pl|open|80000|PLN"_s}));
    }

    void linksVisitorsTheCrmNames()
    {
        auto ws = workspace();
        const QString tracking = m_dir.filePath(u"visits.csv"_s);
        QVERIFY(test::writeFile(tracking, "visitor,time,url\ncookie-1,2024-03-05T10:00:00Z,"
                                          "https://www.fjordly.com/\n"));
        QVERIFY(TrackingImporter::run(*ws, tracking, {}).ok());
        const CrmImportReport report =
            import(*ws, file("Record ID,Email,First Name,hubspotutk\n"
                             "101,anna@fjordly.pl,Anna,cookie-1\n"
                             "102,bob@voorbeeld.nl,Bob,cookie-1\n"
                             "103,cleo@exempel.se,Cleo,cookie-unknown\n"));
        QCOMPARE(report.mapping.preset, u"hubspot-contacts"_s);
        QCOMPARE(report.counts.contactsCreated, 3);
        QCOMPARE(report.counts.visitorsLinked, 1);
        QCOMPARE(report.counts.identityConflicts, 1); // the cookie already belongs to Anna
        QCOMPARE(rows(*ws, "SELECT c.email, l.method FROM identity_links l JOIN contacts c ON c.id "
                           "= l.contact_id WHERE l.active = 1"),
                 QStringList{u"anna@fjordly.pl|crm_cookie"_s});
        QCOMPARE(rows(*ws, "SELECT action, contact_id FROM identity_log ORDER BY id"),
                 (QStringList{u"link|1"_s, u"conflict|2"_s}));
    }

    /// Excel exports of each market, in their code pages and with each line break style, come
    /// out with the names as written (a Russian export once arrived as "Ńĺđăĺé Ćóęîâ").
    void readsExportsOfEachMarket_data()
    {
        QTest::addColumn<QByteArray>("encoding");
        QTest::addColumn<QByteArray>("lineBreak");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("last");
        const std::pair<const char*, std::pair<QString, QString>> markets[] = {
            {"windows-1251", {u"Сергей"_s, u"Жуков"_s}},
            {"KOI8-R", {u"Наталья"_s, u"Соколова"_s}},
            {"windows-1250", {u"Paweł"_s, u"Dąbrowski"_s}},
            {"ISO-8859-2", {u"Łucja"_s, u"Wiśniewska"_s}},
            {"windows-1252", {u"Åsa"_s, u"Sjöberg"_s}},
            {"UTF-8", {u"Zoë"_s, u"Noël"_s}}};
        for (const auto& [encoding, name] : markets)
            for (const char* br : {"\r\n", "\r", "\n"})
                QTest::addRow("%s, %s", encoding,
                              br[1]           ? "crlf"
                              : br[0] == '\r' ? "cr"
                                              : "lf")
                    << QByteArray(encoding) << QByteArray(br) << name.first << name.second;
    }

    void readsExportsOfEachMarket()
    {
        QFETCH(QByteArray, encoding);
        QFETCH(QByteArray, lineBreak);
        QFETCH(QString, first);
        QFETCH(QString, last);
        QString text = u"email,first_name,last_name,company,deal_id,amount,currency,stage\n"
                       "one@example.com,%1,%2,Fjordly LLC,D1,12500,EUR,Proposal\n"
                       "two@example.com,%2,%1,Acme Corp,D2,800,EUR,Proposal\n"_s.arg(first, last);
        text.replace(u"\n"_s, QString::fromLatin1(lineBreak));
        auto ws = workspace();
        const CrmImportReport report =
            import(*ws, file(QStringEncoder(encoding.constData()).encode(text)));
        QCOMPARE(report.format.encoding, encoding);
        QCOMPARE(report.batch.rowsImported, 2);
        QCOMPARE(rows(*ws, "SELECT first_name || ' ' || last_name FROM contacts ORDER BY email"),
                 (QStringList{first + u' ' + last, last + u' ' + first}));
    }

    void rejectsRowsItCannotRead()
    {
        auto ws = workspace();
        const CrmImportReport report =
            import(*ws, file("deal_id,email,amount,currency,close_date,stage\n"
                             "D1,anna@fjordly.pl,12.50,EUR,2024-03-05,Won\n"
                             "D2,not-an-email,10,EUR,,Won\n"
                             "D3,c@x.se,ten euros,EUR,,Won\n"
                             "D4,d@x.se,10,euro,,Won\n"
                             "D5,e@x.se,10,EUR,someday,Won\n"
                             ",,10,EUR,,Won\n"));
        QCOMPARE(report.batch.rowsRead, 6);
        QCOMPARE(report.batch.rowsImported, 1);
        QCOMPARE(report.batch.rowsRejected, 5);
        QStringList issues;
        for (const ImportIssue& issue : report.issues)
            issues.append(u"%1|%2|%3"_s.arg(issue.row).arg(issue.column, issue.code));
        QCOMPARE(issues, (QStringList{u"3|email|bad_email"_s, u"4|amount|bad_amount"_s,
                                      u"5|currency|bad_currency"_s, u"6|close_date|bad_time"_s,
                                      u"7||no_key"_s}));
        QCOMPARE(rows(*ws, "SELECT count(*) FROM deals"), QStringList{u"1"_s});
        QCOMPARE(rows(*ws, "SELECT count(*) FROM import_issues"), QStringList{u"5"_s});
    }

    void aFileWithoutKeysChangesNothing()
    {
        auto ws = workspace();
        auto report = CrmImporter::run(*ws, file("colour,size\nred,3\n"), {});
        QVERIFY(!report.ok());
        QCOMPARE(report.error().code, ErrorCode::BadInput);
        QVERIFY(report.error().message.contains(u"deal_id"_s));
        QCOMPARE(rows(*ws, "SELECT count(*) FROM import_batches"), QStringList{u"0"_s});
    }
};

QTEST_GUILESS_MAIN(TestCrmImporter)
#include "tst_crmimporter.moc"
