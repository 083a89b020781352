#include "teamreplica.h"

#include "store/database.h"
#include "store/statement.h"

using namespace Qt::StringLiterals;

namespace leadloop {

Result<std::optional<TeamLink>> TeamReplica::link(Database& db)
{
    Statement query(db.handle(), "SELECT key, value FROM settings WHERE key IN ('team.server', "
                                 "'team.login', 'team.last_seq', 'team.last_sync')");
    TeamLink link;
    bool found = false;
    while (query.next()) {
        const QString key = query.text(0);
        const QString value = query.text(1);
        if (key == u"team.server") {
            link.server = value;
            found = true;
        } else if (key == u"team.login") {
            link.login = value;
        } else if (key == u"team.last_seq") {
            link.lastSeq = value.toLongLong();
        } else {
            link.lastSync = value.toLongLong();
        }
    }
    if (Status read = query.status(); !read)
        return read.error();
    return found ? std::optional<TeamLink>(link) : std::nullopt;
}

Status TeamReplica::setLink(Database& db, const TeamLink& link)
{
    Statement upsert(db.handle(), "INSERT INTO settings (key, value) VALUES (?1, ?2) "
                                  "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    const std::pair<const char*, QString> values[] = {
        {"team.server", link.server},
        {"team.login", link.login},
        {"team.last_seq", QString::number(link.lastSeq)},
        {"team.last_sync", QString::number(link.lastSync)}};
    for (const auto& [key, value] : values) {
        upsert.bind(1, QString::fromLatin1(key)).bind(2, value);
        if (Status done = upsert.execute(); !done)
            return done;
    }
    return {};
}

Status TeamReplica::setStanding(Database& db, const QString& role, const QString& crmOwner,
                                bool repsTagAll)
{
    Statement upsert(db.handle(), "INSERT INTO settings (key, value) VALUES (?1, ?2) "
                                  "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    const std::pair<const char*, QString> values[] = {
        {"team.role", role},
        {"team.crm_owner", crmOwner},
        {"team.reps_tag_all", repsTagAll ? u"true"_s : u"false"_s}};
    for (const auto& [key, value] : values) {
        upsert.bind(1, QString::fromLatin1(key)).bind(2, value);
        if (Status done = upsert.execute(); !done)
            return done;
    }
    return {};
}

Status TeamReplica::noteSynced(Database& db, qint64 at)
{
    Statement upsert(db.handle(), "INSERT INTO settings (key, value) VALUES ('team.last_sync', "
                                  "?1) ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    return upsert.bind(1, QString::number(at)).execute();
}

Result<qint64> TeamReplica::unsentCount(Database& db)
{
    return db.scalar(u"SELECT (SELECT count(*) FROM team_events WHERE seq IS NULL) + (SELECT "
                     u"count(*) FROM team_changes WHERE seq IS NULL AND refused IS NULL)"_s);
}

QString TeamReplica::dealKey(const QString& externalId, qint64 id)
{
    return externalId.isEmpty() ? u"id:%1"_s.arg(id) : u"deal:"_s + externalId;
}

} // namespace leadloop
