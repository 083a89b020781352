// Killing LeadLoop at random points of every write (docs/testing.md, "Faults"): `leadloop-cli`
// runs an operation on a copy of a workspace and gets SIGKILL after a delay spread over the
// operation's whole run. Then the next command works without cleaning up by hand (a crashed
// writer's journal and lock are recognised), PRAGMA integrity_check is ok, and every table is
// as it was either before the operation or after it: never in between.
#include "childprocess.h"
#include "smalldemo.h"
#include "store/database.h"
#include "store/migrationplan.h"
#include "store/workspace.h"
#include "store/workspacefile.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTest>

using namespace leadloop;
using namespace Qt::StringLiterals;

namespace {

/// Kill points per operation; LEADLOOP_KILL_POINTS overrides (the issue asks for 50 at least).
int killPoints()
{
    const int given = qEnvironmentVariableIntValue("LEADLOOP_KILL_POINTS");
    return given > 0 ? given : 50;
}

/// One write as a user runs it: its arguments (after --workspace), and what it reads.
struct Operation
{
    QStringList arguments;
    /// The command that reads after a kill, proving none needs cleaning up by hand (none for
    /// `upgrade`: reading commands refuse a workspace that is not upgraded yet).
    QStringList read = {QStringLiteral("info")};
};

} // namespace

class TestKillFaults : public QObject
{
    Q_OBJECT

    test::ScratchDir m_dir;
    QString m_demo;     ///< a small current workspace
    QString m_version2; ///< a workspace from before page checksums, for `upgrade`
    qint64 m_startedAt = 0;
    QString m_config;

    /// Starts the CLI on a workspace; returns its process.
    std::unique_ptr<test::ChildProcess> startCli(const QString& workspace,
                                                 const QStringList& arguments)
    {
        auto process = std::make_unique<test::ChildProcess>();
        process->start(QStringLiteral(LEADLOOP_CLI_PATH),
                       QStringList{u"--workspace"_s, workspace, u"--format"_s, u"csv"_s} +
                           arguments,
                       {{u"XDG_CONFIG_HOME"_s, m_config}, {u"XDG_DATA_HOME"_s, m_config}},
                       test::ChildProcess::Channels::Merged);
        return process;
    }

