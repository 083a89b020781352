#include "ingest/crmimporter.h"
#include "ingest/trackingimporter.h"
#include "sales/leadfilter.h"
#include "sales/leadlist.h"
#include "store/workspace.h"
#include "testsupport.h"

#include <QTest>

using namespace leadloop;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(leadloop::LeadFilter)

/// The leads table and its filter: Anna (first touch Paid Search, two deals: one won), Bob
/// (Email, one lost deal) and Carl (CRM only, no deal).
class TestLeadList : public QObject
{
    Q_OBJECT

    test::ScratchDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    std::vector<LeadRow> m_rows;

private slots:
    void initTestCase()
    {
        auto ws = Workspace::create(m_dir.path(u"leads.leadloop"_s));
        QVERIFY(ws.ok());
        m_ws = std::move(*ws);
        QVERIFY(TrackingImporter::run(
                    *m_ws,
                    m_dir.file(u"t.csv"_s,
                               "visitor,time,url,event,email\n"
                               "A,2024-03-01T10:00:00Z,https://www.fjordly.com/"
                               "?utm_source=google&utm_medium=cpc&utm_campaign=brand,,\n"
                               "B,2024-03-02T10:00:00Z,https://www.fjordly.com/"
                               "?utm_source=news&utm_medium=email,,\n"
                               "B,2024-03-02T10:01:00Z,https://www.fjordly.com/demo,form_submit,"
                               "bob@voorbeeld.nl\n"
                               "A,2024-03-10T10:01:00Z,https://www.fjordly.com/demo,form_submit,"
                               "anna@fjordly.pl\n"),
                    {})
                    .ok());
        QVERIFY(CrmImporter::run(*m_ws,
                                 m_dir.file(u"c.csv"_s,
                                            "email,first_name,last_name,company,deal_id,owner,"
                                            "amount,currency,stage,deal_created,closed,"
                                            "contact_created\n"
                                            "anna@fjordly.pl,Anna,Nowak,Fjordly,1,Ewa,1000,EUR,"
                                            "Won,2024-03-12,2024-03-20,\n"
                                            "anna@fjordly.pl,Anna,Nowak,Fjordly,2,Ewa,300,EUR,"
                                            "Proposal,2024-03-21,,\n"
                                            "bob@voorbeeld.nl,Bob,,Voorbeeld,3,Jan,500,EUR,Lost,"
                                            "2024-03-06,2024-03-16,\n"
                                            "carl@exempel.se,Carl,Berg,,,,,,,,,2024-03-08\n"),
                                 {})
                    .ok());
        auto rows = LeadList::load(m_ws->database());
        QVERIFY(rows.ok());
        m_rows = std::move(*rows);
    }

    void listsEveryContactOncePerDeal()
    {
        QStringList lines;
        const qint64 april1 = 1711929600000;
        for (const LeadRow& r : m_rows)
            lines.append(
                u"%1|%2|%3|%4|%5|%6|%7|%8"_s.arg(r.name, r.owner, r.channel, r.campaign, r.outcome)
                    .arg(r.amountCents ? QString::number(*r.amountCents) : QString())
                    .arg(r.daysOpen(april1) ? QString::number(*r.daysOpen(april1)) : QString())
                    .arg(r.dealId ? u"deal"_s : u"-"_s));
        // Bob filled in the form first, so he is the first contact.
        QCOMPARE(lines, (QStringList{u"Bob|Jan|Email||lost|50000|10|deal"_s,
                                     u"Anna Nowak|Ewa|Paid Search|brand|won|100000|8|deal"_s,
                                     u"Anna Nowak|Ewa|Paid Search|brand|open|30000|11|deal"_s,
                                     u"Carl Berg||(none)|||||-"_s}));
        // Reading some contacts gives the same rows as reading them all.
        auto bob = LeadList::load(m_ws->database(), QList<qint64>{m_rows[0].contactId});
        QVERIFY(bob.ok());
        QCOMPARE(int(bob->size()), 1);
        QCOMPARE(bob->front().email, u"bob@voorbeeld.nl"_s);
    }

    void aLeadWithoutNameOrEmailIsNamedByItsCrmId()
    {
        auto ws = Workspace::create(m_dir.path(u"noname.leadloop"_s));
        QVERIFY(ws);
        CrmImportOptions options;
        options.map.insert(CrmField::ContactId, u"Prospect ID"_s);
        QVERIFY(CrmImporter::run(**ws,
                                 m_dir.file(u"x.csv"_s, "Prospect ID,Lead Origin\n"
                                                        "7927b2df,API\n"),
                                 options));
        auto rows = LeadList::load((*ws)->database());
        QVERIFY(rows);
        QCOMPARE(rows->size(), size_t(1));
        QCOMPARE(rows->front().name, u"7927b2df"_s);
        QVERIFY(rows->front().searchText.contains(u"7927b2df"_s));
    }

    void filters_data()
    {
        QTest::addColumn<LeadFilter>("filter");
        QTest::addColumn<QStringList>("names");
        QTest::newRow("none") << LeadFilter()
                              << QStringList{u"Bob"_s, u"Anna Nowak"_s, u"Anna Nowak"_s,
                                             u"Carl Berg"_s};
        QTest::newRow("text in company, any case")
            << test::with<LeadFilter>([](LeadFilter& f) { f.text = u"VOORB"_s; })
            << QStringList{u"Bob"_s};
        QTest::newRow("text in e-mail")
            << test::with<LeadFilter>([](LeadFilter& f) { f.text = u"exempel.se"_s; })
            << QStringList{u"Carl Berg"_s};
        QTest::newRow("owner") << test::with<LeadFilter>([](LeadFilter& f) {
            f.owners = {u"Jan"_s};
        }) << QStringList{u"Bob"_s};
        QTest::newRow("outcomes") << test::with<LeadFilter>([](LeadFilter& f) {
            f.outcomes = {u"open"_s, u"none"_s};
        }) << QStringList{u"Anna Nowak"_s, u"Carl Berg"_s};
        QTest::newRow("channel") << test::with<LeadFilter>([](LeadFilter& f) {
            f.channels = {u"(none)"_s};
        }) << QStringList{u"Carl Berg"_s};
        QTest::newRow("created from 5 March")
            << test::with<LeadFilter>([](LeadFilter& f) { f.from = 1709596800000; })
            << QStringList{u"Anna Nowak"_s, u"Anna Nowak"_s, u"Carl Berg"_s};
        QTest::newRow("my leads") << test::with<LeadFilter>([](LeadFilter& f) {
            f.mine = u"ewa"_s;
        }) << QStringList{u"Anna Nowak"_s, u"Anna Nowak"_s};
    }

    void filters()
    {
        QFETCH(LeadFilter, filter);
        QFETCH(QStringList, names);
        QStringList kept;
        for (const LeadRow& r : m_rows)
            if (filter.matches(r))
                kept.append(r.name);
        QCOMPARE(kept, names);
        QCOMPARE(filter.isEmpty(), names.size() == 4);
    }
};

QTEST_GUILESS_MAIN(TestLeadList)
#include "tst_leadlist.moc"
