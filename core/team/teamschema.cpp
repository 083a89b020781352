#include "teamschema.h"

#include "pgconnection.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace leadloop {

namespace {

/// An SQL identifier in double quotes.
QString quoted(const QString& name)
{
    return u'"' + QString(name).replace(u'"', u"\"\""_s) + u'"';
}

} // namespace

const QStringList& TeamSchema::roles()
{
    static const QStringList names = {u"owner"_s, u"manager"_s, u"rep"_s, u"viewer"_s};
    return names;
}

QString TeamSchema::groupRole(const QString& database, const QString& role)
{
    // Role names are shared by the whole server, so they carry the database's name.
    QString base;
    for (const QChar c : database.toLower())
        base += c.isLetterOrNumber() && c.unicode() < 128 ? c : u'_';
    return u"leadloop_%1_%2"_s.arg(base.left(40), role);
}

Result<int> TeamSchema::version(PgConnection& server)
{
    auto exists = server.query("SELECT to_regclass('leadloop.info') IS NOT NULL");
    if (!exists)
        return exists.error();
    if (exists->text(0, 0) != u"t")
        return Error{ErrorCode::NotFound,
                     tr("%1 holds no LeadLoop team workspace.").arg(server.address().uri())};
    auto format = server.query("SELECT value FROM leadloop.info WHERE key = 'format'");
    if (!format)
        return format.error();
    return format->count() ? format->text(0, 0).toInt() : 0;
}

Result<int> TeamSchema::upgrade(PgConnection& server)
{
    auto format = version(server);
    if (!format || *format >= FormatVersion)
        return format;
    if (*format < OldestUpgradable)
        return Error{ErrorCode::NewerVersion,
                     tr("The team workspace at %1 has format %2, which this LeadLoop cannot "
                        "upgrade.")
                         .arg(server.address().uri())
                         .arg(*format)};
    PgTransaction transaction(server);
    if (!transaction.begun())
        return transaction.begun().error();
    // Format 3: consent set by hand travels (kind consent).
    const Status altered = server.exec(
        u"ALTER TABLE leadloop.changes DROP CONSTRAINT IF EXISTS changes_kind_check;"
        u"ALTER TABLE leadloop.changes ADD CONSTRAINT changes_kind_check CHECK (kind IN "
        u"('import', 'batch_removed', 'setting', 'lost_reasons', 'channel_rules', 'identity', "
        u"'campaign_cost', 'consent'));"
        u"UPDATE leadloop.info SET value = '3' WHERE key = 'format';"_s);
    if (!altered)
        return Error{ErrorCode::Refused,
                     tr("The team server at %1 needs an upgrade that only the member who "
                        "published it can make (%2).")
                         .arg(server.address().uri(), altered.error().message)};
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return FormatVersion;
}

Status TeamSchema::create(PgConnection& server)
{
    auto existing = version(server);
    if (existing)
        return Error{ErrorCode::AlreadyExists,
                     tr("%1 already holds a LeadLoop team workspace; join it instead, or publish "
                        "to an empty database.")
                         .arg(server.address().uri())};
    if (existing.error().code != ErrorCode::NotFound)
        return existing.error();
    QFile file(u":/leadloop/team/server.sql"_s);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Io, tr("Missing schema resource %1.").arg(file.fileName())};
    QString sql = QString::fromUtf8(file.readAll());
    const QString database = server.address().database();
    for (const QString& role : roles())
        sql.replace(u'{' + role + u'}', quoted(groupRole(database, role)));
    sql.replace(u"{db}"_s, quoted(database));

    PgTransaction transaction(server);
    if (!transaction.begun())
        return transaction.begun();
    if (Status created = server.exec(sql); !created)
        return created;
    auto add = server.query("INSERT INTO leadloop.info (key, value) VALUES ('format', $1), "
                            "('reps_tag_all', 'false')",
                            {PgParam::number(FormatVersion)});
    if (!add)
        return add.error();
    for (const QString& role : roles()) {
        auto named = server.query(
            "INSERT INTO leadloop.info (key, value) VALUES ($1, $2)",
            {PgParam::text(u"role_"_s + role), PgParam::text(groupRole(database, role))});
        if (!named)
            return named.error();
    }
    // The publisher is the first owner.
    if (Status granted =
            server.exec(u"GRANT %1 TO SESSION_USER"_s.arg(quoted(groupRole(database, u"owner"_s))));
        !granted)
        return granted;
    auto owner = server.query("INSERT INTO leadloop.members (login, role) VALUES "
                              "(session_user, 'owner')");
    if (!owner)
        return owner.error();
    return transaction.commit();
}

} // namespace leadloop
