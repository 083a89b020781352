#include "changelog.h"

#include "common/username.h"
#include "database.h"
#include "importbatches.h"
#include "statement.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace leadloop {

namespace {

/// The pulled change being applied on this connection, if any.
struct Applying
{
    QString uid;
    qint64 seq = 0;
    qint64 at = 0;
    QString byUser;
};

/// The key of the connection's state (Database::state) that holds the change being applied.
const QString ApplyingKey = u"team.applying"_s;

Result<std::optional<Applying>> applying(Database& db)
{
    const QVariantList state = db.state(ApplyingKey).toList();
    if (state.size() != 4)
        return std::optional<Applying>();
    return std::optional<Applying>(Applying{state[0].toString(), state[1].toLongLong(),
                                            state[2].toLongLong(), state[3].toString()});
}

/// Who the team sees making a change: the member's login, else the computer's user.
QString author(const TeamStanding& standing)
{
    return standing.login.isEmpty() ? currentUserName() : standing.login;
}

QString roleRefusal(const TeamStanding& standing)
{
    return ChangeLog::tr("Your role in the team workspace is %1, which does not allow this: only "
                         "owners and managers import data, remove imports, change settings, lost "
                         "reasons and the channel grouping, decide identities, or set a person's "
                         "consent by hand. Nothing was changed.")
        .arg(standing.role);
}

/// Writes the change row: unsent when the user made it here, with its place in the log when
/// it is a pulled one being applied (which also moves the replica's place).
Status insertChange(Database& db, const QString& uid, const QString& kind, qint64 at,
                    const QString& byUser, const QJsonObject& payload,
                    std::optional<qint64> batchId, std::optional<qint64> seq)
{
    Statement insert(db.handle(), "INSERT INTO team_changes (uid, kind, at, by_user, payload, "
                                  "batch_id, seq) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) "
                                  "ON CONFLICT (uid) DO NOTHING");
    insert.bind(1, uid)
        .bind(2, kind)
        .bind(3, at)
        .bind(4, byUser)
        .bind(5, QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)))
        .bind(6, batchId)
        .bind(7, seq);
    if (Status done = insert.execute(); !done)
        return done;
    return seq ? ChangeLog::advanceTo(db, *seq) : Status();
}

} // namespace

Result<TeamStanding> ChangeLog::standing(Database& db)
{
    Statement query(db.handle(), "SELECT key, value FROM settings WHERE key IN ('team.server', "
                                 "'team.login', 'team.role', 'team.crm_owner', "
                                 "'team.reps_tag_all')");
    TeamStanding standing;
    while (query.next()) {
        const QString key = query.text(0);
        if (key == u"team.server")
            standing.replica = true;
        else if (key == u"team.login")
            standing.login = query.text(1);
        else if (key == u"team.role")
            standing.role = query.text(1);
        else if (key == u"team.crm_owner")
            standing.crmOwner = query.text(1);
        else
            standing.repsTagAll = query.text(1) == u"true";
    }
    if (Status read = query.status(); !read)
        return read.error();
    return standing;
}

Status ChangeLog::record(Database& db, const QString& kind, const QJsonObject& payload,
                         std::optional<qint64> batchId)
{
    auto team = standing(db);
    if (!team)
        return team.error();
    if (!team->replica)
        return {};
    auto pulled = applying(db);
    if (!pulled)
        return pulled.error();
    if (*pulled) {
        const Applying& a = **pulled;
        return a.uid.isEmpty()
                   ? Status()
                   : insertChange(db, a.uid, kind, a.at, a.byUser, payload, batchId, a.seq);
    }
    if (team->role == u"rep" || team->role == u"viewer")
        return Error{ErrorCode::Refused, roleRefusal(*team)};
    return insertChange(db, newUid(), kind, QDateTime::currentMSecsSinceEpoch(), author(*team),
                        payload, batchId, std::nullopt);
}

