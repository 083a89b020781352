// Tests of the workspace store: create, open, upgrade, refusals and the writer lock.
#include "store/integritycheck.h"
#include "store/pagechecksums.h"
#include "store/statement.h"
#include "store/tablecounts.h"
#include "store/workspace.h"
#include "store/workspacefile.h"
#include "testsupport.h"

#include <fcntl.h>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <sqlite3.h>
#include <sys/file.h>
#include <unistd.h>

using namespace leadloop;
using namespace Qt::StringLiterals;

class TestWorkspace : public QObject
{
    Q_OBJECT

private:
    QString pathFor(const QString& name) const { return m_dir.filePath(name); }

    /// Writes a plain SQLite file with the given pragma statements, bypassing LeadLoop.
    static void writeSqlite(const QString& path, const char* sql)
    {
        sqlite3* db = nullptr;
        QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db, sql, nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(db);
    }

    static qint64 count(Workspace& ws, const QString& sql)
    {
        auto value = ws.database().scalar(sql);
        return value ? *value : -1;
    }

    QTemporaryDir m_dir;

private slots:
    void createsAWorkspaceWithTheWholeSchema()
    {
        const QString path = pathFor(u"new.leadloop"_s);
        auto ws = Workspace::create(path);
        QVERIFY2(ws.ok(), qPrintable(ws.ok() ? QString() : ws.error().message));
        QCOMPARE((*ws)->schemaVersion(), MigrationPlan::standard().latestVersion());
        QCOMPARE((*ws)->displayName(), u"new"_s);
        auto counts = countTableRows((*ws)->database());
        QVERIFY(counts.ok());
        QStringList tables;
        for (const TableCount& c : *counts)
            tables.append(c.table);
        for (const char* expected :
             {"visitors", "sessions", "pageviews", "events", "contacts", "identity_links",
              "identity_log", "deals", "deal_stage_history", "outcome_events", "campaigns",
              "campaign_costs", "currency_rates", "import_batches", "import_issues", "settings",
              "lost_reasons", "channel_rules"})
            QVERIFY2(tables.contains(QString::fromLatin1(expected)), expected);
        QCOMPARE(count(**ws, u"SELECT count(*) FROM lost_reasons"_s), 6);
        ws->reset();

        const WorkspaceFileHeader header = WorkspaceFileHeader::read(path);
        QVERIFY(header.isWorkspace());
        QCOMPARE(header.userVersion, MigrationPlan::standard().latestVersion());
    }

    /// A crafted workspace whose table name holds SQL is counted, not run.
    void countsTablesWithCraftedNames()
    {
        const QString path = pathFor(u"crafted.leadloop"_s);
        auto ws = Workspace::create(path);
        QVERIFY(ws.ok());
        Database& db = (*ws)->database();
        QVERIFY(db.exec(u"CREATE TABLE \"x\"\"; DELETE FROM settings; --\" (a); "
                        u"INSERT INTO \"x\"\"; DELETE FROM settings; --\" VALUES (1), (2)"_s));
        const qint64 settings = db.scalar(u"SELECT count(*) FROM settings"_s).value();
        QVERIFY(settings > 0);
        auto counts = countTableRows(db);
        QVERIFY(counts.ok());
        bool found = false;
        for (const TableCount& c : *counts)
            if (c.table == u"x\"; DELETE FROM settings; --"_s) {
                found = true;
                QCOMPARE(c.rows, 2);
            }
        QVERIFY(found);
        QCOMPARE(db.scalar(u"SELECT count(*) FROM settings"_s).value(), settings);
        QCOMPARE(quotedIdentifier(u"a\"b"_s), u"\"a\"\"b\""_s);
    }

    void createRefusesAnExistingFile()
    {
        const QString path = pathFor(u"existing.leadloop"_s);
        QVERIFY(test::writeFile(path, "hello"));
        auto ws = Workspace::create(path);
        QVERIFY(!ws.ok());
        QCOMPARE(ws.error().code, ErrorCode::AlreadyExists);
    }

