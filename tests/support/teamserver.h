#pragma once
// The team tests' side of the throwaway PostgreSQL server that the test command starts
// (pgcluster.sh, tests only): addresses, new databases, joining and syncing replicas.

#include "store/workspace.h"
#include "team/pgconnection.h"
#include "team/serveraddress.h"
#include "team/teampublisher.h"
#include "team/teamreplica.h"
#include "team/teamsync.h"

#include <memory>
#include <QCoreApplication>

namespace leadloop::test {

/// The test server, reached as `login` on databases this test makes (named `prefix`_N).
class TeamServer
{
public:
    explicit TeamServer(QString prefix)
        : m_prefix(std::move(prefix))
    {}

    /// Finds the server the test command started; why not, or an empty text.
    QString open()
    {
        const QByteArray dir = qgetenv("LEADLOOP_TEST_PG_DIR");
        if (dir.isEmpty())
            return QStringLiteral("LEADLOOP_TEST_PG_DIR: the test command starts the server");
        m_socketDir = QString::fromLocal8Bit(dir);
        if (!connect(uri(QStringLiteral("leadloop_admin"), QStringLiteral("team"))))
            return QStringLiteral("the test server is not running");
        return {};
    }

    QString uri(const QString& login, const QString& database) const
    {
        return QStringLiteral("postgresql://%1@/%2?host=%3").arg(login, database, m_socketDir);
    }

    static std::unique_ptr<PgConnection> connect(const QString& uri)
    {
        auto address = ServerAddress::parse(uri);
        if (!address)
            return nullptr;
        auto connection = PgConnection::open(*address);
        return connection ? std::move(*connection) : nullptr;
    }

    /// The server as its superuser, on `database`.
    std::unique_ptr<PgConnection> admin(const QString& database) const
    {
        return connect(uri(QStringLiteral("leadloop_admin"), database));
    }

    /// A new empty database; an empty name when it could not be made.
    QString newDatabase()
    {
        // The process id keeps names apart when a test runs again on the same server.
        const QString name = QStringLiteral("%1_%2_%3")
                                 .arg(m_prefix)
                                 .arg(QCoreApplication::applicationPid())
                                 .arg(++m_databases);
        auto server = admin(QStringLiteral("team"));
        if (!server || !server->exec(QStringLiteral("CREATE DATABASE %1").arg(name)))
            return {};
        return name;
    }
    int databases() const { return m_databases; }

    /// Publishes `ws` on `database` as its superuser (the first owner).
    Status publish(Workspace& ws, const QString& database) const
    {
        auto address = ServerAddress::parse(uri(QStringLiteral("leadloop_admin"), database));
        if (!address)
            return address.error();
        auto published = TeamPublisher::publish(ws, *address);
        return published ? Status() : Status(published.error());
    }

    /// Joins `database` as `login` into a new replica at `path`, opened for writing.
    Result<std::unique_ptr<Workspace>> join(const QString& login, const QString& database,
                                            const QString& path) const
    {
        auto address = ServerAddress::parse(uri(login, database));
        if (!address)
            return address.error();
        if (auto joined = TeamPublisher::join(*address, path); !joined)
            return joined.error();
        return Workspace::open(path, Workspace::Access::ReadWrite);
    }

    /// Syncs a replica with the server its link names.
    static Result<SyncCounts> sync(Workspace& ws)
    {
        auto link = TeamReplica::link(ws.database());
        if (!link)
            return link.error();
        if (!*link)
            return Error{ErrorCode::NotFound, QStringLiteral("not a replica")};
        auto address = ServerAddress::parse((*link)->server);
        if (!address)
            return address.error();
        auto server = PgConnection::open(*address);
        if (!server)
            return server.error();
        return TeamSync::sync(ws, **server);
    }

private:
    QString m_prefix;
    QString m_socketDir;
    int m_databases = 0;
};

} // namespace leadloop::test