Status ChangeLog::recordImport(Database& db, const ImportBatch& batch, const QString& path,
                               const QJsonObject& options)
{
    auto team = standing(db);
    if (!team)
        return team.error();
    if (!team->replica)
        return {};
    QJsonObject payload{
        {u"kind"_s, batch.kind}, {u"source_name"_s, batch.sourceName}, {u"options"_s, options}};
    auto pulled = applying(db);
    if (!pulled)
        return pulled.error();
    if (*pulled)
        return record(db, u"import"_s, payload, batch.id);
    if (team->role == u"rep" || team->role == u"viewer")
        return Error{ErrorCode::Refused, roleRefusal(*team)};

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Io, tr("Cannot read %1: %2").arg(path, file.errorString())};
    payload.insert(u"bytes"_s, file.size());
    const QString uid = newUid();
    const QString byUser = batch.createdBy.isEmpty() ? author(*team) : batch.createdBy;
    if (Status done = insertChange(db, uid, u"import"_s, QDateTime::currentMSecsSinceEpoch(),
                                   byUser, payload, batch.id, std::nullopt);
        !done)
        return done;
    Statement piece(db.handle(), "INSERT INTO team_change_data (uid, n, data) VALUES (?1, ?2, ?3)");
    for (int n = 0; !file.atEnd(); ++n) {
        const QByteArray bytes = file.read(PieceBytes);
        if (bytes.isEmpty() && file.error() != QFile::NoError)
            return Error{ErrorCode::Io, tr("Cannot read %1: %2").arg(path, file.errorString())};
        piece.bind(1, uid).bind(2, qint64(n)).bindBlob(3, qCompress(bytes, 1));
        if (Status done = piece.execute(); !done)
            return done;
    }
    return {};
}

Status ChangeLog::checkTag(Database& db, const QString& dealOwner)
{
    auto team = standing(db);
    if (!team)
        return team.error();
    if (!team->replica)
        return {};
    auto pulled = applying(db);
    if (!pulled)
        return pulled.error();
    if (*pulled)
        return {};
    if (team->role == u"viewer")
        return Error{ErrorCode::Refused,
                     tr("Your role in the team workspace is viewer: viewers read and report "
                        "only. Nothing was changed.")};
    const QString mine = team->crmOwner.isEmpty() ? team->login : team->crmOwner;
    if (team->role == u"rep" && !team->repsTagAll && dealOwner != mine)
        return Error{ErrorCode::Refused,
                     tr("Your role in the team workspace is rep: you tag the leads you own "
                        "(CRM owner %1), and this one's owner is %2. Nothing was changed.")
                         .arg(mine, dealOwner.isEmpty() ? tr("nobody") : dealOwner)};
    return {};
}

Status ChangeLog::beginApplying(Database& db, const QString& uid, qint64 seq, qint64 at,
                                const QString& byUser)
{
    // Kept with the connection rather than in a temporary table: an import changes temp_store,
    // which drops every temporary table.
    db.setState(ApplyingKey, QVariantList{uid, seq, at, byUser});
    return {};
}

Status ChangeLog::endApplying(Database& db)
{
    db.setState(ApplyingKey, {});
    return {};
}

Status ChangeLog::advanceTo(Database& db, qint64 seq)
{
    Statement place(db.handle(),
                    "INSERT INTO settings (key, value) VALUES ('team.last_seq', ?1) ON CONFLICT "
                    "(key) DO UPDATE SET value = max(CAST(value AS INTEGER), ?1)");
    return place.bind(1, seq).execute();
}

Result<QString> ChangeLog::batchKey(Database& db, qint64 batchId)
{
    Statement query(db.handle(), "SELECT uid FROM team_changes WHERE batch_id = ?1 AND kind = "
                                 "'import'");
    query.bind(1, batchId);
    if (query.next())
        return query.text(0);
    if (Status read = query.status(); !read)
        return read.error();
    return u"id:%1"_s.arg(batchId);
}

Result<std::optional<qint64>> ChangeLog::batchFromKey(Database& db, const QString& key)
{
    if (key.startsWith(u"id:")) {
        Statement query(db.handle(), "SELECT id FROM import_batches b WHERE id = ?1 AND NOT EXISTS "
                                     "(SELECT 1 FROM team_changes c WHERE c.batch_id = b.id AND "
                                     "c.kind = 'import')");
        query.bind(1, key.mid(3).toLongLong());
        return query.optionalInt64();
    }
    Statement query(db.handle(), "SELECT batch_id FROM team_changes WHERE uid = ?1 AND kind = "
                                 "'import' AND batch_id IS NOT NULL");
    query.bind(1, key);
    return query.optionalInt64();
}

QString ChangeLog::newUid()
{
    return QUuid::createUuid().toString(QUuid::Id128);
}

} // namespace leadloop