    void reopensReadWriteAndReadOnly()
    {
        const QString path = pathFor(u"reopen.leadloop"_s);
        QVERIFY(Workspace::create(path).ok());
        auto rw = Workspace::open(path, Workspace::Access::ReadWrite);
        QVERIFY(rw.ok());
        QVERIFY((*rw)->isWritable());
        QVERIFY((*rw)->backupPath().isEmpty());
        rw->reset();
        auto ro = Workspace::open(path, Workspace::Access::ReadOnly);
        QVERIFY(ro.ok());
        QVERIFY(!(*ro)->isWritable());
        QVERIFY(!(*ro)->database().exec(u"INSERT INTO settings VALUES ('x', 'y')"_s).ok());
    }

    void refusesFilesThatAreNotWorkspaces_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QByteArray>("sql");
        QTest::addColumn<int>("expected");
        const int notWorkspace = int(ErrorCode::NotAWorkspace);
        QTest::newRow("text file")
            << QByteArray("visitor_id,timestamp\n1,2\n") << QByteArray() << notWorkspace;
        QTest::newRow("empty file") << QByteArray() << QByteArray() << notWorkspace;
        QTest::newRow("random bytes") << QByteArray(8192, '\x5a') << QByteArray() << notWorkspace;
        QTest::newRow("another program's SQLite file")
            << QByteArray() << QByteArray("CREATE TABLE t(x); INSERT INTO t VALUES (1);")
            << notWorkspace;
        QTest::newRow("newer LeadLoop")
            << QByteArray()
            << QByteArray("PRAGMA application_id = 1280071504; PRAGMA user_version = 99;"
                          "CREATE TABLE t(x);")
            << int(ErrorCode::NewerVersion);
    }

    void refusesFilesThatAreNotWorkspaces()
    {
        QFETCH(QByteArray, content);
        QFETCH(QByteArray, sql);
        QFETCH(int, expected);
        const QString path = pathFor(QString::fromLatin1(QTest::currentDataTag()) + u".leadloop"_s);
        if (sql.isEmpty())
            QVERIFY(test::writeFile(path, content));
        else
            writeSqlite(path, sql.constData());
        const QByteArray before = test::fileHash(path);

        for (auto access : {Workspace::Access::ReadWrite, Workspace::Access::ReadOnly}) {
            auto ws = Workspace::open(path, access);
            QVERIFY(!ws.ok());
            QCOMPARE(int(ws.error().code), expected);
            QVERIFY(ws.error().message.contains(path));
        }
        QCOMPARE(test::fileHash(path), before);
        QVERIFY(!QFile::exists(path + u".lock"_s));
    }

    void refusesADamagedWorkspaceUntouched()
    {
        const QString path = pathFor(u"damaged.leadloop"_s);
        QVERIFY(Workspace::create(path).ok());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.seek(100); // the schema page's B-tree header follows the 100-byte file header
        file.write(QByteArray(1000, '\xff'));
        file.close();
        const QByteArray before = test::fileHash(path);
        auto ws = Workspace::open(path, Workspace::Access::ReadWrite);
        QVERIFY(!ws.ok());
        QCOMPARE(ws.error().code, ErrorCode::Corrupt);
        QCOMPARE(test::fileHash(path), before);
    }

    void reportsAMissingFile()
    {
        auto ws = Workspace::open(pathFor(u"nowhere.leadloop"_s), Workspace::Access::ReadOnly);
        QVERIFY(!ws.ok());
        QCOMPARE(ws.error().code, ErrorCode::NotFound);
    }

    void upgradesAfterABackup()
    {
        const QString path = pathFor(u"upgrade.leadloop"_s);
        QVERIFY(Workspace::create(path).ok());
        const QByteArray original = test::fileHash(path);
        const int latest = MigrationPlan::standard().latestVersion();

        std::vector<Migration> steps = MigrationPlan::standard().steps();
        steps.push_back({latest + 1, u"test step"_s, [](Database& db) {
                             return db.exec(u"CREATE TABLE added_in_next (x INTEGER)"_s);
                         }});
        auto ws = Workspace::open(path, Workspace::Access::ReadWrite, MigrationPlan(steps));
        QVERIFY2(ws.ok(), qPrintable(ws.ok() ? QString() : ws.error().message));
        QCOMPARE((*ws)->schemaVersion(), latest + 1);
        QCOMPARE((*ws)->backupPath(), path + u".v%1.bak"_s.arg(latest));
        QCOMPARE(test::fileHash((*ws)->backupPath()), original);
        QCOMPARE(count(**ws, u"SELECT count(*) FROM added_in_next"_s), 0);
        QCOMPARE(count(**ws, u"PRAGMA user_version"_s), latest + 1);
    }

    // Version 2 drops sessions_started; a version-1 workspace keeps its rows and loses the index.
    void version2DropsTheSessionStartIndex()
    {
        const QString path = pathFor(u"v1.leadloop"_s);
        const std::vector<Migration> all = MigrationPlan::standard().steps();
        QVERIFY(all.size() >= 2);
        {
            auto v1 = Workspace::create(path, MigrationPlan({all.front()}));
            QVERIFY(v1.ok());
            QCOMPARE((*v1)->schemaVersion(), 1);
            QVERIFY((*v1)->database().exec(
                u"INSERT INTO visitors (id, cookie_id, first_seen, last_seen) VALUES (1, 'c', 5, "
                u"9);"
                u"INSERT INTO sessions (id, visitor_id, started_at, ended_at, channel) VALUES "
                u"(1, 1, 5, 9, 'Direct')"_s));
            QCOMPARE(count(**v1, u"SELECT count(*) FROM sqlite_master WHERE name = "
                                 u"'sessions_started'"_s),
                     1);
        }
        auto ws = Workspace::open(path, Workspace::Access::ReadWrite);
        QVERIFY2(ws.ok(), qPrintable(ws.ok() ? QString() : ws.error().message));
        QCOMPARE((*ws)->schemaVersion(), MigrationPlan::standard().latestVersion());
        QCOMPARE(
            count(**ws, u"SELECT count(*) FROM sqlite_master WHERE name = 'sessions_started'"_s),
            0);
        QCOMPARE(
            count(**ws, u"SELECT count(*) FROM sqlite_master WHERE name = 'sessions_visitor'"_s),
            1);
        QCOMPARE(count(**ws, u"SELECT started_at FROM sessions WHERE id = 1"_s), 5);
        QVERIFY(QFile::exists(path + u".v1.bak"_s));
    }

    // Version 9 rewrites stored factors from objects to [[place in the model's features, x,
    // points], …], in their order; features are matched on source, key and value.
    void version9CompactsScoreFactors_data()
    {
        QTest::addColumn<QString>("stored");
        QTest::addColumn<QString>("expected");
        QTest::newRow("up and down, a missing value")
            << u"[{\"source\":\"number\",\"key\":\"n01\","
               u"\"feature\":\"property:n01\",\"x\":0.5,"
               u"\"points\":7},{\"source\":\"category\","
               u"\"key\":\"c00\",\"value\":\"A\",\"feature\":"
               u"\"property:c00=A\",\"x\":null,"
               u"\"points\":-3}]"_s
            << u"[[2,0.5,7],[1,null,-3]]"_s;
        QTest::newRow("a feature without key") << u"[{\"source\":\"sessions\",\"feature\":"
                                                  u"\"sessions\",\"x\":4,\"points\":12}]"_s
                                               << u"[[0,4,12]]"_s;
        QTest::newRow("no factor") << u"[]"_s << u"[]"_s;
    }

    void version9CompactsScoreFactors()
    {
        QFETCH(QString, stored);
        QFETCH(QString, expected);
        const QString path =
            pathFor(u"v8-%1.leadloop"_s.arg(QString::fromLatin1(QTest::currentDataTag())));
        std::vector<Migration> upTo8 = MigrationPlan::standard().steps();
        upTo8.resize(8);
        {
            auto v8 = Workspace::create(path, MigrationPlan(upTo8));
            QVERIFY2(v8.ok(), qPrintable(v8.ok() ? QString() : v8.error().message));
            QCOMPARE((*v8)->schemaVersion(), 8);
            Database& db = (*v8)->database();
            QVERIFY(db.exec(
                u"INSERT INTO contacts (id, email, created_at) VALUES (1, 'a@b.pl', 1);"
                u"INSERT INTO score_models (id, trained_at, trained_by, target, options, "
                u"features, model, evaluation, train_rows, holdout_rows, positives) VALUES (3, "
                u"1, 'me', 'customer', '{}', '[{\"source\":\"sessions\"},"
                u"{\"source\":\"category\",\"key\":\"c00\",\"value\":\"A\"},"
                u"{\"source\":\"number\",\"key\":\"n01\"}]', X'', '{}', 1, 1, 1)"_s));
            Statement insert(db.handle(), "INSERT INTO lead_scores (contact_id, model_id, "
                                          "scored_at, cutoff, probability, score, factors) "
                                          "VALUES (1, 3, 1, 1, 0.5, 50, ?1)");
            insert.bind(1, stored);
            QVERIFY(insert.execute().ok());
        }
        auto ws = Workspace::open(path, Workspace::Access::ReadWrite);
        QVERIFY2(ws.ok(), qPrintable(ws.ok() ? QString() : ws.error().message));
        QCOMPARE((*ws)->schemaVersion(), MigrationPlan::standard().latestVersion());
        Statement factors((*ws)->database().handle(), "SELECT factors FROM lead_scores");
        QVERIFY(factors.next());
        QCOMPARE(factors.text(0), expected);
        // A property's values are read from the index of name, contact, value and import.
        QCOMPARE(count(**ws, u"SELECT count(*) FROM sqlite_master WHERE name = "
                             u"'contact_properties_name'"_s),
                 0);
        Statement plan((*ws)->database().handle(),
                       "EXPLAIN QUERY PLAN SELECT contact_id, value FROM "
                       "current_contact_properties WHERE name = 'Plan'");
        QStringList steps;
        while (plan.next())
            steps << plan.text(3);
        QVERIFY2(steps.join(u' ').contains(u"COVERING INDEX contact_properties_by_name (name=?)"_s),
                 qPrintable(steps.join(u'\n')));
    }

    // Version 10 keeps every click id of a session; sessions imported before keep theirs.
    void version10KeepsTheClickIdsOfEarlierSessions()
    {
        const QString path = pathFor(u"v9.leadloop"_s);
        std::vector<Migration> upTo9 = MigrationPlan::standard().steps();
        upTo9.resize(9);
        {
            auto v9 = Workspace::create(path, MigrationPlan(upTo9));
            QVERIFY2(v9.ok(), qPrintable(v9.ok() ? QString() : v9.error().message));
            QVERIFY((*v9)->database().exec(
                u"INSERT INTO visitors (id, cookie_id, first_seen, last_seen) VALUES (1, 'c', 5, "
                u"9);"
                u"INSERT INTO sessions (id, visitor_id, started_at, ended_at, channel, "
                u"click_id_type, click_id) VALUES (1, 1, 5, 6, 'Paid Search', 'gclid', 'abc'), "
                u"(2, 1, 7, 8, 'Direct', NULL, NULL), (3, 1, 8, 9, 'Direct', '', '')"_s));
        }
        auto ws = Workspace::open(path, Workspace::Access::ReadWrite);
        QVERIFY2(ws.ok(), qPrintable(ws.ok() ? QString() : ws.error().message));
        Statement ids((*ws)->database().handle(),
                      "SELECT session_id || ':' || kind || '=' || value FROM session_click_ids");
        QStringList got;
        while (ids.next())
            got << ids.text(0);
        QCOMPARE(got, QStringList{u"1:gclid=abc"_s});
    }

    /// A workspace from before page checksums gains them on upgrade, keeping its rows; from then
    /// on a changed byte in a data page is an error, not a different figure.
    void upgradeAddsPageChecksums()
    {
        const QString path = pathFor(u"v2.leadloop"_s);
        std::vector<Migration> v2 = MigrationPlan::standard().steps();
        v2.resize(2);
        {
            // As LeadLoop wrote files before version 3: no room for checksums.
            auto old = Database::open(path, Database::Access::ReadWrite);
            QVERIFY(old.ok());
            Database& db = **old;
            QVERIFY(db.exec(
                u"PRAGMA application_id = %1"_s.arg(WorkspaceFileHeader::LeadLoopApplicationId)));
            QVERIFY(MigrationPlan(v2).migrate(db, 0));
            QVERIFY(db.exec(u"INSERT INTO contacts (email, created_at) VALUES "
                            u"('anna@fjordly.pl', 1709290800000)"_s));
            // More pages than SQLite's page cache holds: the rewrite's pages reach the disk
            // before its new header does, and must carry checksums all the same.
            QVERIFY(db.exec(u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                            u"WHERE i < 40000) INSERT INTO contacts (email, first_name, "
                            u"created_at) SELECT 'lead' || i || '@fjordly.example', 'Name ' || "
                            u"i, 1709290800000 + i FROM n"_s));
        }
        QCOMPARE(WorkspaceFileHeader::read(path).reservedBytes, 0);
        {
            auto ws = Workspace::open(path, Workspace::Access::ReadWrite);
            QVERIFY2(ws.ok(), qPrintable(ws.ok() ? QString() : ws.error().message));
            QCOMPARE(count(**ws, u"SELECT count(*) FROM contacts"_s), 40001);
        }
        QCOMPARE(WorkspaceFileHeader::read(path).reservedBytes, PageChecksums::ReservedBytes);
        auto check = IntegrityCheck::run(path);
        QVERIFY(check.ok());
        QVERIFY2(check->whole, qPrintable(check->problems.join(u"; "_s)));
        // One byte of the contacts table's page (its e-mail) changed: the check and the read fail.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const QByteArray bytes = file.readAll();
        int changed = 0; // in the table and in its e-mail index
        for (qsizetype at = bytes.indexOf("anna@fjordly.pl"); at > 0;
             at = bytes.indexOf("anna@fjordly.pl", at + 1), ++changed) {
            QVERIFY(file.seek(at));
            QVERIFY(file.write("e") == 1);
        }
        QVERIFY(changed > 0);
        file.close();
        check = IntegrityCheck::run(path);
        QVERIFY(check.ok());
        QVERIFY(!check->whole);
        auto reader = Workspace::open(path, Workspace::Access::ReadOnly);
        QVERIFY(reader.ok());
        auto read = (*reader)->database().scalar(u"SELECT count(*) FROM contacts WHERE email "
                                                 u"LIKE '%fjordly%'"_s);
        QVERIFY(!read.ok());
        QCOMPARE(read.error().code, ErrorCode::Corrupt);
    }

    void aFailedUpgradeChangesNothing()
    {
        const QString path = pathFor(u"failed.leadloop"_s);
        QVERIFY(Workspace::create(path).ok());
        const int latest = MigrationPlan::standard().latestVersion();
        std::vector<Migration> steps = MigrationPlan::standard().steps();
        steps.push_back({latest + 1, u"creates a table"_s, [](Database& db) {
                             return db.exec(u"CREATE TABLE half_done (x INTEGER)"_s);
                         }});
        steps.push_back({latest + 2, u"fails"_s, [](Database& db) {
                             return db.exec(u"INSERT INTO no_such_table VALUES (1)"_s);
                         }});
        auto ws = Workspace::open(path, Workspace::Access::ReadWrite, MigrationPlan(steps));
        QVERIFY(!ws.ok());
        QVERIFY(ws.error().message.contains(u"version %1"_s.arg(latest + 2)));

        auto reopened = Workspace::open(path, Workspace::Access::ReadWrite);
        QVERIFY(reopened.ok());
        QCOMPARE(count(**reopened, u"PRAGMA user_version"_s), latest);
        QCOMPARE(
            count(**reopened, u"SELECT count(*) FROM sqlite_master WHERE name = 'half_done'"_s), 0);
    }

    void oneWriterAtATime()
    {
        const QString path = pathFor(u"locked.leadloop"_s);
        auto first = Workspace::create(path);
        QVERIFY(first.ok());
        auto second = Workspace::open(path, Workspace::Access::ReadWrite);
        QVERIFY(!second.ok());
        QCOMPARE(second.error().code, ErrorCode::Locked);
        QVERIFY(
            second.error().message.contains(QString::number(QCoreApplication::applicationPid())));
        // Readers are not blocked by the writer.
        QVERIFY(Workspace::open(path, Workspace::Access::ReadOnly).ok());
        first->reset();
        QVERIFY(Workspace::open(path, Workspace::Access::ReadWrite).ok());
    }

    /// A writer killed after creating its lock file and before writing who it is leaves an
    /// empty lock file: the next writer goes on (found by the kill-fault suite), unless a live
    /// process holds the file's native lock, as one does while it writes it.
    void anEmptyLockFileIsStaleUnlessHeld()
    {
        const QString path = pathFor(u"emptylock.leadloop"_s);
        QVERIFY(Workspace::create(path).ok());
        const QString lockPath = path + u".lock"_s;
        QVERIFY(test::writeFile(lockPath, {}));
        {
            // Held by a "process" that has not written it yet: flock on a descriptor of its
            // own (locks by flock belong to the open file, so this one conflicts with ours).
            const int fd = ::open(QFile::encodeName(lockPath).constData(), O_RDWR);
            QVERIFY(fd >= 0);
            QCOMPARE(::flock(fd, LOCK_EX | LOCK_NB), 0);
            auto refused = Workspace::open(path, Workspace::Access::ReadWrite);
            QVERIFY(!refused.ok());
            QCOMPARE(refused.error().code, ErrorCode::Locked);
            ::close(fd);
        }
        // Nobody holds it: it is the crashed writer's, and it goes.
        auto opened = Workspace::open(path, Workspace::Access::ReadWrite);
        QVERIFY(opened.ok());
        QVERIFY(QFileInfo(lockPath).size() > 0); // now naming this process
    }

    void outcomeEventsAreAppendOnly()
    {
        auto ws = Workspace::create(pathFor(u"audit.leadloop"_s));
        QVERIFY(ws.ok());
        Database& db = (*ws)->database();
        QVERIFY(db.exec(u"INSERT INTO deals (id, created_at) VALUES (1, 0);"
                        u"INSERT INTO outcome_events (deal_id, at, recorded_at, by_user, "
                        u"old_outcome, new_outcome, origin) VALUES (1, 0, 0, 'a', 'open', 'won', "
                        u"'manual')"_s)
                    .ok());
        const Status update = db.exec(u"UPDATE outcome_events SET new_outcome = 'lost'"_s);
        QVERIFY(!update.ok());
        QCOMPARE(update.error().code, ErrorCode::Database); // the trigger's abort
        QCOMPARE(count(**ws, u"SELECT count(*) FROM outcome_events WHERE new_outcome = 'won'"_s),
                 1);
    }

    void bindsTextAsUtf8_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("ascii") << u"Organic Search"_s;
        QTest::newRow("empty") << u""_s;
        QTest::newRow("polish") << u"Łódź – zażółć gęślą jaźń"_s;
        QTest::newRow("cyrillic") << u"воронка продаж"_s;
        QTest::newRow("emoji (surrogate pair)")
            << QString::fromUtf8("rocket \xF0\x9F\x9A\x80 launch");
        QTest::newRow("long") << QString(5000, u'ß');
    }

    void bindsTextAsUtf8()
    {
        QFETCH(QString, text);
        auto ws = Workspace::create(pathFor(
            u"utf8-%1.leadloop"_s.arg(QString::fromLatin1(QTest::currentDataTag())).remove(u' ')));
        QVERIFY(ws.ok());
        Database& db = (*ws)->database();
        // Many short parameters in one row: every one must still hold its own text at the step.
        Statement insert(db.handle(), "INSERT INTO lost_reasons (name, position) VALUES "
                                      "(?1 || '|' || ?2 || '|' || ?3 || '|' || ?4, 100)");
        insert.bind(1, u"a"_s).bind(2, text).bind(3, u"b"_s).bind(4, text);
        QVERIFY(insert.execute().ok());
        Statement read(db.handle(), "SELECT name FROM lost_reasons WHERE position = 100");
        QVERIFY(read.next());
        QCOMPARE(read.text(0), u"a|"_s + text + u"|b|"_s + text);
    }

    void replacesALoneSurrogate()
    {
        auto ws = Workspace::create(pathFor(u"surrogate.leadloop"_s));
        QVERIFY(ws.ok());
        Statement insert((*ws)->database().handle(), "INSERT INTO settings VALUES ('k', ?1)");
        insert.bind(1, QString(QChar(0xD800)) + u"x"_s);
        QVERIFY(insert.execute().ok());
        QCOMPARE(*(*ws)->database().scalar(
                     u"SELECT length(CAST(value AS BLOB)) FROM settings WHERE key = 'k'"_s),
                 4);
    }

    void rejectsAnUnknownOutcome()
    {
        auto ws = Workspace::create(pathFor(u"outcome.leadloop"_s));
        QVERIFY(ws.ok());
        QVERIFY(!(*ws)
                     ->database()
                     .exec(u"INSERT INTO deals (created_at, outcome) VALUES (0, 'maybe')"_s)
                     .ok());
    }
};

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
