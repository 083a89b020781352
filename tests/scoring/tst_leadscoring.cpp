// Lead scoring on a workspace (docs/scoring.md): which leads are labelled and which are open for
// each target, and at which cut-off; that no feature sees anything after its lead's cut-off;
// the deterministic hold-out; the feature list; points, scores and tiers on hand-computed cases;
// and training end to end: a real signal found, a leak flagged and excluded, the model and
// scores stored, the same seed giving the same scores.
#include "sales/leadlist.h"
#include "sales/leadscores.h"
#include "scoring/factorwording.h"
#include "scoring/featureschema.h"
#include "scoring/holdoutsplit.h"
#include "scoring/leadhistory.h"
#include "scoring/leadscorer.h"
#include "scoring/leadscoring.h"
#include "scoring/propertytable.h"
#include "scoring/propertytablefeeder.h"
#include "scoring/scorefactors.h"
#include "scoring/scoringtarget.h"
#include "scratchworkspaces.h"
#include "store/database.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QTest>
#include <QTimeZone>

using namespace leadloop;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 Day = 86'400'000;
constexpr qint64 Minute = 60'000;
constexpr qint64 Start = 1'700'000'000'000; // 2023-11-14

/// Writes rows straight into a workspace, as imports would have left them.
class Rows
{
public:
    explicit Rows(Database& db)
        : m_db(db)
    {
        exec(u"INSERT INTO import_batches (id, kind, source_name, started_at, status) VALUES (1, "
             "'crm', 'test', 0, 'committed')"_s);
    }
    void contact(qint64 id, qint64 created, const QString& leadSource = {})
    {
        exec(u"INSERT INTO contacts (id, email, created_at, lead_source) VALUES (%1, "
             "'c%1@example.com', %2, %3)"_s.arg(id)
                 .arg(created)
                 .arg(leadSource.isEmpty() ? u"NULL"_s : u"'%1'"_s.arg(leadSource)));
    }
    void deal(qint64 contact, const QString& outcome, qint64 created, qint64 closed = 0)
    {
        exec(u"INSERT INTO deals (contact_id, outcome, created_at, closed_at) VALUES (%1, '%2', "
             "%3, %4)"_s.arg(contact)
                 .arg(outcome)
                 .arg(created)
                 .arg(closed ? QString::number(closed) : u"NULL"_s));
    }
    /// A session of the contact's visitor with one page view per path, a minute apart.
    void session(qint64 contact, qint64 started, const QString& channel, const QStringList& paths,
                 const QString& campaign = {})
    {
        if (!m_visitors.contains(contact)) {
            exec(u"INSERT INTO visitors (id, cookie_id, first_seen, last_seen) VALUES (%1, "
                 "'v%1', 0, 0)"_s.arg(contact));
            exec(u"INSERT INTO identity_links (visitor_id, contact_id, method, linked_at) VALUES "
                 "(%1, %1, 'form_email', 0)"_s.arg(contact));
            m_visitors.insert(contact);
        }
        const qint64 session = ++m_sessions;
        exec(u"INSERT INTO sessions (id, visitor_id, started_at, ended_at, channel, campaign, "
             "pageviews) VALUES (%1, %2, %3, %4, '%5', %6, %7)"_s.arg(session)
                 .arg(contact)
                 .arg(started)
                 .arg(started + qint64(std::max<qsizetype>(paths.size() - 1, 0)) * Minute)
                 .arg(channel)
                 .arg(campaign.isEmpty() ? u"NULL"_s : u"'%1'"_s.arg(campaign))
                 .arg(paths.size()));
        for (qsizetype i = 0; i < paths.size(); ++i) {
            exec(u"INSERT OR IGNORE INTO urls (key, url, path) VALUES (0, 'https://x.test%1', "
                 "'%1')"_s.arg(paths[i]));
            exec(u"INSERT INTO pageviews (session_id, seq, ts, url_id) VALUES (%1, %2, %3, "
                 "(SELECT min(id) FROM urls WHERE path = '%4'))"_s.arg(session)
                     .arg(i)
                     .arg(started + i * Minute)
                     .arg(paths[i]));
        }
    }
    void conversion(qint64 contact, qint64 at)
    {
        exec(u"INSERT INTO events (visitor_id, ts, name, is_conversion) VALUES (%1, %2, "
             "'form_submit', 1)"_s.arg(contact)
                 .arg(at));
    }
    void property(qint64 contact, const QString& name, const QString& value)
    {
        exec(u"INSERT INTO contact_properties (contact_id, name, batch_id, value) VALUES (%1, "
             "'%2', 1, '%3')"_s.arg(contact)
                 .arg(name, value));
    }

private:
    void exec(const QString& sql)
    {
        const Status done = m_db.exec(sql);
        if (!done)
            qFatal("%s", qPrintable(done.error().message));
    }
    Database& m_db;
    QSet<qint64> m_visitors;
    qint64 m_sessions = 0;
};

