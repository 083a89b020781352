// A damaged workspace never yields figures: every kind of damage gives the message (the CLI's
// reports exit 3), a snapshot restores the reports byte for byte, and a recovery says what it
// lost (docs/workspaces.md).
#include "childprocess.h"
#include "damage.h"
#include "ingest/trackingimporter.h"
#include "smalldemo.h"
#include "store/integritycheck.h"
#include "store/recovery.h"
#include "store/snapshots.h"
#include "store/workspace.h"
#include "testsupport.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace leadloop;
using namespace Qt::StringLiterals;

namespace {

/// What `leadloop-cli` prints and exits with for one command.
struct CliRun
{
    int exitCode = -1;
    QByteArray out;
};

CliRun cli(const QString& workspace, const QStringList& arguments)
{
    static QTemporaryDir home; // the CLI's settings (its integrity cache) stay the test's own
    const test::Finished finished =
        test::runCli(QStringList{u"--workspace"_s, workspace, u"--format"_s, u"csv"_s} + arguments,
                     {{u"XDG_CONFIG_HOME"_s, home.path()}, {u"XDG_DATA_HOME"_s, home.path()}});
    return {finished.exitCode, finished.out};
}

/// Every figure a manager would read, as the CLI prints them.
QByteArray figures(const QString& workspace)
{
    QByteArray all;
    for (const QStringList& report :
         {QStringList{u"funnel"_s}, QStringList{u"channels"_s}, QStringList{u"deals"_s},
          QStringList{u"attribution"_s, u"--model"_s, u"all"_s}}) {
        const CliRun run = cli(workspace, report);
        if (run.exitCode != 0)
            return "exit " + QByteArray::number(run.exitCode);
        all += run.out;
    }
    return all;
}

} // namespace

class TestDamage : public QObject
{
    Q_OBJECT

    test::ScratchDir m_dir;
    QString m_whole;
    QByteArray m_figures;
    int m_copies = 0;

    QString copy()
    {
        const QString path = m_dir.path(u"copy%1.leadloop"_s.arg(++m_copies));
        QFile::copy(m_whole, path);
        return path;
    }

private slots:
    void initTestCase()
    {
        test::isolateSettings();
        m_whole = m_dir.path(u"whole.leadloop"_s);
        QVERIFY(test::writeSmallDemo(m_whole, 3'000, 80, 30));
        m_figures = figures(m_whole);
        QVERIFY(m_figures.size() > 1000);
    }

    void damageGivesTheMessageNeverFigures_data()
    {
        QTest::addColumn<QString>("what");
        for (const char* what :
             {"a byte in a table's data page", "bytes in an index page", "a byte in the header",
              "a byte in the schema page", "a zeroed page", "the file cut short",
              "a page from elsewhere", "random bytes anywhere"})
            QTest::newRow(what) << QString::fromLatin1(what);
    }

    void damageGivesTheMessageNeverFigures()
    {
        QFETCH(QString, what);
        const QString path = copy();
        const qint64 size = QFileInfo(path).size();
        const qint64 page = 4096;
        QRandomGenerator random(42);
        if (what == u"a byte in a table's data page") {
            const QList<qint64> leaves = test::pagesOf(path, u"deals"_s, "leaf");
            QVERIFY(!leaves.isEmpty());
            QVERIFY(test::flipBytes(path, (leaves[leaves.size() / 2] - 1) * page + 1000, 1));
        } else if (what == u"bytes in an index page") {
            const QList<qint64> leaves = test::pagesOf(path, u"sessions_visitor"_s, "leaf");
            QVERIFY(!leaves.isEmpty());
            QVERIFY(test::flipBytes(path, (leaves.front() - 1) * page + 2000, 3));
        } else if (what == u"a byte in the header") {
            QVERIFY(test::flipBytes(path, 44, 1)); // the schema format number
        } else if (what == u"a byte in the schema page") {
            QVERIFY(test::flipBytes(path, 3000, 1));
        } else if (what == u"a zeroed page") {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.seek((test::pagesOf(path, u"sessions"_s, "leaf").value(3) - 1) * page));
            file.write(QByteArray(int(page), '\0'));
        } else if (what == u"the file cut short") {
            QVERIFY(QFile::resize(path, size / 2));
        } else if (what == u"a page from elsewhere") {
            // A sync tool that put one page of the file in another's place.
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.seek(10 * page));
            const QByteArray other = file.read(page);
            QVERIFY(file.seek(20 * page));
            file.write(other);
        } else {
            for (int i = 0; i < 30; ++i)
                QVERIFY(test::flipBytes(path, 100 + random.bounded(size - 100), 1));
        }
        auto check = IntegrityCheck::run(path);
        QVERIFY(!check || !check->whole);
        // No report gives figures: the CLI refuses, exit code 3.
        for (const QStringList& report :
             {QStringList{u"funnel"_s}, QStringList{u"channels"_s}, QStringList{u"info"_s}}) {
            const CliRun run = cli(path, report);
            QCOMPARE(run.exitCode, 3);
            QVERIFY(run.out.isEmpty());
        }
        // Reading anyway is allowed, and any figures it gives are the truth or an error: a
        // damaged page read is an error (exit 3), never a different number.
        const CliRun anyway = cli(path, {u"--allow-damaged"_s, u"funnel"_s});
        QVERIFY(anyway.exitCode == 3 || anyway.exitCode == 0);
        if (anyway.exitCode == 0)
            QVERIFY(m_figures.startsWith(anyway.out));
    }

