// Tests of leadloop-cli as a user runs it: every command, the output shapes and the exit codes.
#include "childprocess.h"
#include "ingest/importpresets.h"
#include "store/migrationplan.h"
#include "store/workspace.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace leadloop;
using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QString m_demo;

    Run run(const QStringList& arguments) const
    {
        // An isolated home, so the default workspace and settings are the test's own.
        const test::Finished finished =
            test::runCli(arguments, {{u"HOME"_s, m_home.path()},
                                     {u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s)},
                                     {u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s)}});
        return {finished.exitCode, QString::fromUtf8(finished.out),
                QString::fromUtf8(finished.err)};
    }

    static QJsonObject json(const Run& r)
    {
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }

    static qint64 countOf(const QJsonObject& root, const QString& keyColumn, const QString& key)
    {
        for (const QJsonValue& row : root.value(u"rows"_s).toArray())
            if (row.toObject().value(keyColumn).toString() == key)
                return row.toObject().value(u"count"_s).toInteger();
        return -1;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        m_demo = m_home.filePath(u"demo.leadloop"_s);
        const Run r = run({u"demo"_s, u"--out"_s, m_demo, u"--format"_s, u"json"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject root = json(r);
        QCOMPARE(countOf(root, u"entity"_s, u"visitors"_s), 20000);
        QCOMPARE(countOf(root, u"entity"_s, u"deals_won"_s), 150);
        QCOMPARE(root.value(u"meta"_s).toObject().value(u"seed"_s).toString(), u"1"_s);
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("stdoutHas");
        QTest::addColumn<QString>("stderrHas");
        QTest::newRow("version") << QStringList{u"--version"_s} << 0 << u"leadloop-cli 0.1"_s
                                 << QString();
        QTest::newRow("help lists commands")
            << QStringList{u"--help"_s} << 0 << u"demo --out PATH"_s << QString();
        QTest::newRow("command help")
            << QStringList{u"demo"_s, u"--help"_s} << 0 << u"--seed"_s << QString();
        QTest::newRow("no command") << QStringList{} << 1 << QString() << u"No command"_s;
        QTest::newRow("unknown command")
            << QStringList{u"frobnicate"_s} << 1 << QString() << u"Unknown command 'frobnicate'"_s;
        QTest::newRow("unknown option")
            << QStringList{u"info"_s, u"--colour"_s} << 1 << QString() << u"colour"_s;
        QTest::newRow("bad format")
            << QStringList{u"info"_s, u"--format"_s, u"xml"_s} << 1 << QString() << u"--format"_s;
        QTest::newRow("missing workspace")
            << QStringList{u"--workspace"_s, u"/nonexistent/x.leadloop"_s, u"info"_s} << 3
            << QString() << u"does not exist"_s;
        QTest::newRow("bad seed") << QStringList{u"demo"_s, u"--out"_s, u"/tmp/never.leadloop"_s,
                                                 u"--seed"_s, u"many"_s}
                                  << 2 << QString() << u"--seed"_s;
    }

    void exitCodes()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, stdoutHas);
        QFETCH(QString, stderrHas);
        const Run r = run(arguments);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.out.contains(stdoutHas), qPrintable(r.out));
        QVERIFY2(r.err.contains(stderrHas), qPrintable(r.err));
        if (exitCode != 0)
            QVERIFY2(r.err.count(u'\n') <= 2, "an error is one sentence (plus a hint)");
    }

    void infoInEveryFormat()
    {
        const Run table = run({u"--workspace"_s, m_demo, u"info"_s});
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.out.contains(
            u"schema version %1"_s.arg(MigrationPlan::standard().latestVersion())));
        QVERIFY(table.out.contains(u"pageviews"_s));

        const Run j = run({u"--workspace"_s, m_demo, u"info"_s, u"--format"_s, u"json"_s});
        QCOMPARE(j.exitCode, 0);
        const QJsonObject root = json(j);
        QCOMPARE(root.value(u"columns"_s).toArray(), QJsonArray({u"table"_s, u"count"_s}));
        QCOMPARE(root.value(u"meta"_s).toObject().value(u"schema_version"_s).toInt(),
                 MigrationPlan::standard().latestVersion());
        QCOMPARE(countOf(root, u"table"_s, u"visitors"_s), 20000);
        QCOMPARE(countOf(root, u"table"_s, u"deals"_s), 400);
        QVERIFY(countOf(root, u"table"_s, u"sessions"_s) > 55000);

        const Run csv = run({u"--workspace"_s, m_demo, u"--format"_s, u"csv"_s, u"info"_s});
        QCOMPARE(csv.exitCode, 0);
        QVERIFY(csv.out.startsWith(u"table,count\r\n"_s));
        QVERIFY(csv.out.contains(u"\r\nvisitors,20000\r\n"_s));

        // --output writes the same bytes to a file; --format xlsx needs it.
        const QString file = m_home.filePath(u"info.csv"_s);
        const Run saved = run(
            {u"--workspace"_s, m_demo, u"--format"_s, u"csv"_s, u"--output"_s, file, u"info"_s});
        QCOMPARE(saved.exitCode, 0);
        QVERIFY(saved.out.isEmpty());
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(written.readAll()), csv.out);
        QCOMPARE(run({u"--workspace"_s, m_demo, u"--format"_s, u"xlsx"_s, u"info"_s}).exitCode, 1);
        const QString book = m_home.filePath(u"info.xlsx"_s);
        QCOMPARE(run({u"--workspace"_s, m_demo, u"--format"_s, u"xlsx"_s, u"--output"_s, book,
                      u"info"_s})
                     .exitCode,
                 0);
        QFile xlsx(book);
        QVERIFY(xlsx.open(QIODevice::ReadOnly));
        QVERIFY(xlsx.read(2) == "PK"); // a zip, read back cell by cell in tst_xlsxreader
    }

    void demoRefusesToOverwrite()
    {
        const QByteArray before = test::fileHash(m_demo);
        const Run r = run({u"demo"_s, u"--out"_s, m_demo});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(u"--force"_s));
        QCOMPARE(test::fileHash(m_demo), before);
    }

    void forceRefusesAFileThatIsNotAWorkspace()
    {
        const QString path = m_home.filePath(u"notes.leadloop"_s);
        QVERIFY(test::writeFile(path, "my notes"));
        const Run r = run({u"demo"_s, u"--out"_s, path, u"--force"_s});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains(u"not a LeadLoop workspace"_s));
        QCOMPARE(test::fileHash(path), test::fileHash(path)); // still readable
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("my notes"));
    }

    void infoOnAFileThatIsNotAWorkspace()
    {
        const QString path = m_home.filePath(u"export.csv"_s);
        QVERIFY(test::writeFile(path, "a,b\n1,2\n"));
        const Run r = run({u"--workspace"_s, path, u"info"_s});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains(u"not a LeadLoop workspace"_s));
    }

    // A workspace from an older LeadLoop: reports refuse it with the way out, upgrade keeps a
    // copy and migrates it, and a second upgrade has nothing to do.
    void upgradesAnOlderWorkspace()
    {
        const QString path = m_home.filePath(u"old.leadloop"_s);
        QVERIFY(Workspace::create(path, MigrationPlan({MigrationPlan::standard().steps().front()}))
                    .ok());
        const int latest = MigrationPlan::standard().latestVersion();
        QVERIFY(latest > 1);

        const Run refused = run({u"--workspace"_s, path, u"channels"_s});
        QCOMPARE(refused.exitCode, 3);
        QVERIFY2(refused.err.contains(u"leadloop-cli upgrade"_s), qPrintable(refused.err));

        const Run upgraded = run({u"--workspace"_s, path, u"upgrade"_s, u"--format"_s, u"json"_s});
        QCOMPARE(upgraded.exitCode, 0);
        const QJsonObject root = json(upgraded);
        QCOMPARE(root.value(u"meta"_s).toObject().value(u"upgraded"_s).toBool(), true);
        const QJsonObject row = root.value(u"rows"_s).toArray().at(0).toObject();
        QCOMPARE(row.value(u"schema_version"_s).toInt(), latest);
        QCOMPARE(row.value(u"backup"_s).toString(), path + u".v1.bak"_s);
        QVERIFY(QFile::exists(path + u".v1.bak"_s));

        QCOMPARE(run({u"--workspace"_s, path, u"channels"_s}).exitCode, 0);
        const Run again = run({u"--workspace"_s, path, u"upgrade"_s});
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.contains(u"already at schema version %1"_s.arg(latest)),
                 qPrintable(again.out));
    }

    void aLockedWorkspaceNamesItsHolder()
    {
        const QString path = m_home.filePath(u"held.leadloop"_s);
        auto held = Workspace::create(path);
        QVERIFY(held.ok());
        const Run r = run({u"demo"_s, u"--out"_s, path, u"--force"_s});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QString::number(QCoreApplication::applicationPid())),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(QSysInfo::machineHostName()), qPrintable(r.err));
        // Reading is still allowed while another process writes.
        QCOMPARE(run({u"--workspace"_s, path, u"info"_s}).exitCode, 0);
    }

    void importsCrmExportsAndJsonPresets()
    {
        const QString ws = m_home.filePath(u"crm.leadloop"_s);
        const QString data = QString::fromUtf8(LEADLOOP_TEST_DATA);
        Run r = run({u"--workspace"_s, ws, u"--format"_s, u"json"_s, u"import"_s, u"crm"_s,
                     data + u"/salesforce/Opportunity.csv"_s});
        QCOMPARE(r.exitCode, 0);
        QJsonObject meta = json(r).value(u"meta"_s).toObject();
        QCOMPARE(meta.value(u"preset"_s).toString(), u"salesforce-opportunities"_s);
        QCOMPARE(meta.value(u"rows_read"_s).toInt(), 36);
        QCOMPARE(meta.value(u"deals_created"_s).toInt(), 36);
        QCOMPARE(meta.value(u"outcome_events"_s).toInt(), 20);
        QCOMPARE(meta.value(u"stage_changes"_s).toInt(), 36);
        r = run({u"--workspace"_s, ws, u"import"_s, u"crm"_s,
                 data + u"/salesforce/Opportunity.csv"_s, u"--preset"_s, u"hubspot-tickets"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(u"salesforce-opportunity-history"_s));
        // The JSON presets are accepted by name.
        r = run({u"--workspace"_s, ws, u"--format"_s, u"json"_s, u"import"_s, u"tracking"_s,
                 data + u"/ga4/events.ndjson"_s, u"--preset"_s, u"ga4"_s});
        QCOMPARE(r.exitCode, 0);
        meta = json(r).value(u"meta"_s).toObject();
        QCOMPARE(meta.value(u"preset"_s).toString(), u"ga4"_s);
        QCOMPARE(meta.value(u"rows_read"_s).toInt(), 61);
    }

    void importsCostsAndRates()
    {
        const QString ws = m_home.filePath(u"costs.leadloop"_s);
        const QString rates = m_home.filePath(u"rates.csv"_s);
        const QString costs = m_home.filePath(u"costs.csv"_s);
        QVERIFY(test::writeFile(rates, "date;currency;rate\n2024-03-01;PLN;0,25\n"));
        QVERIFY(test::writeFile(costs, "Day;Campaign;Spend;Currency\n2024-03-05;spring;40,00;PLN\n"
                                       "2024-03-05;spring;1,00;SEK\n"));
        const QStringList at = {u"--workspace"_s, ws, u"--format"_s, u"json"_s};
        Run r = run(at + QStringList{u"import"_s, u"rates"_s, rates});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(json(r).value(u"meta"_s).toObject().value(u"rows_imported"_s).toInt(), 1);
        r = run(at + QStringList{u"import"_s, u"costs"_s, costs});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject meta = json(r).value(u"meta"_s).toObject();
        QCOMPARE(meta.value(u"rows_rejected"_s).toInt(), 1); // no SEK rate
        QCOMPARE(meta.value(u"total_cost"_s).toString(), u"10.00"_s);
        QCOMPARE(meta.value(u"reporting_currency"_s).toString(), u"EUR"_s);
        QCOMPARE(meta.value(u"unmatched_rows"_s).toInt(), 1);
        QCOMPARE(
            run(at + QStringList{u"import"_s, u"costs"_s, costs, u"--map"_s, u"cost"_s}).exitCode,
            2);
    }

    void attributesConversions()
    {
        const QStringList at = {u"--workspace"_s, m_demo, u"--format"_s, u"json"_s};
        Run r = run(at + QStringList{u"attribution"_s, u"--model"_s, u"all"_s, u"--conversion"_s,
                                     u"revenue"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject root = json(r);
        const QJsonObject meta = root.value(u"meta"_s).toObject();
        QCOMPARE(meta.value(u"conversions"_s).toDouble(), 150.0); // the demo's won deals
        QCOMPARE(meta.value(u"models"_s).toArray().size(), 10);
        const QJsonArray columns = root.value(u"columns"_s).toArray();
        QCOMPARE(columns.first().toString(), u"channel"_s);
        QVERIFY(columns.contains(u"shapley_value"_s));
        for (const QString& model : {u"first_touch"_s, u"markov"_s, u"shapley"_s}) {
            double conversions = 0;
            for (const QJsonValue& row : root.value(u"rows"_s).toArray())
                conversions += row.toObject().value(model + u"_conversions"_s).toDouble();
            QVERIFY2(std::abs(conversions - 150) < 0.01, qPrintable(model));
        }
        r = run(at + QStringList{u"attribution"_s, u"--by"_s, u"campaign"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(json(r).value(u"columns"_s).toArray().first().toString(), u"campaign"_s);
        QCOMPARE(run(at + QStringList{u"attribution"_s, u"--model"_s, u"magic"_s}).exitCode, 1);
        QCOMPARE(run(at + QStringList{u"attribution"_s, u"--conversion"_s, u"likes"_s}).exitCode,
                 1);
        QCOMPARE(run(at + QStringList{u"attribution"_s, u"--by"_s, u"weather"_s}).exitCode, 1);
        r = run(at + QStringList{u"paths"_s, u"--top"_s, u"3"_s, u"--conversion"_s, u"revenue"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(json(r).value(u"rows"_s).toArray().size(), 3);
        QCOMPARE(json(r).value(u"meta"_s).toObject().value(u"conversions"_s).toDouble(), 150.0);
        QCOMPARE(run(at + QStringList{u"paths"_s, u"--top"_s, u"0"_s}).exitCode, 1);
    }

    void reportsDeals()
    {
        const QStringList at = {u"--workspace"_s, m_demo, u"--format"_s, u"json"_s};
        Run r = run(at + QStringList{u"deals"_s, u"--by"_s, u"channel"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject root = json(r);
        QCOMPARE(root.value(u"meta"_s).toObject().value(u"deals"_s).toInt(), 400);
        QCOMPARE(root.value(u"meta"_s).toObject().value(u"won"_s).toInt(), 150);
        qint64 won = 0;
        for (const QJsonValue& row : root.value(u"rows"_s).toArray())
            won += row.toObject().value(u"won"_s).toInt();
        QCOMPARE(won, 150);
        QCOMPARE(root.value(u"columns"_s).toArray().first().toString(), u"channel"_s);
        QCOMPARE(run(at + QStringList{u"deals"_s, u"--by"_s, u"weather"_s}).exitCode, 1);
        QCOMPARE(run(at + QStringList{u"deals"_s, u"--from"_s, u"soon"_s}).exitCode, 1);
    }

    void reportsChannels()
    {
        const QStringList at = {u"--workspace"_s, m_demo, u"--format"_s, u"json"_s};
        Run r = run(at + QStringList{u"channels"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject root = json(r);
        const QJsonArray columns = root.value(u"columns"_s).toArray();
        QCOMPARE(columns.first().toString(), u"channel"_s);
        for (const QString& key : {u"sessions"_s, u"leads"_s, u"customers"_s, u"revenue"_s,
                                   u"cost"_s, u"cac"_s, u"roi"_s, u"roas"_s})
            QVERIFY2(columns.contains(key), qPrintable(key));
        double leads = 0;
        qint64 sessions = 0;
        for (const QJsonValue& row : root.value(u"rows"_s).toArray()) {
            leads += row.toObject().value(u"leads"_s).toDouble();
            sessions += row.toObject().value(u"sessions"_s).toInteger();
        }
        QCOMPARE(sessions, 59623);
        QVERIFY(std::abs(leads - 1567) < 0.01); // every lead credited once
        QCOMPARE(run(at + QStringList{u"channels"_s, u"--model"_s, u"magic"_s}).exitCode, 1);
    }

    void filtersReports()
    {
        const QStringList at = {u"--workspace"_s, m_demo, u"--format"_s, u"json"_s};
        // The channel filter shows that channel's row of the unfiltered report, unchanged.
        Run all = run(at + QStringList{u"channels"_s});
        Run one = run(at + QStringList{u"channels"_s, u"--channel"_s, u"Paid Search"_s});
        QCOMPARE(one.exitCode, 0);
        const QJsonArray rows = json(one).value(u"rows"_s).toArray();
        QCOMPARE(rows.size(), 1);
        for (const QJsonValue& row : json(all).value(u"rows"_s).toArray())
            if (row.toObject().value(u"channel"_s).toString() == u"Paid Search")
                QCOMPARE(rows.first().toObject(), row.toObject());
        QCOMPARE(
            json(one).value(u"meta"_s).toObject().value(u"filter"_s).toObject().value(u"channel"_s),
            QJsonValue(QJsonArray{u"Paid Search"_s}));
        // Grouped by owner, every lead counts once under every model.
        Run owners =
            run(at + QStringList{u"attribution"_s, u"--model"_s, u"all"_s, u"--by"_s, u"owner"_s});
        QCOMPARE(owners.exitCode, 0);
        double markov = 0, linear = 0;
        for (const QJsonValue& row : json(owners).value(u"rows"_s).toArray()) {
            markov += row.toObject().value(u"markov_conversions"_s).toDouble();
            linear += row.toObject().value(u"linear_conversions"_s).toDouble();
            QCOMPARE(row.toObject().value(u"markov_conversions"_s).toDouble(),
                     row.toObject().value(u"linear_conversions"_s).toDouble());
        }
        QVERIFY(std::abs(markov - 1567) < 0.01);
        QVERIFY(std::abs(linear - 1567) < 0.01);
        QCOMPARE(json(owners).value(u"columns"_s).toArray().first().toString(), u"owner"_s);
        // A people filter keeps fewer leads; nonsense is a usage error naming the option.
        Run funnel = run(at + QStringList{u"funnel"_s, u"--by"_s, u"product"_s, u"--contact"_s,
                                          u"lifecycle_stage=customer"_s});
        QCOMPARE(funnel.exitCode, 0);
        QVERIFY(json(funnel).value(u"meta"_s).toObject().value(u"leads"_s).toInt() < 1567);
        Run bad = run(at + QStringList{u"funnel"_s, u"--contact"_s, u"password=x"_s});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY(bad.err.contains(u"--contact"_s));
        QCOMPARE(run(at + QStringList{u"trend"_s, u"--split"_s, u"owner"_s, u"--metric"_s,
                                      u"revenue"_s, u"--owner"_s, u"nobody"_s})
                     .exitCode,
                 0);
    }

    void removesAnImport()
    {
        const QString ws = m_home.filePath(u"remove.leadloop"_s);
        QVERIFY(QFile::copy(m_demo, ws));
        QFile::setPermissions(ws, QFile::ReadOwner | QFile::WriteOwner);
        const QStringList at = {u"--workspace"_s, ws, u"--format"_s, u"json"_s};
        Run r = run(at + QStringList{u"imports"_s, u"--remove"_s, u"1"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(json(r).value(u"rows"_s).toArray().size() > 5);
        r = run(at + QStringList{u"imports"_s});
        QCOMPARE(
            json(r).value(u"rows"_s).toArray().first().toObject().value(u"status"_s).toString(),
            u"removed"_s);
        r = run(at + QStringList{u"info"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(run(at + QStringList{u"imports"_s, u"--remove"_s, u"1"_s}).exitCode, 2);
        QCOMPARE(run(at + QStringList{u"imports"_s, u"--remove"_s, u"one"_s}).exitCode, 1);
    }

    void listsCampaigns()
    {
        const QStringList at = {u"--workspace"_s, m_demo, u"--format"_s, u"json"_s};
        Run r = run(at + QStringList{u"campaigns"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray rows = json(r).value(u"rows"_s).toArray();
        QCOMPARE(rows.size(), 15);
        double cost = 0;
        for (const QJsonValue& row : rows) {
            cost += row.toObject().value(u"cost"_s).toDouble();
            QVERIFY(row.toObject().value(u"sessions"_s).toInt() > 0); // the demo's are all used
            QCOMPARE(row.toObject().value(u"unmatched"_s).toBool(), false);
        }
        QVERIFY(std::abs(cost - json(r).value(u"meta"_s).toObject().value(u"cost"_s).toDouble()) <
                0.01);
    }

    void listsLeads()
    {
        const QStringList at = {u"--workspace"_s, m_demo, u"--format"_s, u"json"_s};
        Run r = run(at + QStringList{u"leads"_s, u"--outcome"_s, u"won"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(json(r).value(u"rows"_s).toArray().size(), 150); // the demo's won deals
        QCOMPARE(json(r).value(u"meta"_s).toObject().value(u"all_leads"_s).toInt() >= 1567, true);
        QCOMPARE(json(r).value(u"columns"_s).toArray().first().toString(), u"contact_id"_s);
        r = run(at + QStringList{u"leads"_s, u"--outcome"_s, u"none"_s});
        QCOMPARE(json(r).value(u"rows"_s).toArray().size(),
                 json(r).value(u"meta"_s).toObject().value(u"all_leads"_s).toInt() - 400);
        QCOMPARE(run(at + QStringList{u"leads"_s, u"--outcome"_s, u"maybe"_s}).exitCode, 1);
    }

    // Leads by a CRM property (docs/scoring.md, "Lead attributes").
    void listsLeadsByProperty()
    {
        const QString ws = m_home.filePath(u"properties.leadloop"_s);
        const QString crm = m_home.filePath(u"properties.csv"_s);
        QVERIFY(test::writeFile(crm, "email,Plan,Newsletter\n"
                                     "a@example.com,Gold,Yes\n"
                                     "b@example.com,Free,No\n"
                                     "c@example.com,gold,1\n"));
        QCOMPARE(run({u"--workspace"_s, ws, u"import"_s, u"crm"_s, crm}).exitCode, 0);
        const QStringList at = {u"--workspace"_s, ws, u"--format"_s, u"json"_s, u"leads"_s};
        const auto emails = [&](const QStringList& filter) {
            QStringList out;
            for (const QJsonValue& row : json(run(at + filter)).value(u"rows"_s).toArray())
                out.append(row.toObject().value(u"email"_s).toString());
            return out;
        };
        QCOMPARE(emails({u"--property"_s, u"Plan=GOLD"_s}),
                 (QStringList{u"a@example.com"_s, u"c@example.com"_s}));
        QCOMPARE(emails({u"--property"_s, u"Plan=gold"_s, u"--property"_s, u"Newsletter=yes"_s}),
                 (QStringList{u"a@example.com"_s, u"c@example.com"_s}));
        QCOMPARE(emails({u"--property"_s, u"Plan=Gold"_s, u"--property"_s, u"Newsletter=no"_s}),
                 QStringList());
        QCOMPARE(run(at + QStringList{u"--property"_s, u"Plan"_s}).exitCode, 1);
    }

    // The score commands' public contract (docs/cli.md): the JSON keys of train, the leads
    // table's score and tier, the exit codes, and scores that follow an import's removal.
    void scoresLeads()
    {
        const QString ws = m_home.filePath(u"score.leadloop"_s);
        QVERIFY(QFile::copy(m_demo, ws));
        QFile::setPermissions(ws, QFile::ReadOwner | QFile::WriteOwner);
        const QStringList at = {u"--workspace"_s, ws, u"--format"_s, u"json"_s};
        QCOMPARE(run(at + QStringList{u"score"_s, u"list"_s}).exitCode, 3); // no model yet
        QCOMPARE(run(at + QStringList{u"score"_s, u"update"_s}).exitCode, 3);
        QCOMPARE(run(at + QStringList{u"score"_s, u"train"_s, u"--target"_s, u"deal"_s}).exitCode,
                 1);
        QCOMPARE(run(at + QStringList{u"score"_s, u"train"_s, u"--holdout"_s, u"2"_s}).exitCode, 1);
        QCOMPARE(run(at + QStringList{u"score"_s, u"guess"_s}).exitCode, 1);
        QCOMPARE(run(at + QStringList{u"score"_s, u"train"_s, u"--target"_s, u"property:None"_s})
                     .exitCode,
                 3);

        Run r = run(at + QStringList{u"score"_s, u"train"_s, u"--seed"_s, u"3"_s, u"--exclude"_s,
                                     u"page:*"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject meta = json(r).value(u"meta"_s).toObject();
        for (const char* key : {"auc", "baseline_auc", "brier", "train_rows", "holdout_rows",
                                "positives", "leaks", "excluded", "model_id", "scored", "trees"})
            QVERIFY2(meta.contains(QLatin1StringView(key)), key);
        QCOMPARE(meta.value(u"train_rows"_s).toInt() + meta.value(u"holdout_rows"_s).toInt(), 300);
        QCOMPARE(meta.value(u"positives"_s).toInt(), 150);
        QVERIFY(meta.value(u"excluded"_s).toArray().size() > 0);
        for (const QJsonValue& row : json(r).value(u"rows"_s).toArray())
            QVERIFY(!row.toObject().value(u"feature"_s).toString().startsWith(u"page:"_s));
        const int scored = meta.value(u"scored"_s).toInt();
        QVERIFY(scored > 1000);

        r = run(at + QStringList{u"score"_s, u"list"_s, u"--top"_s, u"5"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray top = json(r).value(u"rows"_s).toArray();
        QCOMPARE(top.size(), 5);
        const QString first = top.first().toObject().value(u"contact_id"_s).toVariant().toString();
        r = run(at + QStringList{u"score"_s, u"show"_s, first});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(json(r).value(u"meta"_s).toObject().value(u"score"_s).toInt(),
                 top.first().toObject().value(u"score"_s).toInt());

        r = run(at + QStringList{u"leads"_s, u"--tier"_s, u"very_high"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray veryHigh = json(r).value(u"rows"_s).toArray();
        QVERIFY(!veryHigh.isEmpty());
        for (const QJsonValue& row : veryHigh)
            QCOMPARE(row.toObject().value(u"tier"_s).toString(), u"very_high"_s);
        QCOMPARE(run(at + QStringList{u"leads"_s, u"--tier"_s, u"hot"_s}).exitCode, 1);

        // A won lead has no score: it is not open.
        r = run(at + QStringList{u"leads"_s, u"--outcome"_s, u"won"_s});
        const QString won = json(r)
                                .value(u"rows"_s)
                                .toArray()
                                .first()
                                .toObject()
                                .value(u"contact_id"_s)
                                .toVariant()
                                .toString();
        QCOMPARE(run(at + QStringList{u"score"_s, u"show"_s, won}).exitCode, 3);

        // Removing the import takes its leads away, and their scores with them.
        r = run(at + QStringList{u"imports"_s, u"--remove"_s, u"1"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains(u"Lead scores computed again for 0 open leads."_s),
                 qPrintable(r.err));
        QCOMPARE(run(at + QStringList{u"score"_s, u"list"_s}).exitCode, 0);
        QCOMPARE(
            json(run(at + QStringList{u"score"_s, u"list"_s})).value(u"rows"_s).toArray().size(),
            0);
    }

    void changesSettings()
    {
        const QString ws = m_home.filePath(u"settings.leadloop"_s);
        QVERIFY(QFile::copy(m_demo, ws));
        QFile::setPermissions(ws, QFile::ReadOwner | QFile::WriteOwner);
        const QStringList at = {u"--workspace"_s, ws, u"--format"_s, u"json"_s};
        Run r = run(at + QStringList{u"settings"_s, u"--set"_s, u"reporting_currency=pln"_s,
                                     u"--set"_s, u"attribution_lookback_days=30"_s});
        QCOMPARE(r.exitCode, 0);
        QMap<QString, QString> values;
        for (const QJsonValue& row : json(r).value(u"rows"_s).toArray())
            values.insert(row.toObject().value(u"key"_s).toString(),
                          row.toObject().value(u"value"_s).toString());
        QCOMPARE(values.value(u"reporting_currency"_s), u"PLN"_s);
        QCOMPARE(values.value(u"attribution_lookback_days"_s), u"30"_s);
        r = run(at + QStringList{u"attribution"_s});
        QCOMPARE(json(r).value(u"meta"_s).toObject().value(u"lookback_days"_s).toInt(), 30);
        // A shorter timeout set for the workspace splits later imports' visits sooner.
        QCOMPARE(run(at + QStringList{u"settings"_s, u"--set"_s, u"session_timeout_minutes=5"_s})
                     .exitCode,
                 0);
        const QString visits = m_home.filePath(u"gap.csv"_s);
        QVERIFY(test::writeFile(visits, "visitor,time,url\nG,2024-03-05T10:00:00Z,https://x.com/\n"
                                        "G,2024-03-05T10:10:00Z,https://x.com/a\n"));
        r = run(at + QStringList{u"import"_s, u"tracking"_s, visits});
        QCOMPARE(json(r).value(u"meta"_s).toObject().value(u"sessions"_s).toInt(), 2);
        QCOMPARE(run(at + QStringList{u"settings"_s, u"--set"_s, u"reporting_currency=zloty"_s})
                     .exitCode,
                 2);
        QCOMPARE(run(at + QStringList{u"settings"_s, u"--set"_s, u"colour=blue"_s}).exitCode, 1);
    }

    void reportsTheFunnel()
    {
        const QStringList at = {u"--workspace"_s, m_demo, u"--format"_s, u"json"_s};
        Run r = run(at + QStringList{u"funnel"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject meta = json(r).value(u"meta"_s).toObject();
        QCOMPARE(meta.value(u"visitors"_s).toInt(), 20000);
        QCOMPARE(meta.value(u"leads"_s).toInt(), 1567);
        QCOMPARE(meta.value(u"customers"_s).toInt() <= 150, true);
        QCOMPARE(json(r).value(u"columns"_s).toArray().first().toString(), u"channel"_s);
        QCOMPARE(run(at + QStringList{u"funnel"_s, u"--model"_s, u"linear"_s}).exitCode, 1);
    }

    // A custom funnel from a steps file and saved by name; from lead to won it counts the
    // standard funnel's customers.
    void reportsACustomFunnel()
    {
        const QStringList at = {u"--workspace"_s, m_demo, u"--format"_s, u"json"_s};
        const QString steps = m_home.filePath(u"steps.json"_s);
        QFile file(steps);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"steps\": [{\"type\": \"lead\"}, {\"type\": \"won\"}]}");
        file.close();
        Run r = run(at + QStringList{u"funnel"_s, u"--steps"_s, steps, u"--intervals"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray rows = json(r).value(u"rows"_s).toArray();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0].toObject().value(u"people"_s).toInt(), 1567);
        const int customers = json(run(at + QStringList{u"funnel"_s}))
                                  .value(u"meta"_s)
                                  .toObject()
                                  .value(u"customers"_s)
                                  .toInt();
        QCOMPARE(rows[1].toObject().value(u"people"_s).toInt(), customers);
        const double low = rows[1].toObject().value(u"from_previous_low"_s).toDouble();
        const double rate = rows[1].toObject().value(u"from_previous"_s).toDouble();
        QVERIFY(low > 0 && low < rate);
        QCOMPARE(json(r).value(u"meta"_s).toObject().value(u"intervals"_s).toString(),
                 u"wilson_95"_s);

        QCOMPARE(
            run(at + QStringList{u"funnel"_s, u"save"_s, u"Lead to won"_s, u"--steps"_s, steps})
                .exitCode,
            0);
        Run saved =
            run(at + QStringList{u"funnel"_s, u"--saved"_s, u"Lead to won"_s, u"--intervals"_s});
        QCOMPARE(saved.exitCode, 0);
        QCOMPARE(json(saved).value(u"rows"_s), json(r).value(u"rows"_s));
        QVERIFY(run(at + QStringList{u"funnel"_s, u"list"_s}).out.contains(u"Lead to won"_s));
        QCOMPARE(run(at + QStringList{u"funnel"_s, u"remove"_s, u"Lead to won"_s}).exitCode, 0);
        QCOMPARE(run(at + QStringList{u"funnel"_s, u"--saved"_s, u"Lead to won"_s}).exitCode, 3);
        QCOMPARE(
            run(at + QStringList{u"funnel"_s, u"--steps"_s, steps, u"--order"_s, u"sideways"_s})
                .exitCode,
            1);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"steps\": [{\"type\": \"lead\"}]}");
        file.close();
        Run bad = run(at + QStringList{u"funnel"_s, u"--steps"_s, steps});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains(u"steps.json"_s) && bad.err.contains(u"at least two"_s),
                 qPrintable(bad.err));
    }

    // Bootstrap bounds: the same seed gives the same bounds; each credit lies within its own.
    void boundsCreditsByTheBootstrap()
    {
        const QStringList at = {u"--workspace"_s, m_demo, u"--format"_s, u"json"_s};
        const QStringList markov =
            at + QStringList{u"attribution"_s, u"--model"_s, u"markov"_s, u"--bootstrap"_s,
                             u"50"_s,          u"--seed"_s,  u"3"_s};
        const Run first = run(markov);
        QCOMPARE(first.exitCode, 0);
        QCOMPARE(run(markov).out, first.out);
        // --intervals: the bootstrap's, 200 resamples.
        const Run intervals =
            run(at + QStringList{u"attribution"_s, u"--model"_s, u"first_touch"_s,
                                 u"--intervals"_s});
        QCOMPARE(intervals.exitCode, 0);
        QCOMPARE(json(intervals)
                     .value(u"meta"_s)
                     .toObject()
                     .value(u"bootstrap"_s)
                     .toObject()
                     .value(u"replicates"_s)
                     .toInt(),
                 200);
        QVERIFY(json(intervals).value(u"rows"_s).toArray()[0].toObject().contains(
            u"conversions_low"_s));
        Run channels = run(at + QStringList{u"channels"_s, u"--bootstrap"_s, u"50"_s});
        QCOMPARE(channels.exitCode, 0);
        const QJsonArray rows = json(channels).value(u"rows"_s).toArray();
        QVERIFY(rows.size() > 3);
        for (const QJsonValue& row : rows) {
            const QJsonObject r = row.toObject();
            for (const QString& key : {u"leads"_s, u"customers"_s, u"revenue"_s})
                QVERIFY2(r.value(key + u"_low"_s).toDouble() <= r.value(key).toDouble() + 1e-6 &&
                             r.value(key).toDouble() <= r.value(key + u"_high"_s).toDouble() + 1e-6,
                         qPrintable(r.value(u"channel"_s).toString() + u' ' + key));
        }
        QCOMPARE(json(channels)
                     .value(u"meta"_s)
                     .toObject()
                     .value(u"bootstrap"_s)
                     .toObject()
                     .value(u"replicates"_s)
                     .toInt(),
                 50);
        QCOMPARE(run(at + QStringList{u"channels"_s, u"--bootstrap"_s, u"x"_s}).exitCode, 1);
    }

    // The funnel's rates by the bootstrap: seeded, each rate within its bounds, close to
    // Wilson's on this many people; custom funnels too; not both kinds at once.
    void boundsFunnelRatesByTheBootstrap()
    {
        const QStringList at = {u"--workspace"_s, m_demo, u"--format"_s, u"json"_s};
        const QStringList standard =
            at + QStringList{u"funnel"_s, u"--bootstrap"_s, u"100"_s, u"--seed"_s, u"5"_s};
        const Run boot = run(standard);
        QCOMPARE(boot.exitCode, 0);
        QCOMPARE(run(standard).out, boot.out);
        const Run wilson = run(at + QStringList{u"funnel"_s, u"--intervals"_s});
        const QJsonArray rows = json(boot).value(u"rows"_s).toArray();
        const QJsonArray wilsonRows = json(wilson).value(u"rows"_s).toArray();
        QCOMPARE(rows.size(), wilsonRows.size());
        QCOMPARE(json(boot).value(u"meta"_s).toObject().value(u"intervals"_s).toString(),
                 u"bootstrap_95"_s);
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const QJsonObject r = rows[i].toObject();
            const QJsonObject w = wilsonRows[i].toObject();
            if (r.value(u"leads"_s).toInt() < 100)
                continue;
            const double rate = r.value(u"lead_to_opportunity"_s).toDouble();
            const double low = r.value(u"lead_to_opportunity_low"_s).toDouble();
            const double high = r.value(u"lead_to_opportunity_high"_s).toDouble();
            QVERIFY2(low < rate && rate < high, qPrintable(r.value(u"channel"_s).toString()));
            const double width = w.value(u"lead_to_opportunity_high"_s).toDouble() -
                                 w.value(u"lead_to_opportunity_low"_s).toDouble();
            QVERIFY2(std::abs((high - low) - width) < 0.35 * width,
                     qPrintable(r.value(u"channel"_s).toString()));
        }

        const QString steps = m_home.filePath(u"bootsteps.json"_s);
        QFile file(steps);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"steps\": [{\"type\": \"lead\"}, {\"type\": \"opportunity\"}, "
                   "{\"type\": \"won\"}]}");
        file.close();
        const Run custom =
            run(at + QStringList{u"funnel"_s, u"--steps"_s, steps, u"--bootstrap"_s, u"100"_s});
        QCOMPARE(custom.exitCode, 0);
        const QJsonArray stepsRows = json(custom).value(u"rows"_s).toArray();
        QCOMPARE(stepsRows.size(), 3);
        for (qsizetype k = 1; k < 3; ++k) {
            const QJsonObject r = stepsRows[k].toObject();
            QVERIFY(r.value(u"from_previous_low"_s).toDouble() < r.value(u"from_previous"_s).toDouble());
            QVERIFY(r.value(u"from_first"_s).toDouble() < r.value(u"from_first_high"_s).toDouble());
        }
        QCOMPARE(run(at + QStringList{u"funnel"_s, u"--intervals"_s, u"--bootstrap"_s, u"20"_s})
                     .exitCode,
                 1);
    }

    void reportsTrends()
    {
        const QStringList at = {u"--workspace"_s, m_demo, u"--format"_s, u"json"_s};
        Run r = run(
            at + QStringList{u"trend"_s, u"--metric"_s, u"sessions"_s, u"--period"_s, u"month"_s});
        QCOMPARE(r.exitCode, 0);
        qint64 sessions = 0;
        for (const QJsonValue& row : json(r).value(u"rows"_s).toArray())
            sessions += row.toObject().value(u"sessions"_s).toInteger();
        QCOMPARE(sessions, 59623);
        QCOMPARE(json(r).value(u"meta"_s).toObject().value(u"total"_s).toInteger(), 59623);
        QCOMPARE(run(at + QStringList{u"trend"_s, u"--period"_s, u"fortnight"_s}).exitCode, 1);
        QCOMPARE(run(at + QStringList{u"trend"_s, u"--metric"_s, u"likes"_s}).exitCode, 1);
    }

    void showsAJourney()
    {
        const QStringList at = {u"--workspace"_s, m_demo, u"--format"_s, u"json"_s};
        auto opened = Workspace::open(m_demo, Workspace::Access::ReadOnly);
        QVERIFY(opened.ok());
        const QString email =
            test::queryRows((*opened)->database(),
                            "SELECT c.email FROM contacts c JOIN deals d ON d.contact_id = c.id "
                            "WHERE d.outcome = 'won' ORDER BY c.id LIMIT 1")
                .value(0);
        QVERIFY(!email.isEmpty());
        const Run r = run(at + QStringList{u"journey"_s, email});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject root = json(r);
        QStringList kinds;
        for (const QJsonValue& row : root.value(u"rows"_s).toArray())
            kinds.append(row.toObject().value(u"kind"_s).toString());
        QVERIFY(kinds.contains(u"session"_s));
        QVERIFY(kinds.contains(u"lead"_s));
        QVERIFY(kinds.contains(u"outcome"_s));
        const QJsonObject credit = root.value(u"meta"_s).toObject().value(u"credit"_s).toObject();
        QCOMPARE(credit.value(u"meta"_s).toObject().value(u"conversion"_s).toString(),
                 u"customer"_s);
        double linear = 0;
        for (const QJsonValue& row : credit.value(u"rows"_s).toArray())
            linear += row.toObject().value(u"linear"_s).toDouble();
        QVERIFY(std::abs(linear - 1) < 0.01);
        QCOMPARE(run(at + QStringList{u"journey"_s, u"nobody@example.com"_s}).exitCode, 2);
    }

    void reviewsIdentities()
    {
        const QString csv = m_home.filePath(u"forms.csv"_s);
        QVERIFY(test::writeFile(
            csv, "visitor,time,url,event,email\n"
                 "A,2024-03-05T10:02:00Z,https://www.fjordly.com/demo,form_submit,anna@fjordly.pl\n"
                 "A,2024-03-07T12:00:00Z,https://www.fjordly.com/demo,form_submit,bob@x.nl\n"));
        const QString ws = m_home.filePath(u"identities.leadloop"_s);
        const QStringList at = {u"--workspace"_s, ws, u"--format"_s, u"json"_s};
        Run r = run(at + QStringList{u"import"_s, u"tracking"_s, csv});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(json(r).value(u"meta"_s).toObject().value(u"identity_conflicts"_s).toInt(), 1);
        r = run(at + QStringList{u"identities"_s, u"--conflicts"_s});
        QCOMPARE(r.exitCode, 0);
        QJsonArray rows = json(r).value(u"rows"_s).toArray();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows[0].toObject().value(u"other_email"_s).toString(), u"bob@x.nl"_s);
        QCOMPARE(run(at + QStringList{u"keep-apart"_s, u"A"_s, u"bob@x.nl"_s, u"--by"_s, u"Piet"_s})
                     .exitCode,
                 0);
        r = run(at + QStringList{u"identities"_s, u"--conflicts"_s});
        QCOMPARE(json(r).value(u"rows"_s).toArray().size(), 0);
        r = run(at + QStringList{u"unlink"_s, u"A"_s, u"anna@fjordly.pl"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(json(r).value(u"rows"_s).toArray().size(), 0); // no links left
        QCOMPARE(run(at + QStringList{u"unlink"_s, u"A"_s, u"anna@fjordly.pl"_s}).exitCode, 2);
        QCOMPARE(run(at + QStringList{u"link"_s, u"A"_s}).exitCode, 1);
    }

    void tagsLeadsAndExportsOutcomes()
    {
        const QString ws = m_home.filePath(u"tagging.leadloop"_s);
        QVERIFY(QFile::copy(m_demo, ws));
        QString email;
        {
            auto opened = Workspace::open(ws, Workspace::Access::ReadOnly);
            QVERIFY(opened.ok());
            auto contact = (*opened)->database().scalar(
                u"SELECT contact_id FROM deals WHERE outcome = 'open' AND contact_id IN (SELECT "
                u"contact_id FROM deals GROUP BY contact_id HAVING count(*) = 1) ORDER BY id "
                u"LIMIT 1"_s);
            QVERIFY(contact.ok());
            const QByteArray sql =
                "SELECT email FROM contacts WHERE id = " + QByteArray::number(*contact);
            email = test::queryRows((*opened)->database(), sql.constData()).value(0);
            QVERIFY(!email.isEmpty());
        }
        const QStringList at = {u"--workspace"_s, ws, u"--format"_s, u"json"_s};
        Run r = run(at + QStringList{u"tag"_s, email, u"won"_s, u"--amount"_s, u"12 500,00"_s,
                                     u"--currency"_s, u"pln"_s, u"--by"_s, u"Anna"_s, u"--note"_s,
                                     u"=SUM(A1)"_s});
        QCOMPARE(r.exitCode, 0);
        QJsonObject row = json(r).value(u"rows"_s).toArray().at(0).toObject();
        QCOMPARE(row.value(u"new_outcome"_s).toString(), u"won"_s);
        QCOMPARE(row.value(u"amount"_s).toString(), u"12500.00"_s);
        QCOMPARE(row.value(u"currency"_s).toString(), u"PLN"_s);
        QCOMPARE(row.value(u"by"_s).toString(), u"Anna"_s);

        r = run(at + QStringList{u"tag"_s, email, u"lost"_s});
        QCOMPARE(r.exitCode, 1); // lost needs a reason
        QVERIFY(r.err.contains(u"reason"_s));
        QCOMPARE(run(at + QStringList{u"tag"_s, u"nobody@example.com"_s, u"won"_s}).exitCode, 2);
        QCOMPARE(
            run(at + QStringList{u"tag"_s, email, u"won"_s, u"--amount"_s, u"lots"_s}).exitCode, 1);

        r = run(at + QStringList{u"untag"_s, email, u"--by"_s, u"Piet"_s});
        QCOMPARE(r.exitCode, 0);
        row = json(r).value(u"rows"_s).toArray().at(0).toObject();
        QCOMPARE(row.value(u"old_outcome"_s).toString() + u'>' +
                     row.value(u"new_outcome"_s).toString(),
                 u"won>open"_s);

        r = run(at + QStringList{u"history"_s, email});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray events = json(r).value(u"rows"_s).toArray();
        QCOMPARE(events.size(), 2);
        QCOMPARE(events.at(1).toObject().value(u"origin"_s).toString(), u"undo"_s);

        QVERIFY(run(at + QStringList{u"tag"_s, email, u"won"_s, u"--amount"_s, u"10"_s, u"--note"_s,
                                     u"=SUM(A1)"_s})
                    .exitCode == 0);
        const QString file = m_home.filePath(u"outcomes.csv"_s);
        r = run(at + QStringList{u"export"_s, u"outcomes"_s, file});
        QCOMPARE(r.exitCode, 0);
        QFile exported(file);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(exported.readAll()).split(u"\r\n"_s);
        QCOMPARE(lines.first(), u"leadloop_deal_id,deal_id,contact_id,email,outcome,amount,"
                                u"currency,reason,tagged_by,tagged_at,note"_s);
        QCOMPARE(lines.filter(email).size(), 1);
        QVERIFY(lines.filter(email).first().endsWith(u",'=SUM(A1)"_s)); // escaped formula
        QCOMPARE(run(at + QStringList{u"export"_s, u"leads"_s, file}).exitCode, 1);

        r = run(at + QStringList{u"lost-reasons"_s, u"--add"_s, u"went with Excel"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(json(r).value(u"rows"_s).toArray().last().toObject().value(u"reason"_s),
                 u"went with Excel"_s);
        QCOMPARE(run(at + QStringList{u"lost-reasons"_s, u"--add"_s, u"PRICE"_s}).exitCode, 2);
    }

    void importsTrackingAndReportsSessions()
    {
        const QString csv = m_home.filePath(u"visits.csv"_s);
        QVERIFY(test::writeFile(
            csv, "visitor_id,timestamp,url,referrer\n"
                 "A,2024-03-05T10:00:00Z,https://x.com/?utm_source=google&utm_medium=cpc,\n"
                 "A,2024-03-05T10:05:00Z,https://x.com/pricing,https://x.com/\n"
                 ",2024-03-05T10:06:00Z,https://x.com/,\n"
                 "B,2024-03-05T11:00:00Z,https://x.com/,https://www.bing.com/\n"));
        const QString ws = m_home.filePath(u"imported.leadloop"_s);
        const QString rejects = m_home.filePath(u"rejected.csv"_s);
        const Run r = run({u"--workspace"_s, ws, u"import"_s, u"tracking"_s, csv, u"--format"_s,
                           u"json"_s, u"--rejects"_s, rejects});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject meta = json(r).value(u"meta"_s).toObject();
        QCOMPARE(meta.value(u"rows_read"_s).toInt(), 4);
        QCOMPARE(meta.value(u"rows_imported"_s).toInt(), 3);
        QCOMPARE(meta.value(u"rows_rejected"_s).toInt(), 1);
        QCOMPARE(meta.value(u"duplicates"_s).toInt(), 0);
        QCOMPARE(meta.value(u"visitors"_s).toInt(), 2);
        QCOMPARE(meta.value(u"sessions"_s).toInt(), 2);
        QCOMPARE(meta.value(u"batch"_s).toInt(), 1);
        const QJsonArray issues = json(r).value(u"rows"_s).toArray();
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues[0].toObject().value(u"row"_s).toInt(), 4);
        QCOMPARE(issues[0].toObject().value(u"column"_s).toString(), u"visitor_id"_s);
        QFile saved(rejects);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QVERIFY(saved.readAll().contains("4,visitor_id,The visitor id is empty."));

        const Run again =
            run({u"--workspace"_s, ws, u"import"_s, u"tracking"_s, csv, u"--format"_s, u"json"_s});
        QCOMPARE(json(again).value(u"meta"_s).toObject().value(u"duplicates"_s).toInt(), 3);

        const Run batches = run({u"--workspace"_s, ws, u"imports"_s, u"--format"_s, u"json"_s});
        QCOMPARE(batches.exitCode, 0);
        const QJsonArray list = json(batches).value(u"rows"_s).toArray();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list[0].toObject().value(u"kind"_s).toString(), u"tracking"_s);
        QCOMPARE(list[1].toObject().value(u"rows_imported"_s).toInt(), 0);

        const Run sessions = run({u"--workspace"_s, ws, u"sessions"_s, u"--format"_s, u"json"_s});
        QCOMPARE(sessions.exitCode, 0);
        QCOMPARE(json(sessions).value(u"columns"_s).toArray(),
                 QJsonArray({u"channel"_s, u"sessions"_s, u"visitors"_s, u"pageviews"_s}));
        QStringList channels;
        for (const QJsonValue& row : json(sessions).value(u"rows"_s).toArray())
            channels.append(row.toObject().value(u"channel"_s).toString() + u'=' +
                            QString::number(row.toObject().value(u"pageviews"_s).toInt()));
        channels.sort();
        QCOMPARE(channels, (QStringList{u"Organic Search=1"_s, u"Paid Search=2"_s}));
        const Run bySource = run({u"--workspace"_s, ws, u"sessions"_s, u"--by"_s,
                                  u"source-medium"_s, u"--format"_s, u"csv"_s});
        QVERIFY(bySource.out.startsWith(u"source_medium,sessions,visitors,pageviews\r\n"_s));
        QVERIFY(bySource.out.contains(u"google / cpc,1,1,2"_s));
    }

    void importsWithAPresetSavedInTheDesktop()
    {
        // Saved as the desktop's import wizard saves it, in the config folder the CLI reads.
        ImportPresets presets(m_home.filePath(u"config/LeadLoop/import-presets.json"_s));
        QVERIFY(presets
                    .save(u"tracking"_s, u"Sklep PL"_s,
                          {{u"visitor"_s, u"Klient"_s},
                           {u"time"_s, u"Czas, UTC"_s},
                           {u"url"_s, u"Adres"_s}})
                    .ok());
        const QString csv = m_home.filePath(u"sklep.csv"_s);
        QVERIFY(test::writeFile(csv, "Klient;\"Czas, UTC\";Adres;Kanał\n"
                                     "K1;2024-03-05T10:00:00Z;https://x.pl/;x\n"
                                     "K1;2024-03-05T10:03:00Z;https://x.pl/cennik;x\n"
                                     "K2;2024-03-05T12:00:00Z;https://x.pl/;x\n"));
        const QString ws = m_home.filePath(u"preset.leadloop"_s);
        const Run r = run({u"--workspace"_s, ws, u"import"_s, u"tracking"_s, csv, u"--preset"_s,
                           u"Sklep PL"_s, u"--format"_s, u"json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject meta = json(r).value(u"meta"_s).toObject();
        QCOMPARE(meta.value(u"rows_imported"_s).toInt(), 3);
        QCOMPARE(meta.value(u"visitors"_s).toInt(), 2);
        QCOMPARE(meta.value(u"sessions"_s).toInt(), 2);
        // --map pairs override the preset's columns: now the visitor is the "Kanał" column.
        const QString other = m_home.filePath(u"preset2.leadloop"_s);
        const Run overridden =
            run({u"--workspace"_s, other, u"import"_s, u"tracking"_s, csv, u"--preset"_s,
                 u"Sklep PL"_s, u"--map"_s, u"visitor=Kanał"_s, u"--format"_s, u"json"_s});
        QCOMPARE(overridden.exitCode, 0);
        QCOMPARE(json(overridden).value(u"meta"_s).toObject().value(u"visitors"_s).toInt(), 1);
        // A name that is neither built in nor saved: bad input, naming what there is.
        const Run unknown = run(
            {u"--workspace"_s, other, u"import"_s, u"tracking"_s, csv, u"--preset"_s, u"Sklep"_s});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains(u"Sklep PL"_s) && unknown.err.contains(u"snowplow"_s),
                 qPrintable(unknown.err));
    }

    void switchesTheChannelGrouping()
    {
        const QString csv = m_home.filePath(u"grouping.csv"_s);
        QVERIFY(test::writeFile(csv, "visitor,time,url\nA,2024-03-05T10:00:00Z,https://x.com/"
                                     "?utm_source=newsletter&utm_medium=email\n"));
        const QString ws = m_home.filePath(u"grouping.leadloop"_s);
        QCOMPARE(run({u"--workspace"_s, ws, u"import"_s, u"tracking"_s, csv}).exitCode, 0);
        const Run hubspot = run({u"--workspace"_s, ws, u"reclassify"_s, u"--rule-set"_s,
                                 u"hubspot"_s, u"--format"_s, u"json"_s});
        QCOMPARE(hubspot.exitCode, 0);
        const QJsonObject root = json(hubspot);
        QCOMPARE(root.value(u"meta"_s).toObject().value(u"rule_set"_s).toString(), u"hubspot"_s);
        QCOMPARE(root.value(u"meta"_s).toObject().value(u"changed"_s).toInt(), 1);
        QCOMPARE(root.value(u"rows"_s).toArray()[0].toObject().value(u"channel"_s).toString(),
                 u"Email marketing"_s);
        const Run tester =
            run({u"--workspace"_s, ws, u"classify"_s, u"--source"_s, u"google"_s, u"--medium"_s,
                 u"cpc"_s, u"--click-id"_s, u"gclid"_s, u"--format"_s, u"csv"_s});
        QCOMPARE(tester.out, u"channel,rule\r\nPaid search,hubspot:gclid\r\n"_s);
        const Run bad =
            run({u"--workspace"_s, ws, u"reclassify"_s, u"--rule-set"_s, u"omniture"_s});
        QCOMPARE(bad.exitCode, 2);
    }

    void importErrors_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("stderrHas");
        QTest::newRow("missing file")
            << QStringList{u"import"_s, u"tracking"_s, u"/nonexistent.csv"_s} << 2
            << u"Cannot read"_s;
        QTest::newRow("no kind") << QStringList{u"import"_s} << 1
                                 << u"import tracking|crm|costs|rates FILE"_s;
        QTest::newRow("unknown kind")
            << QStringList{u"import"_s, u"weather"_s, u"x.csv"_s} << 1 << u"weather"_s;
        QTest::newRow("bad map") << QStringList{u"import"_s, u"tracking"_s, u"@CSV@"_s, u"--map"_s,
                                                u"colour=x"_s}
                                 << 2 << u"--map"_s;
        QTest::newRow("bad preset")
            << QStringList{u"import"_s, u"tracking"_s, u"@CSV@"_s, u"--preset"_s, u"omniture"_s}
            << 2 << u"--preset"_s;
        QTest::newRow("bad delimiter")
            << QStringList{u"import"_s, u"tracking"_s, u"@CSV@"_s, u"--delimiter"_s, u"x"_s} << 2
            << u"--delimiter"_s;
        QTest::newRow("bad zone") << QStringList{u"import"_s, u"tracking"_s, u"@CSV@"_s,
                                                 u"--timezone"_s, u"Mars/Olympus"_s}
                                  << 2 << u"--timezone"_s;
        QTest::newRow("bad dimension")
            << QStringList{u"sessions"_s, u"--by"_s, u"weather"_s} << 1 << u"--by"_s;
    }

    void importErrors()
    {
        QFETCH(QStringList, extra);
        QFETCH(int, exitCode);
        QFETCH(QString, stderrHas);
        const QString csv = m_home.filePath(u"small.csv"_s);
        QVERIFY(test::writeFile(csv, "visitor_id,timestamp\nA,2024-03-05T10:00:00Z\n"));
        extra.replaceInStrings(u"@CSV@"_s, csv);
        const QString ws = m_home.filePath(u"errors.leadloop"_s);
        const Run r = run(QStringList{u"--workspace"_s, ws} + extra);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(stderrHas), qPrintable(r.err));
    }

    void usesTheDefaultWorkspace()
    {
        const Run created = run({u"demo"_s, u"--seed"_s, u"3"_s});
        QCOMPARE(created.exitCode, 0);
        const QString expected = m_home.filePath(u"data/LeadLoop/LeadLoop/default.leadloop"_s);
        QVERIFY2(QFile::exists(expected), qPrintable(created.out));
        const Run info = run({u"info"_s, u"--format"_s, u"json"_s});
        QCOMPARE(info.exitCode, 0);
        QCOMPARE(json(info).value(u"meta"_s).toObject().value(u"workspace"_s).toString(), expected);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
