// Lead attributes: a CRM import keeps the columns no field maps as contact properties, typed
// from their values; a re-import changes only what changed, an empty value clears one, and
// removing an import brings back the values before it (docs/scoring.md, "Lead attributes").
#include "ingest/crmimporter.h"
#include "sales/contactproperties.h"
#include "scratchworkspaces.h"
#include "store/batchremoval.h"
#include "store/propertysets.h"
#include "testsupport.h"

#include <QTest>

using namespace leadloop;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(leadloop::PropertyType)

class TestContactProperties : public QObject
{
    Q_OBJECT

    test::ScratchWorkspaces m_dir;

    static QStringList values(Workspace& ws, const char* email)
    {
        const QString id = test::queryRows(ws.database(), (QByteArray("SELECT id FROM contacts "
                                                                      "WHERE email = '") +
                                                           email + "'")
                                                              .constData())
                               .value(0);
        QStringList out;
        for (const auto& [name, value] : ContactProperties::of(ws.database(), id.toLongLong())
                                             .value_or(QList<std::pair<QString, QString>>()))
            out.append(name + u'=' + value);
        return out;
    }

    /// What scoring reads of a contact (PropertySets): its current values as one JSON object.
    static QString packed(Workspace& ws, const char* email)
    {
        const qint64 id = test::queryRows(ws.database(), (QByteArray("SELECT id FROM contacts "
                                                                     "WHERE email = '") +
                                                          email + "'")
                                                             .constData())
                              .value(0)
                              .toLongLong();
        QString out = u"none"_s;
        const Status read = PropertySets::read(ws.database(), [&](qint64 c, std::string_view j) {
            if (c == id)
                out = QString::fromUtf8(j.data(), qsizetype(j.size()));
        });
        return read ? out : read.error().message;
    }

    /// Checks the packed sets say what ContactProperties says, before and after packing.
    static void checkPacked(Workspace& ws, const char* email, const QString& expected)
    {
        QVERIFY(*PropertySets::staleCount(ws.database()) > 0); // the triggers noted the change
        QCOMPARE(packed(ws, email), expected);                 // read from the rows meanwhile
        QVERIFY(PropertySets::refresh(ws.database()).ok());
        QCOMPARE(*PropertySets::staleCount(ws.database()), 0);
        QCOMPARE(packed(ws, email), expected); // and from the packed set
    }

private slots:
    void infersTheType_data()
    {
        QTest::addColumn<QStringList>("values");
        QTest::addColumn<PropertyType>("type");
        QTest::newRow("yes/no") << QStringList{u"Yes"_s, u"no"_s} << PropertyType::YesNo;
        QTest::newRow("0 and 1 are yes/no") << QStringList{u"0"_s, u"1"_s} << PropertyType::YesNo;
        QTest::newRow("Polish tak/nie") << QStringList{u"Tak"_s, u"Nie"_s} << PropertyType::YesNo;
        QTest::newRow("numbers") << QStringList{u"0"_s, u"2.5"_s, u"1 234,5"_s, u"-3"_s}
                                 << PropertyType::Number;
        QTest::newRow("dates") << QStringList{u"2024-03-01"_s, u"1.3.2024"_s, u"3/1/2024"_s}
                               << PropertyType::Date;
        QTest::newRow("few values")
            << QStringList{u"Mumbai"_s, u"Thane"_s, u"Select"_s} << PropertyType::Category;
        QStringList many;
        for (int i = 0; i <= ContactProperties::MaxCategories; ++i)
            many.append(u"note %1"_s.arg(i));
        QTest::newRow("many distinct values") << many << PropertyType::Text;
        QTest::newRow("a number and a word")
            << QStringList{u"12"_s, u"twelve"_s} << PropertyType::Category;
    }
    void infersTheType()
    {
        QFETCH(QStringList, values);
        QFETCH(PropertyType, type);
        QCOMPARE(ContactProperties::infer(values), type);
    }

