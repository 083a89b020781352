#include "sales/leadresolver.h"
#include "sales/lostreasons.h"
#include "sales/outcomereports.h"
#include "sales/outcometagger.h"
#include "store/database.h"
#include "store/saleswriter.h"
#include "store/statement.h"
#include "store/workspace.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace leadloop;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 March5 = 1709632800000; // 2024-03-05T10:00:00Z

} // namespace

/// Won/lost tagging: naming leads, the rules for amounts and reasons, the append-only history,
/// undo, and the latest fact winning.
class TestOutcomeTagger : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_count = 0;

    /// Anna (C-1) has one open deal D-1 of 1,000.00 EUR; Bob (C-2) has none; Cleo (C-3) has two
    /// open deals, D-3a and D-3b.
    std::unique_ptr<Workspace> workspace()
    {
        auto ws = Workspace::create(m_dir.filePath(u"ws%1.leadloop"_s.arg(++m_count)));
        if (!ws)
            return nullptr;
        Database& db = (*ws)->database();
        SalesWriter writer(db, std::nullopt);
        const auto contact = [&](const char* id, const char* email, const char* first) {
            ContactRecord c;
            c.externalId = QString::fromLatin1(id);
            c.email = QString::fromLatin1(email);
            c.firstName = QString::fromLatin1(first);
            c.createdAt = March5;
            return *writer.addContact(c);
        };
        const auto deal = [&](const char* id, qint64 contactId, std::optional<qint64> cents) {
            DealRecord d;
            d.externalId = QString::fromLatin1(id);
            d.contactId = contactId;
            d.name = QString::fromLatin1(id);
            d.amountCents = cents;
            d.currency = cents ? u"EUR"_s : QString();
            d.createdAt = March5;
            return *writer.addDeal(d);
        };
        deal("D-1", contact("C-1", "anna@fjordly.pl", "Anna"), 100000);
        contact("C-2", "bob@voorbeeld.nl", "Bob");
        const qint64 cleo = contact("C-3", "cleo@exempel.se", "Cleo");
        deal("D-3a", cleo, 5000);
        deal("D-3b", cleo, 7000);
        return std::move(*ws);
    }

    static QStringList rows(Database& db, const char* sql) { return test::queryRows(db, sql); }