    int runCli(const QString& workspace, const QStringList& arguments, QByteArray* output = nullptr)
    {
        auto process = startCli(workspace, arguments);
        if (!process->waitForFinished(120'000))
            return -1;
        if (output)
            *output = process->standardOutput();
        return process->exitCode();
    }

    /// Each table's rows, digested; times written as "now" by the operation (started or
    /// recorded at) read as NOW, since no two runs write the same. A read error is a digest too.
    QMap<QString, QByteArray> digests(const QString& path)
    {
        // As any SQLite program would open it (a journal left behind is rolled back).
        auto opened = Database::open(path, Database::Access::ReadWrite);
        if (!opened)
            return {{u"(open error)"_s, opened.error().message.toUtf8()}};
        Database& db = **opened;
        const QStringList check = test::queryRows(db, "PRAGMA integrity_check");
        if (check != QStringList{u"ok"_s})
            return {{u"(integrity)"_s, check.join(u';').toUtf8()}};
        static const QRegularExpression number(u"(?<![0-9])([0-9]{13})(?![0-9])"_s);
        QMap<QString, QByteArray> result;
        result.insert(u"(schema version)"_s,
                      test::queryRows(db, "PRAGMA user_version").value(0).toUtf8());
        const QStringList tables = test::queryRows(
            db, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
        for (const QString& table : tables) {
            QStringList rows =
                test::queryRows(db, ("SELECT * FROM \"" + table.toUtf8() + "\"").constData());
            for (QString& row : rows) {
                QString masked;
                qsizetype last = 0;
                for (auto it = number.globalMatch(row); it.hasNext();) {
                    const auto m = it.next();
                    masked += row.mid(last, m.capturedStart() - last);
                    masked += m.captured().toLongLong() >= m_startedAt ? u"NOW"_s : m.captured();
                    last = m.capturedEnd();
                }
                row = masked + row.mid(last);
            }
            rows.sort();
            result.insert(table, QCryptographicHash::hash(rows.join(u'\n').toUtf8(),
                                                          QCryptographicHash::Sha256)
                                     .toHex());
        }
        return result;
    }

    QString copyOf(const QString& source, const QString& name)
    {
        const QString path = m_dir.path(name);
        QFile::remove(path);
        QFile::remove(path + u"-journal"_s);
        QFile::remove(path + u".lock"_s);
        QDir(path + u".snapshots"_s).removeRecursively();
        if (!QFile::copy(source, path))
            return {};
        QFile(path).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        return path;
    }

    /// The fault run of one operation on `base`.
    void killAtRandomPoints(const QString& base, const Operation& op)
    {
        // Before, and after a run to completion (timed).
        const QString reference = copyOf(base, u"reference.leadloop"_s);
        const auto before = digests(reference);
        QVERIFY(!before.contains(u"(open error)"_s));
        QElapsedTimer timer;
        timer.start();
        QByteArray output;
        QCOMPARE(runCli(reference, op.arguments, &output), 0);
        const qint64 duration = timer.elapsed();
        const auto after = digests(reference);
        QVERIFY(!after.contains(u"(open error)"_s));
        QVERIFY2(before != after, output.constData());

        const int points = killPoints();
        int killedBefore = 0, killedAfter = 0, finished = 0;
        for (int i = 0; i < points; ++i) {
            const QString path = copyOf(base, u"killed.leadloop"_s);
            QVERIFY(!path.isEmpty());
            // Spread over the whole run, start-up included, with the last points just past it.
            const int delay = int(duration * (0.15 + 1.15 * (i + 0.5) / points));
            auto process = startCli(path, op.arguments);
            if (process->waitForFinished(delay)) {
                ++finished;
            } else {
                process->kill(); // SIGKILL: no handler runs, nothing is flushed
                QVERIFY(process->waitForFinished(10'000));
            }
            // The next command needs no cleaning up by hand: it reads.
            QByteArray info;
            if (!op.read.isEmpty())
                QVERIFY2(runCli(path, op.read, &info) == 0, info.constData());
            const auto now = digests(path);
            const bool isBefore = now == before;
            const bool isAfter = now == after;
            if (!isBefore && !isAfter) {
                QStringList differing;
                for (auto it = now.cbegin(); it != now.cend(); ++it)
                    if (before.value(it.key()) != it.value() && after.value(it.key()) != it.value())
                        differing.append(it.key());
                QFAIL(qPrintable(
                    u"killed after %1 ms: neither before nor after in %2"_s.arg(delay).arg(
                        differing.join(u", "_s))));
            }
            (isBefore ? killedBefore : killedAfter)++;
            // And the operation itself works next time, from where it was left.
            if (isBefore) {
                QVERIFY2(runCli(path, op.arguments, &output) == 0,
                         qPrintable(u"killed after %1 ms, then: %2"_s.arg(delay).arg(
                             QString::fromUtf8(output))));
                const auto again = digests(path);
                QStringList differing;
                for (auto it = again.cbegin(); it != again.cend(); ++it)
                    if (after.value(it.key()) != it.value())
                        differing.append(it.key() + u'=' + QString::fromUtf8(it.value()));
                QVERIFY2(differing.isEmpty(), qPrintable(differing.join(u", "_s)));
            }
        }
        qInfo("%d kill points over %lld ms: %d left the state before, %d after (%d finished "
              "first)",
              points, duration, killedBefore, killedAfter, finished);
        // The points fell on both sides: some before the commit, some after it.
        QVERIFY(killedBefore > 0);
    }

    QString firstRow(const QString& path, const char* sql)
    {
        auto db = Database::open(path, Database::Access::ReadOnly);
        return db ? test::queryRows(**db, sql).value(0) : QString();
    }

private slots:
    void initTestCase()
    {
        test::isolateSettings();
        m_config = m_dir.path(u"config"_s);
        m_demo = m_dir.path(u"demo.leadloop"_s);
        QVERIFY(test::writeSmallDemo(m_demo, 2'500, 80, 25));
        m_startedAt = QDateTime::currentMSecsSinceEpoch();

        // Version 2, as LeadLoop wrote it before page checksums, with enough rows that the
        // upgrade's rewrite takes a while.
        m_version2 = m_dir.path(u"v2.leadloop"_s);
        std::vector<Migration> v2 = MigrationPlan::standard().steps();
        v2.resize(2);
        auto old = Database::open(m_version2, Database::Access::ReadWrite);
        QVERIFY(old.ok());
        Database& db = **old;
        QVERIFY(db.exec(
            u"PRAGMA application_id = %1"_s.arg(WorkspaceFileHeader::LeadLoopApplicationId)));
        QVERIFY(MigrationPlan(v2).migrate(db, 0));
        QVERIFY(db.exec(
            u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < "
            u"40000) INSERT INTO contacts (email, first_name, created_at) SELECT "
            u"'lead' || i || '@fjordly.example', 'Name ' || i, 1709290800000 + i FROM n"_s));
    }

    void trackingImport()
    {
        QString csv = u"visitor,time,url,referrer\n"_s;
        for (int i = 0; i < 3000; ++i)
            csv += u"kill-v%1,2024-05-%2T1%3:00:00Z,https://fjordly.example/p%4?utm_source=google&"
                   u"utm_medium=cpc&utm_campaign=kill,https://www.google.com/\n"_s.arg(i % 700)
                       .arg(1 + i % 28, 2, 10, QChar(u'0'))
                       .arg(i % 10)
                       .arg(i);
        const QString file = m_dir.file(u"visits.csv"_s, csv.toUtf8());
        killAtRandomPoints(m_demo, {{u"import"_s, u"tracking"_s, file}});
    }

    void crmImport()
    {
        QString csv = u"email,first_name,company,deal,amount,currency,stage,created\n"_s;
        for (int i = 0; i < 1500; ++i)
            csv += u"kill%1@fjordly.example,Name%1,Company %2,Deal %1,%3.00,EUR,%4,2024-06-01\n"_s
                       .arg(i)
                       .arg(i % 40)
                       .arg(100 + i)
                       .arg(i % 3 == 0 ? u"Closed Won"_s : u"Qualification"_s);
        const QString file = m_dir.file(u"crm.csv"_s, csv.toUtf8());
        killAtRandomPoints(m_demo, {{u"import"_s, u"crm"_s, file}});
    }

    void costImport()
    {
        QString csv = u"date,source,medium,campaign,cost,currency\n"_s;
        for (int i = 0; i < 2000; ++i)
            csv +=
                u"2024-%1-%2,google,cpc,kill-%3,%4.50,EUR\n"_s.arg(1 + i % 12, 2, 10, QChar(u'0'))
                    .arg(1 + i % 28, 2, 10, QChar(u'0'))
                    .arg(i / 300)
                    .arg(i % 97);
        const QString file = m_dir.file(u"costs.csv"_s, csv.toUtf8());
        killAtRandomPoints(m_demo, {{u"import"_s, u"costs"_s, file}});
    }

    void tag()
    {
        const QString lead = firstRow(
            m_demo, "SELECT contact_id FROM deals WHERE outcome = 'open' AND contact_id IS NOT "
                    "NULL ORDER BY id LIMIT 1");
        QVERIFY(!lead.isEmpty());
        killAtRandomPoints(m_demo, {{u"tag"_s, lead, u"won"_s, u"--amount"_s, u"1200"_s, u"--at"_s,
                                     u"2024-06-01T10:00:00Z"_s, u"--by"_s, u"Kim"_s}});
    }

    void untag()
    {
        const QString lead = firstRow(
            m_demo, "SELECT contact_id FROM deals WHERE outcome = 'won' AND contact_id IS NOT "
                    "NULL ORDER BY id LIMIT 1");
        QVERIFY(!lead.isEmpty());
        killAtRandomPoints(m_demo, {{u"untag"_s, lead, u"--by"_s, u"Kim"_s}});
    }

    void unlink()
    {
        const QString link = firstRow(m_demo, "SELECT v.cookie_id || ' ' || l.contact_id FROM "
                                              "identity_links l JOIN visitors v ON v.id = "
                                              "l.visitor_id WHERE l.active = 1 ORDER BY l.id "
                                              "LIMIT 1");
        QVERIFY(!link.isEmpty());
        killAtRandomPoints(m_demo, {{u"unlink"_s, link.section(u' ', 0, 0),
                                     link.section(u' ', 1, 1), u"--by"_s, u"Kim"_s}});
    }

    void batchRemoval()
    {
        const QString batch = firstRow(m_demo, "SELECT id FROM import_batches WHERE status = "
                                               "'committed' ORDER BY id LIMIT 1");
        QVERIFY(!batch.isEmpty());
        killAtRandomPoints(m_demo, {{u"imports"_s, u"--remove"_s, batch}});
    }

    void upgrade() { killAtRandomPoints(m_version2, {{u"upgrade"_s}, {}}); }
};

QTEST_GUILESS_MAIN(TestKillFaults)
#include "tst_killfaults.moc"