/// A workspace of `n` closed leads where a yes/no property "Demo booked" triples the chance of
/// winning, plus 40 open ones, and two leaks: a "Status" property copied from the outcome, and a
/// "Sales stage" whose values each tell little but together tell the outcome.
void closedLoop(Database& db, int n, quint64 seed)
{
    Rows rows(db);
    QVERIFY(db.exec(u"BEGIN"_s));
    for (int i = 1; i <= n + 40; ++i) {
        const quint64 draw = HoldoutSplit::mix(seed + quint64(i));
        const bool demo = draw % 2 == 0;
        const bool won = double((draw >> 8) % 1000) / 1000.0 < (demo ? 0.75 : 0.25);
        const qint64 created = Start + qint64(i % 200) * Day;
        rows.contact(i, created, i % 3 ? u"Web"_s : u"Fair"_s);
        rows.session(i, created - 2 * Day, i % 2 ? u"Organic Search"_s : u"Paid Search"_s,
                     {u"/"_s, u"/pricing"_s});
        rows.property(i, u"Demo booked"_s, demo ? u"yes"_s : u"no"_s);
        if (i > n) {
            rows.deal(i, u"open"_s, created + Day);
            continue;
        }
        rows.deal(i, won ? u"won"_s : u"lost"_s, created + Day, created + 20 * Day);
        rows.property(i, u"Status"_s, won ? u"Closed Won"_s : u"Closed Lost"_s);
        // Four stages, none telling alone (AUC about 0.75), all together the outcome itself.
        rows.property(i, u"Sales stage"_s,
                      won ? (i % 2 ? u"Signed"_s : u"Invoiced"_s)
                          : (i % 2 ? u"Dropped"_s : u"Ghosted"_s));
    }
    QVERIFY(db.exec(u"COMMIT"_s));
}

} // namespace

Q_DECLARE_METATYPE(leadloop::ScoringTarget::Kind)

class TestLeadScoring : public QObject
{
    Q_OBJECT