    /// A writer killed mid-import leaves its journal: the next reader rolls the import back and
    /// sees the workspace as it was; a journal damaged as well never yields other figures.
    void aCrashedWritersJournal_data()
    {
        QTest::addColumn<bool>("damageJournal");
        QTest::newRow("journal as left") << false;
        QTest::newRow("journal damaged too") << true;
    }

    void aCrashedWritersJournal()
    {
        QFETCH(bool, damageJournal);
        const QString path = copy();
        // The state of the files mid-transaction, as a crash leaves them: copied while open.
        const QString crashed = m_dir.path(u"crashed%1.leadloop"_s.arg(++m_copies));
        {
            auto ws = Workspace::open(path, Workspace::Access::ReadWrite);
            QVERIFY(ws.ok());
            Database& db = (*ws)->database();
            QVERIFY(db.exec(u"BEGIN IMMEDIATE; UPDATE deals SET amount_cents = amount_cents + "
                            u"100; DELETE FROM pageviews WHERE seq > 2; PRAGMA cache_spill = 1"_s));
            // Spill: the changed pages reach the file while the journal holds the old ones.
            QVERIFY(db.exec(u"PRAGMA cache_size = 1; UPDATE sessions SET pageviews = 0"_s));
            QVERIFY(QFileInfo::exists(path + u"-journal"_s));
            QVERIFY(QFile::copy(path, crashed));
            QVERIFY(QFile::copy(path + u"-journal"_s, crashed + u"-journal"_s));
            QVERIFY(db.exec(u"ROLLBACK"_s));
        }
        if (damageJournal)
            QVERIFY(test::flipBytes(crashed + u"-journal"_s,
                                    QFileInfo(crashed + u"-journal"_s).size() / 2, 4));
        const QByteArray after = figures(crashed);
        QVERIFY2(after == m_figures || after.startsWith("exit 3"), after.left(200).constData());
        if (!damageJournal) {
            QCOMPARE(after, m_figures);
            QVERIFY(!QFileInfo::exists(crashed + u"-journal"_s));
        }
    }

