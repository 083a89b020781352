// Every read of the workspace either returns exactly what an undisturbed read returns, or an
// error: a failed disk read or a damaged page at any point of any report, list or lookup never
// becomes a shorter result presented as complete (docs/architecture.md, "Error style").
#include "analytics/attributionreport.h"
#include "analytics/campaignlist.h"
#include "analytics/channelsreport.h"
#include "analytics/dealsreport.h"
#include "analytics/drilldown.h"
#include "analytics/funnelreport.h"
#include "analytics/headlinereport.h"
#include "analytics/journeyreport.h"
#include "analytics/pathsreport.h"
#include "analytics/trendreport.h"
#include "demo/demogenerator.h"
#include "faultyvfs.h"
#include "report/executivereport.h"
#include "sales/identityreview.h"
#include "sales/leadlist.h"
#include "sales/lostreasons.h"
#include "sales/outcomereports.h"
#include "store/importbatches.h"
#include "store/tablecounts.h"
#include "store/workspace.h"
#include "store/workspacesettings.h"
#include "testsupport.h"
#include "tracking/sessionsummary.h"
#include "tracking/workspacechannels.h"

#include <QTest>

using namespace leadloop;
using namespace Qt::StringLiterals;
using Fault = test::FaultyVfs::Fault;

Q_DECLARE_METATYPE(Fault)

namespace {

/// A read operation, its result written out as text so two runs compare exactly.
using Operation = std::function<Result<QString>(Database&)>;

QString text(const ResultTable& table)
{
    QStringList out;
    for (const ResultColumn& c : table.columns)
        out.append(c.key);
    out.append(test::tableLines(table, false));
    for (auto it = table.meta.begin(); it != table.meta.end(); ++it)
        out.append(it.key() + u'=' + it.value().toString());
    return out.join(u'\n');
}

Result<QString> text(const Result<ResultTable>& table)
{
    if (!table)
        return table.error();
    return text(*table);
}

PathQuery pathQuery(ConversionKind kind)
{
    PathQuery q;
    q.kind = kind;
    return q;
}

QMap<QString, Operation> operations(const QString& leadEmail)
{
    using attribution::Model;
    QMap<QString, Operation> ops;
    ops[u"channels"_s] = [](Database& db) { return text(ChannelsReport::run(db, {})); };
    ops[u"channels by campaign, first touch"_s] = [](Database& db) {
        ChannelsReport::Query q;
        q.dimension = u"campaign"_s;
        q.model = Model::FirstTouch;
        return text(ChannelsReport::run(db, q));
    };
    ops[u"funnel"_s] = [](Database& db) { return text(FunnelReport::run(db, {})); };
    ops[u"attribution, every model"_s] = [](Database& db) {
        return text(AttributionReport::run(db, attribution::allModels(),
                                           pathQuery(ConversionKind::Revenue), {}));
    };
    ops[u"attribution of conversion events"_s] = [](Database& db) {
        return text(
            AttributionReport::run(db, {Model::Linear}, pathQuery(ConversionKind::Event), {}));
    };
    ops[u"deals by owner"_s] = [](Database& db) { return text(DealsReport::run(db, u"owner"_s)); };
    ops[u"paths"_s] = [](Database& db) {
        return text(PathsReport::run(db, pathQuery(ConversionKind::Customer), 10));
    };
    ops[u"trend of revenue"_s] = [](Database& db) {
        TrendReport::Query q;
        q.metric = u"revenue"_s;
        return text(TrendReport::run(db, q));
    };
    ops[u"headlines"_s] = [](Database& db) { return text(HeadlineReport::run(db, {})); };
    ops[u"journey"_s] = [leadEmail](Database& db) -> Result<QString> {
        auto journey = JourneyReport::run(db, leadEmail);
        if (!journey)
            return journey.error();
        return text(journey->events) + text(journey->credit);
    };
    ops[u"drill-down to sessions"_s] = [](Database& db) {
        return text(DrillDown::sessions(db, {}));
    };
    ops[u"drill-down to leads"_s] = [](Database& db) {
        DrillRequest r;
        r.group = u"Paid Search"_s;
        return text(DrillDown::run(db, r));
    };
    ops[u"executive report"_s] = [](Database& db) -> Result<QString> {
        auto report = ExecutiveReport::build(db, {});
        if (!report)
            return report.error();
        QString all;
        for (const ExecutiveReport::Section& s : report->sections)
            all += s.key + u'\n' + text(s.table);
        return all;
    };
    ops[u"campaign list"_s] = [](Database& db) -> Result<QString> {
        auto rows = CampaignList::load(db);
        if (!rows)
            return rows.error();
        return text(CampaignList::table(*rows, u"EUR"_s));
    };
    ops[u"lead list"_s] = [](Database& db) -> Result<QString> {
        auto rows = LeadList::load(db);
        if (!rows)
            return rows.error();
        return text(LeadList::table(*rows, 1'800'000'000'000));
    };
    ops[u"outcome export"_s] = [](Database& db) { return text(OutcomeReports::exportRows(db)); };
    ops[u"outcome history"_s] = [leadEmail](Database& db) {
        return text(OutcomeReports::history(db, leadEmail));
    };
    ops[u"identity links"_s] = [](Database& db) { return text(IdentityReview::links(db)); };
    ops[u"sessions by source and medium"_s] = [](Database& db) {
        return text(SessionSummary::byDimension(db, u"source-medium"_s));
    };
    ops[u"settings"_s] = [](Database& db) { return text(WorkspaceSettings::list(db)); };
    ops[u"table counts"_s] = [](Database& db) -> Result<QString> {
        auto counts = countTableRows(db);
        if (!counts)
            return counts.error();
        QStringList out;
        for (const TableCount& c : *counts)
            out.append(u"%1=%2"_s.arg(c.table).arg(c.rows));
        return out.join(u'\n');
    };
    ops[u"import batches"_s] = [](Database& db) -> Result<QString> {
        auto batches = ImportBatches::list(db);
        if (!batches)
            return batches.error();
        QStringList out;
        for (const ImportBatch& b : *batches)
            out.append(u"%1 %2 %3"_s.arg(b.id).arg(b.kind).arg(b.rowsImported));
        return out.join(u'\n');
    };
    ops[u"lost reasons"_s] = [](Database& db) -> Result<QString> {
        auto reasons = LostReasons::list(db);
        if (!reasons)
            return reasons.error();
        return reasons->join(u'\n');
    };
    ops[u"channel grouping"_s] = [](Database& db) -> Result<QString> {
        auto rules = WorkspaceChannels::current(db);
        if (!rules)
            return rules.error();
        return rules->id() + u' ' + rules->version();
    };
    return ops;
}

/// Read counts to fail at: every one up to 12, then spread over the whole operation.
QList<int> failurePoints(int reads)
{
    QList<int> points;
    for (int n = 0; n < reads && n < 12; ++n)
        points.append(n);
    for (int n = 16; n < reads; n = n * 3 / 2)
        points.append(n);
    if (reads > 0 && !points.contains(reads - 1))
        points.append(reads - 1);
    return points;
}

} // namespace