    test::ScratchWorkspaces m_dir;

private slots:
    void parsesTargets_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<ScoringTarget::Kind>("kind");
        QTest::addColumn<QString>("property");
        QTest::newRow("default") << QString() << true << ScoringTarget::Kind::Customer << QString();
        QTest::newRow("customer") << u"customer"_s << true << ScoringTarget::Kind::Customer
                                  << QString();
        QTest::newRow("won") << u"won"_s << true << ScoringTarget::Kind::Won << QString();
        QTest::newRow("property") << u"property:Converted"_s << true
                                  << ScoringTarget::Kind::Property << u"Converted"_s;
        QTest::newRow("property without name")
            << u"property:"_s << false << ScoringTarget::Kind::Customer << QString();
        QTest::newRow("unknown") << u"deal"_s << false << ScoringTarget::Kind::Customer
                                 << QString();
    }
    void parsesTargets()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        const auto target = ScoringTarget::parse(text);
        QCOMPARE(target.ok(), ok);
        if (!ok)
            return;
        QFETCH(ScoringTarget::Kind, kind);
        QFETCH(QString, property);
        QCOMPARE(target->kind, kind);
        QCOMPARE(target->property, property);
        QCOMPARE(ScoringTarget::parse(target->toString())->kind, kind);
    }

    // Which leads each target learns from and scores, and where each is cut off.
    void labelsAndCutoffs()
    {
        auto ws = m_dir.create();
        QVERIFY(ws);
        Database& db = ws->database();
        Rows rows(db);
        const qint64 end = Start + 200 * Day;
        rows.contact(1, Start); // won
        rows.deal(1, u"won"_s, Start + Day, Start + 30 * Day);
        rows.deal(1, u"lost"_s, Start + Day, Start + 10 * Day);
        rows.contact(2, Start); // lost twice: the last close is the cut-off
        rows.deal(2, u"lost"_s, Start + Day, Start + 5 * Day);
        rows.deal(2, u"lost"_s, Start + Day, Start + 8 * Day);
        rows.contact(3, Start); // an open deal
        rows.deal(3, u"open"_s, Start + Day);
        rows.contact(4, Start); // quiet for over 90 days
        rows.contact(5, end);   // new, no deal: also the end of the data
        rows.property(1, u"Converted"_s, u"1"_s);
        rows.property(2, u"Converted"_s, u"0"_s);
        rows.property(3, u"Converted"_s, u"0"_s);

        QCOMPARE(*LeadOutcomes::dataEnd(db), end);
        const auto text = [](const std::vector<LeadCase>& cases) {
            QStringList out;
            for (const LeadCase& c : cases)
                out.append(u"%1:%2:%3"_s.arg(c.contact)
                               .arg((c.cutoff - Start) / Day)
                               .arg(c.label ? QString::number(*c.label) : u"-"_s));
            return out.join(u' ');
        };
        auto customer = LeadOutcomes::read(db, {ScoringTarget::Kind::Customer, {}});
        QVERIFY(customer);
        QCOMPARE(text(customer->training), u"1:30:1 2:8:0 4:90:0"_s);
        QCOMPARE(text(customer->open), u"3:200:- 4:200:- 5:200:-"_s);
        auto won = LeadOutcomes::read(db, {ScoringTarget::Kind::Won, {}});
        QVERIFY(won);
        QCOMPARE(text(won->training), u"1:30:1 2:8:0"_s);
        QCOMPARE(text(won->open), u"3:200:-"_s);
        auto converted = LeadOutcomes::read(db, {ScoringTarget::Kind::Property, u"Converted"_s});
        QVERIFY(converted);
        QCOMPARE(text(converted->training), u"1:0:1 2:0:0 3:0:0"_s);
        QCOMPARE(text(converted->open), u"2:0:- 3:0:- 4:0:- 5:200:-"_s);
        {
            // Inside a transaction the answers are read on this connection (a second one
            // would not see what the transaction wrote); outside, on one of their own.
            Transaction uncommitted(db);
            rows.property(4, u"Converted"_s, u"yes"_s);
            auto seen = LeadOutcomes::read(db, {ScoringTarget::Kind::Property, u"Converted"_s});
            QVERIFY(seen);
            QCOMPARE(text(seen->training), u"1:0:1 2:0:0 3:0:0 4:0:1"_s);
            QCOMPARE(text(seen->open), u"2:0:- 3:0:- 5:200:-"_s);
        } // rolled back
        QCOMPARE(
            text(LeadOutcomes::read(db, {ScoringTarget::Kind::Property, u"Converted"_s})->open),
            u"2:0:- 3:0:- 4:0:- 5:200:-"_s);

        rows.property(4, u"Plan"_s, u"Gold"_s);
        const auto notYesNo = LeadOutcomes::read(db, {ScoringTarget::Kind::Property, u"Plan"_s});
        QVERIFY(!notYesNo);
        QVERIFY2(notYesNo.error().message.contains(u"Gold"_s),
                 qPrintable(notYesNo.error().message));
        QVERIFY(!LeadOutcomes::read(db, {ScoringTarget::Kind::Property, u"Nothing"_s}));
    }

    // The summary at a cut-off counts only what happened before it, and adding data after the
    // cut-off changes nothing in it.
    void noFeatureSeesTheFuture()
    {
        auto ws = m_dir.create();
        QVERIFY(ws);
        Database& db = ws->database();
        Rows rows(db);
        rows.contact(1, Start + 2 * Day, u"Fair"_s);
        rows.session(1, Start, u"Paid Search"_s, {u"/"_s, u"/pricing"_s}, u"spring"_s);
        rows.session(1, Start + 2 * Day, u"Email"_s, {u"/pricing"_s, u"/demo"_s, u"/pricing"_s});
        rows.conversion(1, Start + 2 * Day + Minute);
        // Straddles the cut-off: started 1 minute before, its last two views after.
        const qint64 cutoff = Start + 5 * Day;
        rows.session(1, cutoff - Minute, u"Direct"_s, {u"/blog"_s, u"/pricing"_s, u"/thanks"_s});
        const LeadCase lead{1, Start + 2 * Day, cutoff, 1};

        const auto summary = [&] {
            auto history = LeadHistory::load(db, {lead});
            if (!history)
                qFatal("%s", qPrintable(history.error().message));
            return history->summarise(lead);
        };
        const LeadSummary s = summary();
        QCOMPARE(s.sessions, 3.0);
        QCOMPARE(s.pageviews, 6.0);           // 2 + 3 + only /blog of the third
        QCOMPARE(s.minutes, 1.0 + 2.0 + 1.0); // the third cut at the cut-off
        QCOMPARE(s.channels, 3.0);
        QCOMPARE(*s.pagesPerVisit, 2.0);
        QCOMPARE(*s.daysToLead, 2.0);
        QCOMPARE(*s.daysSinceVisit, double(Minute) / double(Day));
        QCOMPARE(s.conversions, 1.0);
        QCOMPARE(s.firstChannel, u"Paid Search"_s);
        QCOMPARE(s.leadChannel, u"Email"_s); // the session it became a lead in
        QCOMPARE(s.campaigns, QSet<QString>{u"spring"_s});
        QCOMPARE(s.pages.value(u"/pricing"_s), 3);
        QCOMPARE(s.pages.value(u"/thanks"_s), 0);
        QCOMPARE(s.leadSource, u"Fair"_s);

        // Everything after the cut-off: a session, a conversion, views.
        rows.session(1, cutoff + Day, u"Referral"_s, {u"/pricing"_s, u"/contract"_s}, u"autumn"_s);
        rows.conversion(1, cutoff);
        rows.conversion(1, cutoff + 2 * Day);
        const LeadSummary after = summary();
        QCOMPARE(after.sessions, s.sessions);
        QCOMPARE(after.pageviews, s.pageviews);
        QCOMPARE(after.minutes, s.minutes);
        QCOMPARE(after.channels, s.channels);
        QCOMPARE(after.daysSinceVisit, s.daysSinceVisit);
        QCOMPARE(after.conversions, s.conversions);
        QCOMPARE(after.campaigns, s.campaigns);
        QCOMPARE(after.pages, s.pages);
    }

    void holdoutIsDeterministic()
    {
        std::vector<LeadCase> leads;
        for (qint64 i = 1; i <= 1000; ++i)
            leads.push_back({i, Start + i * Day, Start + i * Day, int(i % 2)});
        const auto a = HoldoutSplit::random(leads, 0.25, 7);
        const auto b = HoldoutSplit::random(leads, 0.25, 7);
        const auto c = HoldoutSplit::random(leads, 0.25, 8);
        QCOMPARE(a.holdout.size(), size_t(250));
        QCOMPARE(a.train.size(), size_t(750));
        QCOMPARE(a.holdout, b.holdout);
        QVERIFY(a.holdout != c.holdout);
        // The draw is by contact, so the order the leads come in does not matter.
        std::vector<LeadCase> reversed(leads.rbegin(), leads.rend());
        const auto r = HoldoutSplit::random(reversed, 0.25, 7);
        QSet<qint64> heldA, heldR;
        for (qint64 i : a.holdout)
            heldA.insert(leads[size_t(i)].contact);
        for (qint64 i : r.holdout)
            heldR.insert(reversed[size_t(i)].contact);
        QCOMPARE(heldA, heldR);

        const auto byDate = HoldoutSplit::byDate(
            leads, QDateTime::fromMSecsSinceEpoch(Start + 901 * Day, QTimeZone::utc()).date());
        QCOMPARE(byDate.holdout.size(), size_t(100)); // created on days 901…1000
        QCOMPARE(leads[size_t(byDate.holdout.front())].contact, 901);
    }

    // Packed sets in the form SQLite writes them are read directly; any other JSON object
    // (escapes, spaces, numbers, null) through simdjson, with the same result.
    void readsPackedSets_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected"); // name=value;… or "refused"
        QTest::newRow("plain") << QByteArray("{\"Plan\":\"Gold\",\"Visits\":\"3\"}")
                               << u"Plan=Gold;Visits=3"_s;
        QTest::newRow("empty") << QByteArray("{}") << QString();
        QTest::newRow("letters beyond ASCII")
            << QByteArray("{\"Miasto\":\"Łódź\"}") << u"Miasto=Łódź"_s;
        QTest::newRow("an escaped quote after a plain field")
            << QByteArray("{\"Plan\":\"Gold\",\"Note\":\"say \\\"hi\\\"\"}")
            << u"Plan=Gold;Note=say \"hi\""_s;
        QTest::newRow("an escaped name") << QByteArray("{\"Caf\\u00e9\":\"1\"}") << u"Café=1"_s;
        QTest::newRow("spaces") << QByteArray("{ \"Plan\" : \"Gold\" }") << u"Plan=Gold"_s;
        QTest::newRow("a number, null and empty")
            << QByteArray("{\"Visits\":3,\"Cleared\":null,\"Empty\":\"\",\"Plan\":\"Free\"}")
            << u"Visits=3;Plan=Free"_s;
        QTest::newRow("text after the object")
            << QByteArray("{\"Plan\":\"Gold\"}x") << u"refused"_s;
        QTest::newRow("unterminated") << QByteArray("{\"Plan\":\"Gold") << u"refused"_s;
        QTest::newRow("no colon") << QByteArray("{\"Plan\" \"Gold\"}") << u"refused"_s;
        QTest::newRow("an array") << QByteArray("[\"Plan\"]") << u"refused"_s;
    }
    void readsPackedSets()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        PropertyTable table;
        QVERIFY(table.add(1, "{\"Before\":\"x\"}")); // the contact read before keeps its row
        const bool read = table.add(2, std::string_view(json.constData(), size_t(json.size())));
        table.finish();
        QCOMPARE(table.of(1).size(), size_t(1));
        if (expected == u"refused"_s) {
            QVERIFY(!read);
            return;
        }
        QVERIFY(read);
        QStringList got;
        for (const auto& [name, value] : table.of(2))
            got << table.name(name) + u'=' + table.value(value);
        QCOMPARE(got.join(u';'), expected);
    }

    void learnsTheFeatureList()
    {
        // Each contact's current values as PropertySets packs them (names in order; the one
        // with a name out of order and the number stored as one are read alike).
        PropertyTable properties;
        for (int i = 0; i < 10; ++i) {
            const QString json =
                i == 3 ? u"{\"Visits\":3,\"Converted\":\"1\",\"Do Not Call\":\"Yes\","
                         u"\"Plan\":\"Gold\",\"Cleared\":null,\"Empty\":\"\"}"_s
                       : u"{\"Converted\":\"1\",\"Do Not Call\":\"%1\",\"Plan\":\"%2\","
                         u"\"Visits\":\"%3\"}"_s
                             .arg(i % 2 ? u"Yes"_s : u"No"_s, i < 5 ? u"Gold"_s : u"Free"_s)
                             .arg(i);
            QVERIFY(properties.add(i, json.toStdString()));
        }
        QVERIFY(!properties.add(11, "[1, 2]"));
        QVERIFY(!properties.add(11, "{\"broken\": "));
        QVERIFY(properties.of(11).empty());
        properties.finish();
        QCOMPARE(properties.of(3).size(), size_t(4)); // null and "" are no value
        {
            // The feeder parses on a thread of its own, in order, across its chunks (more than
            // wait at once, so that reading waits and chunks are filled again).
            PropertyTable fed;
            PropertyTableFeeder feeder(fed);
            for (int i = 0; i < 6'000; ++i)
                feeder.add(i, "{\"n\":\"" + std::to_string(i % 7) + "\"}");
            feeder.add(5, "{\"n\":\"later\"}"); // a later set for a contact replaces its row
            QVERIFY(feeder.finish());
            fed.finish();
            for (int i : {0, 511, 512, 2'047, 4'100, 5'999})
                QCOMPARE(fed.value(fed.of(i)[0].second), QString::number(i % 7));
            QCOMPARE(fed.value(fed.of(5)[0].second), u"later"_s);
            PropertyTable broken;
            PropertyTableFeeder failing(broken);
            failing.add(1, "{\"n\":\"1\"}");
            failing.add(2, "not json");
            QVERIFY(!failing.finish());
        }
        QCOMPARE(
            properties.value(PropertyTable::find(properties.of(3), properties.nameId(u"Visits"_s))),
            u"3"_s);
        std::vector<LeadSummary> leads(10);
        for (int i = 0; i < 10; ++i) {
            leads[size_t(i)].firstChannel = i < 6 ? u"Email"_s : u"Direct"_s; // Direct: 4 leads
            leads[size_t(i)].pages.insert(u"/pricing"_s, i);                  // 10 leads
            leads[size_t(i)].propertyTable = &properties;
            leads[size_t(i)].properties = properties.of(i);
        }
        FeatureSchema::Options options;
        options.targetProperty = u"Converted"_s;
        QStringList excluded;
        const FeatureSchema all = FeatureSchema::learn(leads, options, &excluded);
        QStringList names;
        for (const FeatureSpec& f : all.features())
            names.append(f.name());
        QCOMPARE(names.mid(8), (QStringList{u"first_channel=Email"_s, u"page:/pricing"_s,
                                            u"property:Do Not Call"_s, u"property:Plan=Free"_s,
                                            u"property:Plan=Gold"_s, u"property:Visits"_s}));
        QVERIFY(excluded.isEmpty());
        QCOMPARE(all.value(leads[7], 8), 0.0f);  // Direct, not Email
        QCOMPARE(all.value(leads[7], 9), 7.0f);  // /pricing 7 times
        QCOMPARE(all.value(leads[7], 10), 1.0f); // Do Not Call: Yes
        QCOMPARE(all.value(leads[7], 12), 0.0f); // not Gold
        QCOMPARE(all.value(leads[7], 13), 7.0f);
        QVERIFY(std::isnan(all.value(LeadSummary{}, 10))); // no value is missing, not "no"
        QCOMPARE(all.matrix(leads).at(7, 13), 7.0f);       // the matrix reads the same

        options.exclude = {u"property:plan"_s, u"page:*"_s, u"sessions"_s};
        const FeatureSchema some = FeatureSchema::learn(leads, options, &excluded);
        QCOMPARE(excluded, (QStringList{u"sessions"_s, u"page:/pricing"_s, u"property:Plan=Free"_s,
                                        u"property:Plan=Gold"_s}));
        QCOMPARE(some.features().size(), all.features().size() - 4);

        auto back = FeatureSchema::fromJson(some.toJson());
        QVERIFY(back);
        QVERIFY(back->features() == some.features());
    }

    void scoresPointsAndTiers_data()
    {
        QTest::addColumn<double>("probability");
        QTest::addColumn<double>("contribution");
        QTest::addColumn<int>("score");
        QTest::addColumn<int>("points");
        // p = 0.5, contribution ln 3: without it 0.5 → 1/(1+3) = 0.25, so +25 points.
        QTest::newRow("up") << 0.5 << std::log(3.0) << 50 << 25;
        // p = 0.75 with −ln 3: without it log-odds ln 3 + ln 3 = ln 9 → 0.9, so −15.
        QTest::newRow("down") << 0.75 << -std::log(3.0) << 75 << -15;
        QTest::newRow("none") << 0.123 << 0.0 << 12 << 0;
    }
    void scoresPointsAndTiers()
    {
        QFETCH(double, probability);
        QFETCH(double, contribution);
        QFETCH(int, score);
        QFETCH(int, points);
        QCOMPARE(LeadScorer::scoreOf(probability), score);
        QCOMPARE(LeadScorer::pointsOf(probability, contribution), points);
        QCOMPARE(LeadScorer::tierOf(0, 8), u"very_high"_s);
        QCOMPARE(LeadScorer::tierOf(1, 8), u"very_high"_s);
        QCOMPARE(LeadScorer::tierOf(2, 8), u"high"_s);
        QCOMPARE(LeadScorer::tierOf(5, 8), u"medium"_s);
        QCOMPARE(LeadScorer::tierOf(7, 8), u"low"_s);
        QCOMPARE(FactorWording::points(points),
                 points >= 0 ? u"+%1"_s.arg(points) : u"\u2212%1"_s.arg(-points));
    }

    // Training end to end on a workspace: the signal is found, the leak is flagged, excluding
    // it leaves a sound model, and everything is stored and reproducible.
    void expandsStoredFactors_data()
    {
        QTest::addColumn<QByteArray>("stored");
        QTest::addColumn<QString>("expected"); // feature=x:points, …; or "damaged"
        QTest::newRow("up and down") << QByteArray("[[1,3,12],[0,null,-4]]")
                                     << u"property:Plan=Pro=3:12, sessions=null:-4"_s;
        QTest::newRow("none") << QByteArray("[]") << QString();
        QTest::newRow("a place past the features") << QByteArray("[[2,1,5]]") << u"damaged"_s;
        QTest::newRow("a negative place") << QByteArray("[[-1,1,5]]") << u"damaged"_s;
        QTest::newRow("objects") << QByteArray(R"([{"feature":"sessions","points":3}])")
                                 << u"damaged"_s;
        QTest::newRow("not JSON") << QByteArray("[[0,1,") << u"damaged"_s;
    }

    void expandsStoredFactors()
    {
        QFETCH(QByteArray, stored);
        QFETCH(QString, expected);
        const QJsonArray features{QJsonObject{{u"source"_s, u"sessions"_s}},
                                  QJsonObject{{u"source"_s, u"category"_s},
                                              {u"key"_s, u"Plan"_s},
                                              {u"value"_s, u"Pro"_s}}};
        auto expanded = ScoreFactors::expand(stored, features);
        if (expected == u"damaged"_s) {
            QVERIFY(!expanded);
            QCOMPARE(expanded.error().code, ErrorCode::Corrupt);
            return;
        }
        QVERIFY(expanded);
        QStringList got;
        for (const QJsonValue& v : *expanded) {
            const QJsonObject f = v.toObject();
            got << f.value(u"feature"_s).toString() + u'=' +
                       (f.value(u"x"_s).isNull() ? u"null"_s
                                                 : QString::number(f.value(u"x"_s).toDouble())) +
                       u':' + QString::number(f.value(u"points"_s).toInt());
        }
        QCOMPARE(got.join(u", "_s), expected);
    }

    void trainsStoresAndScores()
    {
        auto ws = m_dir.create();
        QVERIFY(ws);
        Database& db = ws->database();
        closedLoop(db, 600, 42);
        TrainingOptions options;
        options.seed = 3;
        options.target = {ScoringTarget::Kind::Won, {}};
        auto leaky = LeadScoring::train(db, options, u"tester"_s, Start);
        QVERIFY2(leaky, leaky ? "" : qPrintable(leaky.error().message));
        QCOMPARE(leaky->evaluation.leaks,
                 (QStringList{u"property:Sales stage"_s, u"property:Status=Closed Lost"_s,
                              u"property:Status=Closed Won"_s}));
        QVERIFY(leaky->evaluation.auc > 0.99);

        options.exclude = {u"property:Status"_s, u"property:sales*"_s};
        auto run = LeadScoring::train(db, options, u"tester"_s, Start + Day);
        QVERIFY2(run, run ? "" : qPrintable(run.error().message));
        const ScoreEvaluation& e = run->evaluation;
        QVERIFY(e.leaks.isEmpty());
        QCOMPARE(e.excluded.size(), 6);
        QCOMPARE(e.trainRows, 450);
        QCOMPARE(e.holdoutRows, 150);
        QVERIFY(e.positives > 250 && e.positives < 350);
        // The only signal is "Demo booked" (75 % against 25 %): AUC about 0.75 for both.
        QVERIFY2(e.auc > 0.65 && e.auc < 0.85, qPrintable(QString::number(e.auc)));
        QVERIFY2(e.baselineAuc > 0.65, qPrintable(QString::number(e.baselineAuc)));
        QCOMPARE(e.features.front().name, u"property:Demo booked"_s);
        QCOMPARE(e.lift.size(), size_t(10));
        QCOMPARE(e.lift.back().gain, 1.0);
        QCOMPARE(run->scored, 40);

        auto model = LeadScores::latestModel(db);
        QVERIFY(model && *model);
        QCOMPARE((*model)->id, run->modelId);
        QCOMPARE((*model)->target, u"won"_s);
        QCOMPARE((*model)->trainRows, 450);
        QCOMPARE(ScoreEvaluation::fromJson((*model)->evaluation).auc, e.auc);
        auto scores = LeadScores::all(db);
        QVERIFY(scores);
        QCOMPARE(scores->size(), size_t(40));
        QSet<QString> tiers;
        ScoreFactors factorsOf(db);
        QHash<qint64, QJsonArray> factors;
        for (const LeadScore& s : *scores) {
            QVERIFY(s.contact > 600);
            QCOMPARE(s.score, LeadScorer::scoreOf(s.probability));
            tiers.insert(s.tier);
            auto expanded = factorsOf.of(s);
            QVERIFY(expanded);
            QVERIFY(!expanded->isEmpty());
            QVERIFY(expanded->size() <= 2 * LeadScorer::FactorsEachWay);
            const QJsonObject top = expanded->first().toObject();
            QVERIFY(!FactorWording::describe(top).isEmpty());
            // Stored as [[place, x, points], …]: up first (strongest first), then down.
            int previous = std::numeric_limits<int>::max();
            bool down = false;
            for (const QJsonValue& f : *expanded) {
                const int points = f.toObject().value(u"points"_s).toInt();
                QVERIFY(points != 0);
                if (points < 0 && !down) {
                    down = true;
                    previous = std::numeric_limits<int>::min();
                }
                QVERIFY(down ? points <= 0 && points >= previous : points <= previous);
                previous = points;
            }
            factors.insert(s.contact, *expanded);
        }
        QVERIFY(tiers.contains(u"very_high"_s));
        QVERIFY(tiers.size() >= 2);
        QVERIFY((QSet<QString>{u"very_high"_s, u"high"_s, u"medium"_s, u"low"_s}).contains(tiers));
        // A lead with a demo booked has it as its strongest factor up, in plain words.
        const auto withDemo = std::find_if(scores->begin(), scores->end(), [&](const LeadScore& s) {
            return factors[s.contact].first().toObject().value(u"feature"_s) ==
                   u"property:Demo booked"_s;
        });
        QVERIFY(withDemo != scores->end());
        const QJsonObject demo = factors[withDemo->contact].first().toObject();
        QCOMPARE(FactorWording::describe(demo), u"Demo booked: yes"_s);
        QCOMPARE(demo.value(u"x"_s).toDouble(), 1.0);
        QCOMPARE(demo.value(u"source"_s).toString(), u"yes_no"_s);
        QVERIFY(demo.value(u"points"_s).toInt() > 0);

        // The leads table shows the stored score and tier.
        auto leads = LeadList::load(db, QList<qint64>{withDemo->contact});
        QVERIFY(leads);
        QCOMPARE(leads->front().score, withDemo->score);
        QCOMPARE(leads->front().tier, withDemo->tier);

        // The same seed gives the same model and scores; rescoring reproduces them too.
        auto again = LeadScoring::train(db, options, u"tester"_s, Start + 2 * Day);
        QVERIFY(again);
        QCOMPARE(again->evaluation.auc, e.auc);
        auto scoresAgain = LeadScores::all(db);
        QVERIFY(scoresAgain);
        for (size_t i = 0; i < scores->size(); ++i)
            QCOMPARE((*scoresAgain)[i].probability, (*scores)[i].probability);
        auto rescored = LeadScoring::rescore(db, Start + 3 * Day);
        QVERIFY(rescored && *rescored);
        QCOMPARE(**rescored, 40);
        QCOMPARE(LeadScores::all(db)->front().probability, scores->front().probability);

        // Only the newest model keeps its trees; every model keeps its evaluation.
        QCOMPARE(test::queryRows(db, "SELECT count(*) FROM score_models WHERE length(model) > 0"),
                 QStringList{u"1"_s});
        QCOMPARE(test::queryRows(db, "SELECT count(*) FROM score_models WHERE evaluation <> ''"),
                 QStringList{u"3"_s});

        // A different seed holds out other leads.
        options.seed = 4;
        auto other = LeadScoring::train(db, options, u"tester"_s, Start + 4 * Day);
        QVERIFY(other);
        QVERIFY(other->evaluation.auc != e.auc);
    }

    void refusesWhatCannotBeLearnt()
    {
        auto ws = m_dir.create();
        QVERIFY(ws);
        Database& db = ws->database();
        Rows rows(db);
        for (int i = 1; i <= 20; ++i) {
            rows.contact(i, Start);
            rows.deal(i, u"lost"_s, Start, Start + Day);
        }
        TrainingOptions options;
        options.target = {ScoringTarget::Kind::Won, {}};
        const auto none = LeadScoring::train(db, options, u"tester"_s, Start);
        QVERIFY(!none);
        QVERIFY2(none.error().message.contains(u"nothing to learn"_s),
                 qPrintable(none.error().message));
        QCOMPARE(test::queryRows(db, "SELECT count(*) FROM score_models"), QStringList{u"0"_s});
        options.holdout = 1.5;
        QVERIFY(!LeadScoring::train(db, options, u"tester"_s, Start));
        QCOMPARE(*LeadScoring::rescore(db, Start), std::optional<qint64>());
    }
};

QTEST_GUILESS_MAIN(TestLeadScoring)
#include "tst_leadscoring.moc"
