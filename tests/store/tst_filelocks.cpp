// The workspace's POSIX locks survive what LeadLoop does to the file beside SQLite: the
// import's early writeback and reading the header when a reader opens beside a writer.
#include "childprocess.h"
#include "store/database.h"
#include "store/workspace.h"
#include "store/writeback.h"

#include <fcntl.h>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace leadloop;

class TestFileLocks : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    /// What another process gets when it tries to write to the workspace right now.
    static QString writeFromAnotherProcess(const QString& path)
    {
        return QString::fromUtf8(
                   test::run(u"sqlite3"_s,
                             {path, u"INSERT INTO settings (key, value) VALUES ('x', '1');"_s})
                       .err)
            .trimmed();
    }

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(u"sqlite3"_s).isEmpty())
            QFAIL("the sqlite3 CLI is needed (installer/debian-packages.txt)");
    }

    void findsTheOpenFile()
    {
        const QString path = m_dir.filePath(u"found.leadloop"_s);
        auto ws = Workspace::create(path);
        QVERIFY(ws.ok());
        const Writeback writeback(path);
        QVERIFY(writeback.isActive());
        QVERIFY(!Writeback(m_dir.filePath(u"missing.leadloop"_s)).isActive());
    }

    void keepsTheWritersLock()
    {
        const QString path = m_dir.filePath(u"locked.leadloop"_s);
        auto ws = Workspace::create(path);
        QVERIFY(ws.ok());
        Database& db = (*ws)->database();
        Transaction transaction(db);
        QVERIFY(transaction.isActive());
        QVERIFY(db.exec(u"INSERT INTO settings (key, value) VALUES ('mine', '1')"_s));
        QVERIFY(writeFromAnotherProcess(path).contains(u"locked"_s));
        {
            Writeback writeback(path);
            writeback.start();
        }
        // The lock still holds after the Writeback is gone.
        QVERIFY(writeFromAnotherProcess(path).contains(u"locked"_s));

        // What Writeback must not do: a descriptor of one's own, closed, drops the lock.
        const int own = ::open(QFile::encodeName(path).constData(), O_RDONLY);
        QVERIFY(own >= 0);
        ::close(own);
        QCOMPARE(writeFromAnotherProcess(path), QString());
    }

    // The desktop opens read-only connections (reports, the leads list) while its own writer may
    // be in a transaction: reading the header of the file must not drop the writer's lock.
    void openingAReaderKeepsTheWritersLock()
    {
        const QString path = m_dir.filePath(u"reader.leadloop"_s);
        auto ws = Workspace::create(path);
        QVERIFY(ws.ok());
        Database& db = (*ws)->database();
        Transaction transaction(db);
        QVERIFY(db.exec(u"INSERT INTO settings (key, value) VALUES ('mine', '1')"_s));
        QVERIFY(writeFromAnotherProcess(path).contains(u"locked"_s));
        {
            auto reader = Workspace::open(path, Workspace::Access::ReadOnly);
            QVERIFY(reader.ok());
        }
        QVERIFY(writeFromAnotherProcess(path).contains(u"locked"_s));
    }
};

QTEST_GUILESS_MAIN(TestFileLocks)
#include "tst_filelocks.moc"
