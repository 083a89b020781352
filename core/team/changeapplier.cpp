#include "changeapplier.h"

#include "analytics/campaignlist.h"
#include "ingest/importreplay.h"
#include "pgconnection.h"
#include "sales/adconsent.h"
#include "sales/identityreview.h"
#include "sales/lostreasons.h"
#include "store/batchremoval.h"
#include "store/changelog.h"
#include "store/statement.h"
#include "store/workspace.h"
#include "store/workspacesettings.h"
#include "tracking/workspacechannels.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace leadloop {

namespace {

/// Ends the applying state whatever happens.
class ApplyingScope final
{
public:
    explicit ApplyingScope(Database& db)
        : m_db(db)
    {}
    ~ApplyingScope() { (void)ChangeLog::endApplying(m_db); }

private:
    Database& m_db;
};

/// What a setting-like change is about: the setting's key, or the whole list or grouping.
QString subject(const PulledChange& change)
{
    return change.kind == u"setting" || change.kind == u"campaign_cost"
               ? change.payload.value(u"key"_s).toString()
               : change.kind;
}

/// Whether the replica holds a change of the same thing made later (by time, then by uid so
/// that every replica decides alike): then that one stays, and this one is history only.
Result<bool> supersededHere(Database& db, const PulledChange& change)
{
    Statement query(db.handle(),
                    "SELECT count(*) FROM team_changes WHERE kind = ?1 AND uid <> ?2 AND "
                    "refused IS NULL AND (kind NOT IN ('setting', 'campaign_cost') OR "
                    "json_extract(payload, '$.key') = ?3) AND (at > ?4 OR (at = ?4 AND uid > ?2))");
    query.bind(1, change.kind).bind(2, change.uid).bind(3, subject(change)).bind(4, change.at);
    auto later = query.optionalInt64();
    if (!later)
        return later.error();
    return later->value_or(0) > 0;
}

Status applySettingLike(Database& db, const PulledChange& change)
{
    auto superseded = supersededHere(db, change);
    if (!superseded)
        return superseded.error();
    if (*superseded)
        return {};
    return ChangeApplier::putState(db, change.kind, change.payload, ChangeApplier::Side::After);
}

/// A contact as the change names it (e-mail, else id) → its id here.
Result<std::optional<qint64>> contactHere(Database& db, const QString& key)
{
    Statement query(db.handle(), "SELECT id FROM contacts WHERE email = ?1 OR (?2 > 0 AND id = "
                                 "?2) ORDER BY email IS NULL LIMIT 1");
    query.bind(1, key).bind(2, key.toLongLong());
    return query.optionalInt64();
}

Status applyIdentity(Database& db, const PulledChange& change)
{
    const QJsonObject& p = change.payload;
    const QString action = p.value(u"action"_s).toString();
    const QString visitor = p.value(u"visitor"_s).toString();
    const QString contact = p.value(u"contact"_s).toString();
    const QString reason = p.value(u"reason"_s).toString();
    // The name the decision was made under (the reviewer), else the change's author.
    const QString by = p.value(u"by"_s).toString(change.byUser);
    Status done;
    if (action == u"link") {
        done = IdentityReview::link(db, visitor, contact, by, reason);
    } else if (action == u"unlink") {
        done = IdentityReview::unlink(db, visitor, contact, by, reason);
    } else if (action == u"keep_apart") {
        done = IdentityReview::keepApart(db, visitor, contact, by, reason);
    } else if (action == u"reopen") {
        QList<qint64> restore;
        for (const QJsonValue& key : p.value(u"restore"_s).toArray()) {
            auto id = contactHere(db, key.toString());
            if (!id)
                return id.error();
            if (*id)
                restore.append(**id);
        }
        done = IdentityReview::reopen(db, visitor, contact, restore, by);
    } else {
        return Error{ErrorCode::InvalidArgument,
                     ChangeApplier::tr("A team member made an identity decision this LeadLoop "
                                       "does not know (%1); update LeadLoop to apply it.")
                         .arg(action)};
    }
    // A decision on a visitor or contact this replica does not hold, or one that holds here
    // already (an unlink of a link that is gone), changes nothing here; it stays in the history.
    if (!done &&
        (done.error().code == ErrorCode::BadInput || done.error().code == ErrorCode::NotFound))
        return {};
    return done;
}

/// A consent choice made by hand: the choice with its own time, so that the latest one wins
/// on every replica whatever order the choices arrive in (the view contact_consent).
Status applyConsent(Database& db, const QJsonObject& p, const QString& field, qint64 at,
                    const QString& by)
{
    auto contact = contactHere(db, p.value(u"contact"_s).toString());
    if (!contact)
        return contact.error();
    const auto signal = AdConsent::parseSignal(p.value(u"signal"_s).toString());
    const auto state = AdConsent::parse(p.value(field).toString());
    if (!*contact || !signal || !state)
        return {}; // a person this replica does not hold: history only
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    if (Status set = AdConsent::set(db, **contact, *signal, *state, by, at); !set)
        return set;
    return transaction.commit();
}

Status applyRemoval(Workspace& workspace, const PulledChange& change)
{
    Database& db = workspace.database();
    auto batch = ChangeLog::batchFromKey(db, change.payload.value(u"batch"_s).toString());
    if (!batch)
        return batch.error();
    if (!*batch)
        return {}; // removed here already, or never here
    auto blocker = BatchRemoval::blocker(db, **batch);
    if (!blocker)
        return blocker.error();
    if (*blocker)
        return {}; // already removed
    auto removed = BatchRemoval::remove(workspace, **batch);
    return removed ? Status() : Status(removed.error());
}

/// Fetches the import's file from the server, piece by piece, into `folder` under the name it
/// had, and makes the import again.
Status applyImport(Workspace& workspace, PgConnection& server, const PulledChange& change)
{
    QTemporaryDir folder;
    if (!folder.isValid())
        return Error{
            ErrorCode::Io,
            ChangeApplier::tr("Cannot make a temporary folder: %1").arg(folder.errorString())};
    const QString name = QFileInfo(change.payload.value(u"source_name"_s).toString()).fileName();
    const QString path = QDir(folder.path()).filePath(name.isEmpty() ? u"import"_s : name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{ErrorCode::Io,
                     ChangeApplier::tr("Cannot write %1: %2").arg(path, file.errorString())};
    for (int n = 0; n < change.pieces; ++n) {
        auto piece = server.query("SELECT data FROM leadloop.change_pieces WHERE uid = $1 AND "
                                  "n = $2",
                                  {PgParam::text(change.uid), PgParam::number(n)});
        if (!piece)
            return piece.error();
        const QByteArray bytes =
            piece->count() == 1 ? qUncompress(piece->bytes(0, 0)) : QByteArray();
        if (piece->count() != 1 || (bytes.isEmpty() && piece->bytes(0, 0).size() > 4))
            return Error{ErrorCode::Corrupt,
                         ChangeApplier::tr("Piece %1 of %2's import (%3) is missing or damaged "
                                           "on the team server.")
                             .arg(n + 1)
                             .arg(change.byUser, name)};
        if (file.write(bytes) != bytes.size())
            return Error{ErrorCode::Io,
                         ChangeApplier::tr("Cannot write %1: %2").arg(path, file.errorString())};
    }
    file.close();
    auto batch = ImportReplay::run(workspace, change.payload.value(u"kind"_s).toString(), path,
                                   change.payload.value(u"options"_s).toObject(), change.byUser);
    return batch ? Status() : Status(batch.error());
}

} // namespace

Status ChangeApplier::putState(Database& db, const QString& kind, const QJsonObject& p, Side side)
{
    const bool after = side == Side::After;
    if (kind == u"setting") {
        const QString key = p.value(u"key"_s).toString();
        const QJsonValue value = p.value(after ? u"value"_s : u"old"_s);
        if (!value.isUndefined())
            return WorkspaceSettings::set(db, key, value.toString());
        Statement remove(db.handle(), "DELETE FROM settings WHERE key = ?1");
        return remove.bind(1, key).execute(); // it had no value before
    }
    if (kind == u"campaign_cost") {
        // A cost of a campaign this replica does not hold stays in the history only.
        const Status put = CampaignList::applyCost(db, p, after ? "value" : "old");
        return !put && put.error().code == ErrorCode::NotFound ? Status() : put;
    }
    if (kind == u"lost_reasons") {
        QStringList names;
        for (const QJsonValue& name : p.value(after ? u"names"_s : u"old"_s).toArray())
            names.append(name.toString());
        return LostReasons::replace(db, names);
    }
    if (kind == u"consent") {
        // Taking a refused choice back: the choice by hand as it was before, now.
        return applyConsent(db, p, after ? u"state"_s : u"old"_s,
                            after ? qint64(p.value(u"at"_s).toDouble())
                                  : QDateTime::currentMSecsSinceEpoch(),
                            p.value(u"by"_s).toString());
    }
    if (kind == u"channel_rules") {
        auto counts = WorkspaceChannels::applyChoice(
            db, {p.value(after ? u"id"_s : u"old_id"_s).toString(),
                 p.value(after ? u"custom"_s : u"old_custom"_s).toString()});
        return counts ? Status() : Status(counts.error());
    }
    return {};
}

Status ChangeApplier::apply(Workspace& workspace, PgConnection& server, const PulledChange& change)
{
    Database& db = workspace.database();
    if (Status begun =
            ChangeLog::beginApplying(db, change.uid, change.seq, change.at, change.byUser);
        !begun)
        return begun;
    ApplyingScope scope(db);
    Status applied;
    if (change.kind == u"setting" || change.kind == u"lost_reasons" ||
        change.kind == u"channel_rules" || change.kind == u"campaign_cost") {
        Transaction transaction(db);
        if (!transaction.isActive())
            return transaction.error();
        applied = applySettingLike(db, change);
        if (applied)
            applied = transaction.commit();
    } else if (change.kind == u"identity") {
        applied = applyIdentity(db, change);
    } else if (change.kind == u"consent") {
        applied = putState(db, change.kind, change.payload, Side::After);
    } else if (change.kind == u"batch_removed") {
        applied = applyRemoval(workspace, change);
    } else if (change.kind == u"import") {
        applied = applyImport(workspace, server, change);
    } else {
        return Error{ErrorCode::InvalidArgument,
                     tr("A team member made a change of a kind this LeadLoop does not know (%1); "
                        "update LeadLoop to apply it.")
                         .arg(change.kind)};
    }
    if (!applied)
        return applied;
    // Recorded in the history with its place in the log, also when it changed nothing here
    // (when it did, it is recorded already and this does nothing).
    return ChangeLog::record(db, change.kind, change.payload);
}

} // namespace leadloop