class TestSqlFaults : public QObject
{
    Q_OBJECT

    test::FaultyVfs m_vfs;
    test::ScratchDir m_dir;
    QString m_path;
    QString m_lead;

    std::unique_ptr<Workspace> reader()
    {
        auto ws = Workspace::open(m_path, Workspace::Access::ReadOnly);
        return ws ? std::move(*ws) : nullptr;
    }

private slots:
    void initTestCase()
    {
        // Before any workspace is opened: the product's checksum VFS then sits on top of it.
        QVERIFY(m_vfs.install(true));
        m_path = m_dir.path(u"small.leadloop"_s);
        DemoOptions options;
        options.visitors = 1'200;
        options.deals = 50;
        options.won = 15;
        options.lost = 15;
        options.offlineLeads = 5;
        QVERIFY(DemoGenerator(options).createWorkspace(m_path).ok());
        auto ws = reader();
        QVERIFY(ws);
        const QStringList leads = test::queryRows(
            ws->database(), "SELECT c.email FROM contacts c JOIN deals d ON d.contact_id = c.id "
                            "JOIN outcome_events e ON e.deal_id = d.id ORDER BY c.id LIMIT 1");
        QCOMPARE(leads.size(), 1);
        m_lead = leads.front();
    }

    void everyOperationReadsTheWorkspace()
    {
        // Each operation reads pages, so its failure points below are real.
        for (const auto& [name, operation] : operations(m_lead).asKeyValueRange()) {
            auto ws = reader();
            QVERIFY(ws);
            m_vfs.arm(Fault::ReadError, 1'000'000'000);
            const Result<QString> result = operation(ws->database());
            m_vfs.disarm();
            QVERIFY2(result.ok(),
                     qPrintable(name + u": "_s + (result ? QString() : result.error().message)));
            QVERIFY2(m_vfs.count() > 0, qPrintable(name));
        }
    }

    void readFaultsGiveErrorsNotFigures_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::addColumn<Fault>("fault");
        QTest::addColumn<ErrorCode>("expected");
        for (const QString& name : operations({}).keys()) {
            QTest::addRow("%s, disk error", qPrintable(name))
                << name << Fault::ReadError << ErrorCode::Io;
            QTest::addRow("%s, damaged page", qPrintable(name))
                << name << Fault::GarbageRead << ErrorCode::Corrupt;
        }
    }

    void readFaultsGiveErrorsNotFigures()
    {
        QFETCH(QString, operation);
        QFETCH(Fault, fault);
        QFETCH(ErrorCode, expected);
        const Operation run = operations(m_lead).value(operation);

        // The undisturbed result, and how many page reads it takes.
        auto ws = reader();
        QVERIFY(ws);
        m_vfs.arm(fault, 1'000'000'000);
        const Result<QString> clean = run(ws->database());
        const int reads = m_vfs.count();
        m_vfs.disarm();
        QVERIFY(clean.ok());

        for (const int skip : failurePoints(reads)) {
            auto fresh = reader(); // a cold page cache: the same reads in the same order
            QVERIFY(fresh);
            m_vfs.arm(fault, skip);
            const Result<QString> result = run(fresh->database());
            m_vfs.disarm();
            if (m_vfs.fired()) {
                QVERIFY2(
                    !result.ok(),
                    qPrintable(u"read %1 of %2 failed, yet a result came back"_s.arg(skip + 1).arg(
                        reads)));
                QCOMPARE(result.error().code, expected);
                QVERIFY(!result.error().message.isEmpty());
            } else {
                QVERIFY(result.ok());
                QCOMPARE(*result, *clean);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestSqlFaults)
#include "tst_sqlfaults.moc"
