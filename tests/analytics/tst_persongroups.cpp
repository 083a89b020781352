// The people dimensions' groups (PersonGroups): a contact's own value, else its first deal's;
// a deal's own value, else its contact's; "(not set)" when neither has one.
#include "analytics/persongroups.h"
#include "store/database.h"
#include "store/workspace.h"
#include "testsupport.h"

#include <QTest>

using namespace leadloop;
using namespace Qt::StringLiterals;

class TestPersonGroups : public QObject
{
    Q_OBJECT

    test::ScratchDir m_dir;
    std::unique_ptr<Workspace> m_ws;

private slots:
    void initTestCase()
    {
        auto ws = Workspace::create(m_dir.path(u"groups.leadloop"_s));
        QVERIFY(ws.ok());
        m_ws = std::move(*ws);
        // 1 Ewa owns, works at Acme; her deals name Jan and nobody.
        // 2 owns nothing; its first deal (by creation) names nobody, its second Jan.
        // 3 owns nothing; its first deal names Ola (created later than it was inserted).
        // 4 owns nothing and has no deal. A deal of no contact names Kim; another nobody.
        QVERIFY(m_ws->database()
                    .exec(u"INSERT INTO contacts (id, created_at, owner, company) VALUES "
                          "(1, 0, 'Ewa', 'Acme'), (2, 0, '', NULL), (3, 0, NULL, ''), "
                          "(4, 0, NULL, NULL);"
                          "INSERT INTO deals (id, contact_id, created_at, owner, product, "
                          "account) VALUES "
                          "(10, 1, 5, 'Jan', 'Pro', NULL), (11, 1, 6, '', NULL, 'Beta'), "
                          "(12, 2, 1, NULL, 'Basic', NULL), (13, 2, 2, 'Jan', 'Pro', NULL), "
                          "(15, 3, 9, 'Kim', NULL, NULL), (14, 3, 3, 'Ola', 'Pro', 'Gamma'), "
                          "(16, NULL, 1, 'Kim', NULL, NULL), (17, NULL, 1, NULL, NULL, NULL)"_s)
                    .ok());
    }

    void groups_data()
    {
        QTest::addColumn<QString>("dimension");
        QTest::addColumn<QStringList>("contacts"); // 1 to 5 (5: no such contact)
        QTest::addColumn<QStringList>("deals");    // 10 to 17
        QTest::newRow("owner") << u"owner"_s
                               << QStringList{u"Ewa"_s, u"(not set)"_s, u"Ola"_s, u"(not set)"_s,
                                              u"(none)"_s}
                               << QStringList{u"Jan"_s, u"Ewa"_s, u"(not set)"_s, u"Jan"_s,
                                              u"Ola"_s, u"Kim"_s, u"Kim"_s,       u"(not set)"_s};
        QTest::newRow("product") << u"product"_s
                                 << QStringList{u"Pro"_s, u"Basic"_s, u"Pro"_s, u"(not set)"_s,
                                                u"(none)"_s}
                                 << QStringList{u"Pro"_s,       u"(not set)"_s, u"Basic"_s,
                                                u"Pro"_s,       u"Pro"_s,       u"(not set)"_s,
                                                u"(not set)"_s, u"(not set)"_s};
        QTest::newRow("account") << u"account"_s
                                 << QStringList{u"Acme"_s, u"(not set)"_s, u"Gamma"_s,
                                                u"(not set)"_s, u"(none)"_s}
                                 << QStringList{u"Acme"_s,      u"Beta"_s,     u"(not set)"_s,
                                                u"(not set)"_s, u"Gamma"_s,    u"(not set)"_s,
                                                u"(not set)"_s, u"(not set)"_s};
    }

    void groups()
    {
        QFETCH(QString, dimension);
        QFETCH(QStringList, contacts);
        QFETCH(QStringList, deals);
        auto groups = PersonGroups::load(m_ws->database(), dimension);
        QVERIFY(groups.ok());
        QStringList gotContacts, gotDeals;
        for (qint64 id = 1; id <= 5; ++id)
            gotContacts << groups->ofContact(id);
        for (qint64 id = 10; id <= 17; ++id)
            gotDeals << groups->ofDeal(id);
        QCOMPARE(gotContacts, contacts);
        QCOMPARE(gotDeals, deals);
    }
};

QTEST_GUILESS_MAIN(TestPersonGroups)
#include "tst_persongroups.moc"
