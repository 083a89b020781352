#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QString>

namespace leadloop {

/// A team server as a PostgreSQL connection URI (postgresql://user@host:port/db?sslmode=…).
/// A password in the URI is never kept: it is dropped on parsing, and libpq then takes it from
/// ~/.pgpass or PGPASSWORD (docs/team.md). What is stored and shown is the URI without it.
class ServerAddress final
{
    Q_DECLARE_TR_FUNCTIONS(ServerAddress)

public:
    /// Reads a URI; BadInput when it is not a postgresql:// or postgres:// URI with a database.
    static Result<ServerAddress> parse(const QString& uri);

    /// The URI without a password: safe to store in the workspace and to show in messages.
    const QString& uri() const { return m_uri; }
    const QString& user() const { return m_user; }
    const QString& database() const { return m_database; }

private:
    QString m_uri;
    QString m_user;
    QString m_database;
};

} // namespace leadloop