    /// A snapshot taken before an import puts the reports back byte for byte.
    void snapshotsRestoreTheFigures()
    {
        const QString path = copy();
        {
            auto ws = Workspace::open(path, Workspace::Access::ReadWrite);
            QVERIFY(ws.ok());
            QVERIFY(TrackingImporter::run(
                        **ws,
                        m_dir.file(u"more.csv"_s,
                                   "visitor,time,url\n"
                                   "new,2026-09-01T10:00:00Z,https://fjordly.example/?utm_source="
                                   "google&utm_medium=cpc\n"),
                        {})
                        .ok());
        }
        QVERIFY(figures(path) != m_figures);
        const Snapshots snapshots(path, {});
        auto list = snapshots.list();
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 1);
        QVERIFY(list->front().before.contains(u"more.csv"_s));
        QVERIFY(snapshots.restore(list->front()).ok());
        QCOMPARE(figures(path), m_figures);
        // The state it replaced is kept as well.
        QCOMPARE(snapshots.list()->size(), 2);
    }

    /// The rolling policy keeps the newest, within count and size.
    void snapshotsRoll()
    {
        const QString path = copy();
        SnapshotPolicy policy;
        policy.keep = 2;
        policy.folder = m_dir.path(u"elsewhere"_s);
        const Snapshots snapshots(path, policy);
        auto ws = Workspace::open(path, Workspace::Access::ReadWrite);
        QVERIFY(ws.ok());
        for (const QString& before : {u"one"_s, u"two"_s, u"three"_s})
            QVERIFY(snapshots.take((*ws)->database(), before).ok());
        auto list = snapshots.list();
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->at(0).before, u"three"_s);
        QCOMPARE(list->at(1).before, u"two"_s);
        QVERIFY(list->at(0).path.startsWith(policy.folder));
        policy.maxBytes = list->at(0).bytes + 1; // room for one only: the newest stays
        QVERIFY(Snapshots(path, policy).take((*ws)->database(), u"four"_s).ok());
        QCOMPARE(Snapshots(path, policy).list()->size(), 1);
    }

    /// Recovery salvages all but the damaged page's rows, and says which ids those were.
    void recoveryReportsWhatItLost()
    {
        const QString path = copy();
        const QList<qint64> leaves = test::pagesOf(path, u"sessions"_s, "leaf");
        QVERIFY(leaves.size() > 4);
        auto before = Workspace::open(path, Workspace::Access::ReadOnly);
        QVERIFY(before.ok());
        const qint64 sessions =
            (*before)->database().scalar(u"SELECT count(*) FROM sessions"_s).value();
        before->reset();
        QVERIFY(test::flipBytes(path, (leaves[2] - 1) * 4096 + 3000, 1));
        const QString out = m_dir.path(u"recovered.leadloop"_s);
        auto report = Recovery::run(path, out);
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
        QVERIFY(!report->complete());
        QCOMPARE(report->badPages, 1u);
        const auto it = std::find_if(report->tables.begin(), report->tables.end(),
                                     [](const TableRecovery& t) { return t.table == u"sessions"; });
        QVERIFY(it != report->tables.end());
        QVERIFY(it->lostAtMost > 0);
        QCOMPARE(it->recovered + it->lostAtMost, sessions);
        QCOMPARE(it->lostIds.size(), 1);
        QVERIFY(!report->findings.isEmpty()); // page views of the lost sessions point nowhere
        auto check = IntegrityCheck::run(out);
        QVERIFY(check.ok() && check->whole);
        QCOMPARE(cli(out, {u"funnel"_s}).exitCode, 0);
        // The damaged file was only read; the output is never written over.
        QVERIFY(!Recovery::run(path, out).ok());
        QCOMPARE(Recovery::run(path, out).error().code, ErrorCode::AlreadyExists);
        QCOMPARE(Recovery::run(path, path).error().code, ErrorCode::InvalidArgument);
    }

    /// A whole workspace recovers whole, with the same figures.
    void recoveryOfAWholeFileLosesNothing()
    {
        const QString out = m_dir.path(u"whole-again.leadloop"_s);
        auto report = Recovery::run(m_whole, out);
        QVERIFY(report.ok());
        QVERIFY2(report->complete(), qPrintable(report->findings.join(u"; "_s)));
        QCOMPARE(figures(out), m_figures);
    }
};

QTEST_GUILESS_MAIN(TestDamage)
#include "tst_damage.moc"
