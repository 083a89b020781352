// What the file system can do to a write (docs/testing.md, "Faults"): a full disk (a file size
// limit, RLIMIT_FSIZE), a read-only workspace, the workspace deleted or replaced while open, and
// two processes writing at once. Each gives a clear message and leaves the workspace as it was.
#include "childprocess.h"
#include "ingest/trackingimporter.h"
#include "smalldemo.h"
#include "store/workspace.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>
#include <unistd.h>

using namespace leadloop;
using namespace Qt::StringLiterals;

class TestDiskFaults : public QObject
{
    Q_OBJECT

    test::ScratchDir m_dir;
    QString m_demo;
    QString m_visits;
    QString m_config;
    int m_copies = 0;

    QString copy()
    {
        const QString path = m_dir.path(u"copy%1.leadloop"_s.arg(++m_copies));
        QFile::copy(m_demo, path);
        QFile(path).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        return path;
    }

    QMap<QString, QByteArray> digests(const QString& path)
    {
        auto ws = Workspace::open(path, Workspace::Access::ReadOnly);
        if (!ws)
            return {{u"(error)"_s, ws.error().message.toUtf8()}};
        return test::tableDigests((*ws)->database());
    }

    /// Runs the CLI through sh, so that `shellPrefix` (ulimit, trap) applies to it, started by
    /// `runner` (setpriv) when one is given.
    std::pair<int, QByteArray> cli(const QString& shellPrefix, const QStringList& arguments,
                                   const QString& runner = {})
    {
        QStringList quoted;
        for (const QString& a : arguments)
            quoted.append(u"'"_s + a + u"'"_s);
        const test::Finished finished = test::run(
            u"sh"_s,
            {u"-c"_s, shellPrefix + u" exec "_s + runner + u" '"_s +
                          QStringLiteral(LEADLOOP_CLI_PATH) + u"' "_s + quoted.join(u' ')},
            {{u"XDG_CONFIG_HOME"_s, m_config}, {u"XDG_DATA_HOME"_s, m_config}});
        return {finished.exitCode, finished.err};
    }

private slots:
    void initTestCase()
    {
        test::isolateSettings();
        m_config = m_dir.path(u"config"_s);
        m_demo = m_dir.path(u"demo.leadloop"_s);
        QVERIFY(test::writeSmallDemo(m_demo, 1'500, 40, 10));
        QByteArray csv = "visitor,time,url\n";
        for (int i = 0; i < 20'000; ++i)
            csv += "disk-v" + QByteArray::number(i % 3000) + ",2024-05-0" +
                   QByteArray::number(1 + i % 9) + "T10:" + QByteArray::number(10 + i % 50) +
                   ":00Z,https://fjordly.example/a-long-path-" + QByteArray::number(i) +
                   "?utm_source=google&utm_medium=cpc\n";
        m_visits = m_dir.file(u"visits.csv"_s, csv);
    }

    /// The disk fills up in the middle of an import (the file may grow only a little).
    void diskFull()
    {
        const QString path = copy();
        const auto before = digests(path);
        const qint64 size = QFileInfo(path).size();
        // ulimit -f counts 512-byte blocks (POSIX sh); 64 KiB more than the workspace has.
        // SIGXFSZ is ignored, so a write past the limit fails (EFBIG) as on a full disk.
        const QString limit = u"trap '' XFSZ; ulimit -f %1;"_s.arg(size / 512 + 128);
        auto [code, err] =
            cli(limit, {u"--workspace"_s, path, u"import"_s, u"tracking"_s, m_visits});
        QCOMPARE(code, 3);
        QVERIFY2(err.contains("space") || err.contains("disk"), err.constData());
        QVERIFY2(err.contains(QFileInfo(path).fileName().toUtf8()), err.constData());
        QCOMPARE(digests(path), before);
        // With room again, the same import works.
        auto [again, againErr] =
            cli({}, {u"--workspace"_s, path, u"import"_s, u"tracking"_s, m_visits});
        QVERIFY2(again == 0, againErr.constData());
    }

    /// The same on a file system that is really full: a tmpfs barely larger than the workspace
    /// and its snapshot (mounting one needs root, as CI runs; diskFull() covers everyone else).
    void diskFullOnASmallTmpfs()
    {
        if (::geteuid() != 0)
            QSKIP("mounting a tmpfs needs root; diskFull() fills the disk by a file size limit");
        const QString source = copy();
        const qint64 size = QFileInfo(source).size();
        const QString mountPoint = m_dir.path(u"tmpfs"_s);
        QVERIFY(QDir().mkpath(mountPoint));
        // Room for the workspace, its snapshot and 32 KiB: not for 20,000 more page views.
        const test::Finished mounted = test::run(
            u"mount"_s, {u"-t"_s, u"tmpfs"_s, u"-o"_s, u"size=%1k"_s.arg(2 * size / 1024 + 32),
                         u"tmpfs"_s, mountPoint});
        QVERIFY2(mounted.exitCode == 0, mounted.err.constData());
        struct Unmount
        {
            QString at;
            ~Unmount() { test::run(u"umount"_s, {at}); }
        } unmount{mountPoint};
        const QString path = mountPoint + u"/full.leadloop"_s;
        QVERIFY(QFile::copy(source, path));
        const auto before = digests(path);
        auto [code, err] = cli({}, {u"--workspace"_s, path, u"import"_s, u"tracking"_s, m_visits});
        QCOMPARE(code, 3);
        QVERIFY2(err.contains("space") || err.contains("disk"), err.constData());
        QVERIFY2(err.contains("full.leadloop"), err.constData());
        QCOMPARE(digests(path), before);
        // With room again, the same import works, with no cleaning up by hand.
        QCOMPARE(test::run(u"mount"_s, {u"-o"_s, u"remount,size=64m"_s, mountPoint}).exitCode, 0);
        auto [again, againErr] =
            cli({}, {u"--workspace"_s, path, u"import"_s, u"tracking"_s, m_visits});
        QVERIFY2(again == 0, againErr.constData());
    }

    /// A workspace file the user may not write to. Root may write any file, so as root the CLI
    /// runs as the user nobody (setpriv), for whom the file is read-only.
    void readOnlyFile()
    {
        const QString path = copy();
        const auto before = digests(path);
        QFile(path).setPermissions(QFileDevice::ReadOwner | QFileDevice::ReadGroup |
                                   QFileDevice::ReadOther);
        QString runner;
        if (::geteuid() == 0) {
            // nobody must reach the file and the CSV, and have settings of its own.
            for (const QString& dir : {QFileInfo(path).absolutePath(), m_config})
                QFile(dir).setPermissions(QFileDevice::Permissions(0x7777));
            QFile(m_visits).setPermissions(QFileDevice::ReadOwner | QFileDevice::ReadOther);
            runner = u"setpriv --reuid=65534 --regid=65534 --clear-groups"_s;
        }
        auto [code, err] =
            cli(u"export HOME=/tmp;"_s,
                {u"--workspace"_s, path, u"import"_s, u"tracking"_s, m_visits}, runner);
        QCOMPARE(code, 3);
        QVERIFY2(err.contains("read-only") || err.contains("cannot be written") ||
                     err.contains("permission"),
                 err.constData());
        QCOMPARE(digests(path), before);
    }

    /// Read-only for the process itself (root ignores file modes): a read-only bind of the
    /// file is not available to a test, so the connection is opened read-only instead, as the
    /// desktop app does for a damaged workspace; a write through it is refused with ReadOnly.
    void readOnlyConnection()
    {
        const QString path = copy();
        const auto before = digests(path);
        auto ws = Workspace::open(path, Workspace::Access::ReadOnly);
        QVERIFY(ws.ok());
        auto report = TrackingImporter::run(**ws, m_visits, {});
        QVERIFY(!report.ok());
        QCOMPARE(report.error().code, ErrorCode::ReadOnly);
        QVERIFY2(report.error().message.contains(QFileInfo(path).fileName()),
                 qPrintable(report.error().message));
        ws->reset();
        QCOMPARE(digests(path), before);
    }

    void deletedWhileOpen_data()
    {
        QTest::addColumn<bool>("replaced");
        QTest::newRow("deleted") << false;
        QTest::newRow("replaced by another file") << true;
    }

    void deletedWhileOpen()
    {
        QFETCH(bool, replaced);
        const QString path = copy();
        auto ws = Workspace::open(path, Workspace::Access::ReadWrite);
        QVERIFY(ws.ok());
        QVERIFY(QFile::remove(path));
        if (replaced)
            QVERIFY(QFile::copy(m_demo, path));
        const auto after = replaced ? digests(path) : QMap<QString, QByteArray>{};
        auto report = TrackingImporter::run(**ws, m_visits, {});
        QVERIFY(!report.ok());
        QVERIFY2(report.error().message.contains(replaced ? u"replaced"_s : u"deleted"_s),
                 qPrintable(report.error().message));
        ws->reset();
        if (replaced)
            QCOMPARE(digests(path), after); // the new file was not written either
        else
            QVERIFY(!QFile::exists(path));
    }

    /// Two imports started at once: one writes, the other is told that the workspace is busy
    /// (or runs after it); the workspace ends whole with one batch per success.
    void twoWritersRace()
    {
        const QString path = copy();
        const qint64 batchesBefore =
            test::queryRows((*Workspace::open(path, Workspace::Access::ReadOnly))->database(),
                            "SELECT count(*) FROM import_batches")
                .value(0)
                .toLongLong();
        test::ChildProcess processes[2];
        for (test::ChildProcess& p : processes)
            QVERIFY(p.start(QStringLiteral(LEADLOOP_CLI_PATH),
                            {u"--workspace"_s, path, u"import"_s, u"tracking"_s, m_visits},
                            {{u"XDG_CONFIG_HOME"_s, m_config}}));
        int succeeded = 0;
        for (test::ChildProcess& p : processes) {
            QVERIFY(p.waitForFinished(120'000));
            const QByteArray err = p.standardError();
            QVERIFY2(p.exitCode() == 0 || p.exitCode() == 3, err.constData());
            if (p.exitCode() == 3)
                QVERIFY2(err.contains("writing to it") || err.contains("open for writing") ||
                             err.contains("busy"),
                         err.constData());
            else
                ++succeeded;
        }
        QVERIFY(succeeded >= 1);
        auto ws = Workspace::open(path, Workspace::Access::ReadOnly);
        QVERIFY(ws.ok());
        QCOMPARE(test::queryRows((*ws)->database(), "PRAGMA integrity_check"),
                 QStringList{u"ok"_s});
        QCOMPARE(test::queryRows((*ws)->database(), "SELECT count(*) FROM import_batches")
                     .value(0)
                     .toLongLong(),
                 batchesBefore + succeeded);
    }
};

QTEST_GUILESS_MAIN(TestDiskFaults)
#include "tst_diskfaults.moc"