    void readsNumbersInEveryUsualWriting_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("value");
        QTest::newRow("plain") << u"42"_s << 42.0;
        QTest::newRow("decimal point") << u"2.75"_s << 2.75;
        QTest::newRow("decimal comma") << u"2,75"_s << 2.75;
        QTest::newRow("grouped with spaces") << u"1 234 567,5"_s << 1234567.5;
        QTest::newRow("grouped with commas") << u"1,234,567.5"_s << 1234567.5;
        QTest::newRow("grouped with points") << u"1.234.567"_s << 1234567.0;
        QTest::newRow("negative") << u"-0.5"_s << -0.5;
    }
    void readsNumbersInEveryUsualWriting()
    {
        QFETCH(QString, text);
        QFETCH(double, value);
        QCOMPARE(ContactProperties::number(text), std::optional<double>(value));
    }

    void notNumbers()
    {
        for (const QString& text : {u""_s, u"abc"_s, u"12 apples"_s, u"1-2"_s})
            QVERIFY2(!ContactProperties::number(text), qPrintable(text));
    }

    void importKeepsUnmappedColumnsAndReimportUpdatesThem()
    {
        auto ws = m_dir.create();
        QVERIFY(ws);
        auto first = CrmImporter::run(*ws,
                                      m_dir.file(u"crm1.csv"_s,
                                                 "email,Lead Quality,TotalVisits,Do Not Call\n"
                                                 "anna@fjordly.pl,High,5,No\n"
                                                 "bob@voorbeeld.nl,Low,,Yes\n"),
                                      {});
        QVERIFY2(first, qPrintable(first ? QString() : first.error().message));
        QCOMPARE(values(*ws, "anna@fjordly.pl"),
                 (QStringList{u"Do Not Call=No"_s, u"Lead Quality=High"_s, u"TotalVisits=5"_s}));
        // Bob's empty TotalVisits is no value.
        QCOMPARE(values(*ws, "bob@voorbeeld.nl"),
                 (QStringList{u"Do Not Call=Yes"_s, u"Lead Quality=Low"_s}));
        auto listed = ContactProperties::list(ws->database());
        QVERIFY(listed);
        QCOMPARE(listed->size(), 3);
        QCOMPARE(listed->at(0).name, u"Do Not Call"_s);
        QCOMPARE(listed->at(0).type, PropertyType::YesNo);
        QCOMPARE(listed->at(2).name, u"TotalVisits"_s);
        QCOMPARE(listed->at(2).type, PropertyType::Number);
        QCOMPARE(listed->at(2).contacts, 1);
        checkPacked(*ws, "anna@fjordly.pl",
                    u"{\"Do Not Call\":\"No\",\"Lead Quality\":\"High\",\"TotalVisits\":\"5\"}"_s);

        // A re-import: Anna's quality changes, her visits are cleared, Bob is unchanged.
        auto second = CrmImporter::run(*ws,
                                       m_dir.file(u"crm2.csv"_s,
                                                  "email,Lead Quality,TotalVisits,Do Not Call\n"
                                                  "anna@fjordly.pl,Medium,,No\n"
                                                  "bob@voorbeeld.nl,Low,,Yes\n"),
                                       {});
        QVERIFY(second);
        QCOMPARE(values(*ws, "anna@fjordly.pl"),
                 (QStringList{u"Do Not Call=No"_s, u"Lead Quality=Medium"_s}));
        // Only what changed took a row: Anna's quality and her cleared visits.
        QCOMPARE(test::queryRows(ws->database(),
                                 "SELECT count(*) FROM contact_properties WHERE batch_id = 2"),
                 QStringList{u"2"_s});
        checkPacked(*ws, "anna@fjordly.pl",
                    u"{\"Do Not Call\":\"No\",\"Lead Quality\":\"Medium\"}"_s);

        // Removing the re-import brings back what the first import said.
        auto removed = BatchRemoval::remove(*ws, second->batch.id);
        QVERIFY2(removed, qPrintable(removed ? QString() : removed.error().message));
        QCOMPARE(values(*ws, "anna@fjordly.pl"),
                 (QStringList{u"Do Not Call=No"_s, u"Lead Quality=High"_s, u"TotalVisits=5"_s}));
        checkPacked(*ws, "anna@fjordly.pl",
                    u"{\"Do Not Call\":\"No\",\"Lead Quality\":\"High\",\"TotalVisits\":\"5\"}"_s);
        // Removing the import that made a contact takes its set with it.
        auto removedFirst = BatchRemoval::remove(*ws, first->batch.id);
        QVERIFY(removedFirst);
        QVERIFY(PropertySets::refresh(ws->database()).ok());
        QCOMPARE(test::queryRows(ws->database(), "SELECT count(*) FROM contact_property_sets"),
                 QStringList{u"0"_s});
    }

    // The Leads view's and `leads --property`'s filter: answers match as answers, words ignoring
    // case, and only current values count.
    void findsContactsByValue()
    {
        auto ws = m_dir.create();
        QVERIFY(ws);
        QVERIFY(CrmImporter::run(*ws,
                                 m_dir.file(u"f1.csv"_s, "email,Lead Quality,Do Not Call\n"
                                                         "anna@fjordly.pl,High,No\n"
                                                         "bob@voorbeeld.nl,low,1\n"
                                                         "cleo@exempel.se,High,Yes\n"),
                                 {}));
        QVERIFY(CrmImporter::run(
            *ws, m_dir.file(u"f2.csv"_s, "email,Lead Quality\ncleo@exempel.se,Low\n"), {}));
        Database& db = ws->database();
        const auto ids = [&](const QString& name, const QString& value) {
            QStringList out;
            for (qint64 id :
                 ContactProperties::contactsWith(db, name, value).value_or(std::vector<qint64>{}))
                out.append(test::queryRows(db, QByteArray("SELECT email FROM contacts WHERE id = " +
                                                          QByteArray::number(id))
                                                   .constData())
                               .value(0));
            return out;
        };
        QCOMPARE(ids(u"Lead Quality"_s, u"high"_s), QStringList{u"anna@fjordly.pl"_s});
        QCOMPARE(ids(u"Lead Quality"_s, u"LOW"_s),
                 (QStringList{u"bob@voorbeeld.nl"_s, u"cleo@exempel.se"_s}));
        QCOMPARE(ids(u"Do Not Call"_s, u"yes"_s),
                 (QStringList{u"bob@voorbeeld.nl"_s, u"cleo@exempel.se"_s}));
        QCOMPARE(ids(u"Do Not Call"_s, u"Nee"_s), QStringList{u"anna@fjordly.pl"_s});
        QCOMPARE(ids(u"Nothing"_s, u"x"_s), QStringList());
        QCOMPARE(*ContactProperties::names(db), (QStringList{u"Do Not Call"_s, u"Lead Quality"_s}));
        QCOMPARE(*ContactProperties::values(db, u"Lead Quality"_s),
                 (QStringList{u"High"_s, u"Low"_s, u"low"_s}));
    }

    void mappedColumnsAreNoProperties()
    {
        auto ws = m_dir.create();
        QVERIFY(ws);
        CrmImportOptions options;
        options.map.insert(CrmField::Company, u"Firm"_s);
        QVERIFY(CrmImporter::run(*ws,
                                 m_dir.file(u"crm3.csv"_s, "email,Firm,Segment\n"
                                                           "carl@exempel.se,Exempel AB,SMB\n"),
                                 options));
        QCOMPARE(values(*ws, "carl@exempel.se"), QStringList{u"Segment=SMB"_s});
    }
};

QTEST_GUILESS_MAIN(TestContactProperties)
#include "tst_contactproperties.moc"