private slots:
    void namesLeads_data()
    {
        QTest::addColumn<QString>("lead");
        QTest::addColumn<qint64>("contact"); // row ids: Anna 1, Bob 2, Cleo 3; deals 1, 2, 3
        QTest::addColumn<qint64>("deal");    // 0: none named
        QTest::newRow("e-mail") << u"anna@fjordly.pl"_s << 1LL << 0LL;
        QTest::newRow("e-mail in other case, spaces") << u"  Anna@Fjordly.PL "_s << 1LL << 0LL;
        QTest::newRow("CRM contact id") << u"C-2"_s << 2LL << 0LL;
        QTest::newRow("LeadLoop contact id") << u"3"_s << 3LL << 0LL;
        QTest::newRow("prefixed contact id") << u"contact:1"_s << 1LL << 0LL;
        QTest::newRow("CRM deal id") << u"D-3b"_s << 3LL << 3LL;
        QTest::newRow("LeadLoop deal id") << u"deal:2"_s << 3LL << 2LL;
    }

    void namesLeads()
    {
        QFETCH(QString, lead);
        QFETCH(qint64, contact);
        QFETCH(qint64, deal);
        auto ws = workspace();
        auto ref = LeadResolver::resolve(ws->database(), lead);
        QVERIFY2(ref.ok(), qPrintable(ref ? QString() : ref.error().message));
        QCOMPARE(ref->contactId.value_or(0), contact);
        QCOMPARE(ref->dealId.value_or(0), deal);
    }

    void tags_data()
    {
        QTest::addColumn<QString>("lead");
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<QString>("amount"); // as typed; empty: none given
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("reason");
        // deal id | outcome | lost_reason | closed_at, then the event's amount | currency | reason
        QTest::addColumn<QString>("deal");
        QTest::addColumn<QString>("event");
        QTest::addColumn<bool>("dealCreated");
        QTest::newRow("won takes the deal's amount")
            << u"anna@fjordly.pl"_s << u"won"_s << QString() << QString() << QString()
            << u"1|won|NULL|1709632800000"_s << u"100000|EUR|"_s << false;
        QTest::newRow("won with an amount as typed")
            << u"C-1"_s << u"WON"_s << u"1 234,50"_s << u"pln"_s << QString()
            << u"1|won|NULL|1709632800000"_s << u"123450|PLN|"_s << false;
        QTest::newRow("lost with a listed reason")
            << u"D-1"_s << u"lost"_s << QString() << QString() << u"  PRICE "_s
            << u"1|lost|price|1709632800000"_s << u"NULL||price"_s << false;
        QTest::newRow("lost in the rep's own words")
            << u"deal:2"_s << u"lost"_s << QString() << QString() << u"went with Excel"_s
            << u"2|lost|went with Excel|1709632800000"_s << u"NULL||went with Excel"_s << false;
        QTest::newRow("a contact without a deal gets one")
            << u"bob@voorbeeld.nl"_s << u"won"_s << u"99"_s << QString() << QString()
            << u"4|won|NULL|1709632800000"_s << u"9900|EUR|"_s << true;
        QTest::newRow("reopened") << u"D-3a"_s << u"open"_s << QString() << QString() << QString()
                                  << u"2|open|NULL|NULL"_s << u"NULL||"_s << false;
    }

    void tags()
    {
        QFETCH(QString, lead);
        QFETCH(QString, outcome);
        QFETCH(QString, amount);
        QFETCH(QString, currency);
        QFETCH(QString, reason);
        QFETCH(QString, deal);
        QFETCH(QString, event);
        QFETCH(bool, dealCreated);
        auto ws = workspace();
        Database& db = ws->database();
        TagRequest request{lead,   outcome, std::nullopt, currency,
                           reason, u"n"_s,  u"Anna"_s,    March5};
        if (!amount.isEmpty()) {
            // The CLI reads amounts with parseMoneyCents (tst_money); here they are plain.
            request.amountCents = amount == u"1 234,50" ? 123450 : amount.toLongLong() * 100;
        }
        auto result = OutcomeTagger::tag(db, request);
        QVERIFY2(result.ok(), qPrintable(result ? QString() : result.error().message));
        QCOMPARE(result->dealCreated, dealCreated);
        const QString dealRow = u"%1|"_s.arg(result->dealId) +
                                rows(db, "SELECT outcome, coalesce(lost_reason, 'NULL'), "
                                         "coalesce(closed_at, 'NULL') FROM deals WHERE id = "
                                         "(SELECT max(deal_id) FROM outcome_events)")
                                    .value(0);
        QCOMPARE(dealRow, deal);
        QCOMPARE(rows(db, "SELECT coalesce(amount_cents, 'NULL'), coalesce(currency, ''), "
                          "coalesce(reason, '') FROM outcome_events"),
                 QStringList{event});
        QCOMPARE(rows(db, "SELECT by_user, origin, note FROM outcome_events"),
                 QStringList{u"Anna|manual|n"_s});
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("lead");
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("says");
        const int usage = int(ErrorCode::InvalidArgument), bad = int(ErrorCode::BadInput);
        QTest::newRow("won without any amount")
            << u"C-2"_s << u"won"_s << QString() << QString() << usage << u"give the amount won"_s;
        QTest::newRow("lost without a reason")
            << u"C-1"_s << u"lost"_s << QString() << QString() << usage << u"competitor"_s;
        QTest::newRow("no such outcome")
            << u"C-1"_s << u"maybe"_s << QString() << QString() << usage << u"won, lost or open"_s;
        QTest::newRow("unknown e-mail")
            << u"x@y.z"_s << u"won"_s << QString() << QString() << bad << u"x@y.z"_s;
        QTest::newRow("two open deals") << u"cleo@exempel.se"_s << u"lost"_s << u"price"_s
                                        << QString() << usage << u"deal:2, deal:3"_s;
        QTest::newRow("not a currency")
            << u"C-1"_s << u"won"_s << QString() << u"euro"_s << usage << u"three-letter"_s;
    }

    void refuses()
    {
        QFETCH(QString, lead);
        QFETCH(QString, outcome);
        QFETCH(QString, reason);
        QFETCH(QString, currency);
        QFETCH(int, code);
        QFETCH(QString, says);
        auto ws = workspace();
        auto result = OutcomeTagger::tag(
            ws->database(), {lead, outcome, std::nullopt, currency, reason, {}, {}, {}});
        QVERIFY(!result.ok());
        QCOMPARE(int(result.error().code), code);
        QVERIFY2(result.error().message.contains(says), qPrintable(result.error().message));
        QCOMPARE(rows(ws->database(), "SELECT count(*) FROM outcome_events"), QStringList{u"0"_s});
        QCOMPARE(rows(ws->database(), "SELECT count(*) FROM deals"), QStringList{u"3"_s});
    }

    void undoAppendsTheReverse()
    {
        auto ws = workspace();
        Database& db = ws->database();
        QVERIFY(OutcomeTagger::tag(db, {u"C-1"_s, u"won"_s, {}, {}, {}, {}, u"Anna"_s, March5}));
        QVERIFY(OutcomeTagger::tag(
            db, {u"C-1"_s, u"lost"_s, {}, {}, u"timing"_s, {}, u"Anna"_s, March5 + 1000}));
        auto undone = OutcomeTagger::undo(db, u"anna@fjordly.pl"_s, u"Piet"_s, {});
        QVERIFY(undone.ok());
        QCOMPARE(undone->event.oldOutcome, u"lost"_s);
        QCOMPARE(undone->event.newOutcome, u"won"_s);
        QCOMPARE(undone->event.amountCents, std::optional<qint64>(100000)); // the won event's
        QCOMPARE(rows(db, "SELECT outcome, coalesce(lost_reason, 'NULL') FROM deals WHERE id = 1"),
                 QStringList{u"won|NULL"_s});
        // Nothing was changed or removed: three events, the last one the undo.
        QCOMPARE(rows(db, "SELECT old_outcome || '>' || new_outcome, origin, by_user FROM "
                          "outcome_events ORDER BY id"),
                 (QStringList{u"open>won|manual|Anna"_s, u"won>lost|manual|Anna"_s,
                              u"lost>won|undo|Piet"_s}));
        // Undoing the undo restores the loss.
        QVERIFY(OutcomeTagger::undo(db, u"C-1"_s, u"Piet"_s, {}));
        QCOMPARE(rows(db, "SELECT outcome, lost_reason FROM deals WHERE id = 1"),
                 QStringList{u"lost|timing"_s});
        auto history = OutcomeReports::history(db, u"C-1"_s);
        QVERIFY(history.ok());
        QCOMPARE(history->rows.size(), 4);
        QCOMPARE(history->rows.back().at(7).toString(), u"lost"_s); // new_outcome
    }

    void theLatestFactWins()
    {
        // A tag that took effect earlier than the current one is kept, but does not win.
        auto ws = workspace();
        Database& db = ws->database();
        QVERIFY(OutcomeTagger::tag(
            db, {u"C-1"_s, u"won"_s, {}, {}, {}, {}, u"Anna"_s, March5 + 86400000}));
        QVERIFY(OutcomeTagger::tag(
            db, {u"C-1"_s, u"lost"_s, {}, {}, u"price"_s, {}, u"Bob"_s, March5}));
        QCOMPARE(rows(db, "SELECT outcome, closed_at FROM deals WHERE id = 1"),
                 QStringList{u"won|%1"_s.arg(March5 + 86400000)});
        QCOMPARE(rows(db, "SELECT count(*) FROM outcome_events"), QStringList{u"2"_s});
        // The history cannot be edited.
        QVERIFY(!db.exec(u"UPDATE outcome_events SET new_outcome = 'open'"_s).ok());
    }

    void exportsTheLatestOutcomes()
    {
        auto ws = workspace();
        Database& db = ws->database();
        QVERIFY(OutcomeTagger::tag(
            db, {u"C-1"_s, u"won"_s, 250000, u"EUR"_s, {}, u"=cmd"_s, u"Anna"_s, March5}));
        QVERIFY(OutcomeTagger::tag(
            db, {u"D-3b"_s, u"lost"_s, {}, {}, u"price"_s, {}, u"Bob"_s, March5}));
        auto table = OutcomeReports::exportRows(db);
        QVERIFY(table.ok());
        QCOMPARE(table->rows.size(), 2);
        QStringList lines;
        for (const QVariantList& row : table->rows) {
            QStringList cells;
            for (const QVariant& cell : row)
                cells.append(cell.toString());
            lines.append(cells.join(u'|'));
        }
        QCOMPARE(lines,
                 (QStringList{
                     u"1|D-1|C-1|anna@fjordly.pl|won|2500.00|EUR||Anna|2024-03-05T10:00:00Z|=cmd"_s,
                     u"3|D-3b|C-3|cleo@exempel.se|lost|||price|Bob|2024-03-05T10:00:00Z|"_s}));
    }

    void editsTheLostReasons()
    {
        auto ws = workspace();
        Database& db = ws->database();
        QVERIFY(LostReasons::add(db, u"went with Excel"_s));
        QCOMPARE(LostReasons::add(db, u"Price"_s).error().code, ErrorCode::AlreadyExists);
        QVERIFY(LostReasons::remove(db, u"TIMING"_s));
        QCOMPARE(LostReasons::remove(db, u"timing"_s).error().code, ErrorCode::BadInput);
        QCOMPARE(*LostReasons::list(db),
                 (QStringList{u"price"_s, u"competitor"_s, u"no budget"_s, u"no response"_s,
                              u"not a fit"_s, u"went with Excel"_s}));
        QCOMPARE(LostReasons::canonical(db, u" NOT A FIT"_s).value(), u"not a fit"_s);
    }

    void tagsManyLeadsAllOrNothing()
    {
        auto ws = workspace();
        QVERIFY(ws);
        Database& db = ws->database();
        TagRequest won;
        won.outcome = u"won"_s;
        won.byUser = u"Piet"_s;
        // Bob has no deal and no amount: won fails for him, so Anna is not tagged either.
        QVERIFY(!OutcomeTagger::tagMany(db, {{1, std::nullopt}, {2, std::nullopt}}, won).ok());
        QCOMPARE(rows(db, "SELECT count(*) FROM outcome_events"), QStringList{u"0"_s});
        // Anna's deal and Cleo's D-3b: each keeps its own amount.
        auto tagged = OutcomeTagger::tagMany(db, {{1, std::nullopt}, {3, 3}}, won);
        QVERIFY(tagged.ok());
        QCOMPARE(tagged->size(), 2);
        QCOMPARE(rows(db, "SELECT id, outcome FROM deals ORDER BY id"),
                 (QStringList{u"1|won"_s, u"2|open"_s, u"3|won"_s}));
        QCOMPARE(rows(db, "SELECT deal_id, amount_cents FROM outcome_events ORDER BY deal_id"),
                 (QStringList{u"1|100000"_s, u"3|7000"_s}));
        // Undoing both in one go restores both, and appends (never deletes) events.
        auto undone = OutcomeTagger::undoMany(db, {1, 3}, u"Piet"_s, {});
        QVERIFY(undone.ok());
        QCOMPARE(rows(db, "SELECT id, outcome FROM deals ORDER BY id"),
                 (QStringList{u"1|open"_s, u"2|open"_s, u"3|open"_s}));
        QCOMPARE(rows(db, "SELECT count(*) FROM outcome_events"), QStringList{u"4"_s});
        // A deal without anything to undo fails the whole undo.
        QVERIFY(!OutcomeTagger::undoMany(db, {2}, u"Piet"_s, {}).ok());
    }
};

QTEST_GUILESS_MAIN(TestOutcomeTagger)
#include "tst_outcometagger.moc"
