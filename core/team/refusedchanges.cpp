#include "refusedchanges.h"

#include "changeapplier.h"
#include "pgconnection.h"
#include "sales/dealoutcomes.h"
#include "store/batchremoval.h"
#include "store/changelog.h"
#include "store/statement.h"
#include "store/workspace.h"
#include "teamhistory.h"
#include "teamreplica.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

namespace leadloop {

namespace {

/// An unsent tag: its uid, local event and deal, and what it said.
struct UnsentTag
{
    QString uid;
    qint64 eventId = 0, dealId = 0, at = 0;
    QString dealKey, byUser, outcome, before;
};

Result<QList<UnsentTag>> unsentTags(Database& db)
{
    Statement query(db.handle(), "SELECT t.uid, o.id, d.id, coalesce(d.external_id, ''), o.at, "
                                 "o.by_user, o.new_outcome, o.old_outcome FROM team_events t JOIN "
                                 "outcome_events o ON o.id = t.event_id JOIN deals d ON d.id = "
                                 "o.deal_id WHERE t.seq IS NULL");
    QList<UnsentTag> tags;
    while (query.next())
        tags.append({query.text(0), query.int64(1), query.int64(2), query.int64(4),
                     TeamReplica::dealKey(query.text(3), query.int64(2)), query.text(5),
                     query.text(6), query.text(7)});
    if (Status read = query.status(); !read)
        return read.error();
    return tags;
}

/// Takes a refused tag back: the event leaves the deal's history here and is kept as a refused
/// change; the deal's outcome is its latest event again.
Status takeBackTag(Database& db, const UnsentTag& tag, const QString& why)
{
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    Statement keep(db.handle(), "INSERT INTO team_changes (uid, kind, at, by_user, payload, "
                                "refused) VALUES (?1, 'tag', ?2, ?3, ?4, ?5)");
    const QJsonObject payload{{u"deal"_s, tag.dealKey}, {u"outcome"_s, tag.outcome}};
    keep.bind(1, tag.uid)
        .bind(2, tag.at)
        .bind(3, tag.byUser)
        .bind(4, QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)))
        .bind(5, why);
    if (Status done = keep.execute(); !done)
        return done;
    for (const char* sql :
         {"DELETE FROM team_events WHERE uid = ?1", "DELETE FROM outcome_events WHERE id = ?2"}) {
        Statement remove(db.handle(), sql);
        remove.bind(1, tag.uid);
        if (QByteArray(sql).contains("?2"))
            remove.bind(2, tag.eventId);
        if (Status done = remove.execute(); !done)
            return done;
    }
    // The latest event left decides; with none left, the deal is as it was before the tag.
    Statement before(db.handle(), "UPDATE deals SET outcome = ?2, closed_at = NULL, lost_reason "
                                  "= NULL WHERE id = ?1 AND NOT EXISTS (SELECT 1 FROM "
                                  "outcome_events WHERE deal_id = ?1)");
    if (Status done = before.bind(1, tag.dealId).bind(2, tag.before).execute(); !done)
        return done;
    if (Status applied = DealOutcomes::applyLatest(db, tag.dealId); !applied)
        return applied;
    return transaction.commit();
}

/// An unsent change other than a tag.
struct UnsentChange
{
    QString uid, kind;
    QJsonObject payload;
    std::optional<qint64> batchId;
};

Result<QList<UnsentChange>> unsentChanges(Database& db)
{
    Statement query(db.handle(), "SELECT uid, kind, payload, batch_id FROM team_changes WHERE "
                                 "seq IS NULL AND refused IS NULL ORDER BY at DESC, rowid DESC");
    QList<UnsentChange> changes;
    while (query.next())
        changes.append({query.text(0), query.text(1),
                        QJsonDocument::fromJson(query.text(2).toUtf8()).object(),
                        query.isNull(3) ? std::nullopt : std::optional(query.int64(3))});
    if (Status read = query.status(); !read)
        return read.error();
    return changes;
}

/// Puts back what a refused change changed, recording nothing (an applying state without a
/// uid); identity decisions and removals stay, as the user made them, and are only marked.
Status undo(Workspace& workspace, const UnsentChange& change)
{
    Database& db = workspace.database();
    if (change.kind != u"import")
        return ChangeApplier::putState(db, change.kind, change.payload,
                                       ChangeApplier::Side::Before);
    if (!change.batchId)
        return {};
    auto removed = BatchRemoval::remove(workspace, *change.batchId);
    return removed ? Status() : Status(removed.error());
}

} // namespace

Result<QStringList> RefusedChanges::takeBack(Workspace& workspace, PgConnection& server)
{
    Database& db = workspace.database();
    auto tags = unsentTags(db);
    if (!tags)
        return tags.error();
    auto changes = unsentChanges(db);
    if (!changes)
        return changes.error();
    QStringList keys;
    for (const UnsentTag& tag : *tags)
        keys.append(tag.dealKey);
    auto role = server.query("SELECT leadloop.my_role()");
    if (!role)
        return role.error();
    auto allowed = server.query("SELECT k, leadloop.may_tag(k) FROM unnest($1::text[]) AS n(k)",
                                {PgParam::textArray(keys)});
    if (!allowed)
        return allowed.error();
    QSet<QString> taggable;
    for (int r = 0; r < allowed->count(); ++r)
        if (allowed->text(r, 1) == u"t")
            taggable.insert(allowed->text(r, 0));
    const QString roleName = role->text(0, 0);
    const QString why =
        tr("The team server refused it: your role in the team workspace is %1.").arg(roleName);

    QStringList refused;
    for (const UnsentTag& tag : *tags) {
        if (taggable.contains(tag.dealKey))
            continue;
        if (Status back = takeBackTag(db, tag, why); !back)
            return back.error();
        refused.append(TeamHistory::describe(
            u"tag"_s, {{u"deal"_s, tag.dealKey}, {u"outcome"_s, tag.outcome}}));
    }
    if (roleName != u"owner" && roleName != u"manager") {
        // Newest first, so that each undo puts back the state the change before it left.
        if (Status applying = ChangeLog::beginApplying(db, {}, 0, 0, {}); !applying)
            return applying.error();
        for (const UnsentChange& change : *changes) {
            Status undone = undo(workspace, change);
            if (!undone) {
                (void)ChangeLog::endApplying(db);
                return undone.error();
            }
            Statement mark(db.handle(), "UPDATE team_changes SET refused = ?2 WHERE uid = ?1");
            if (Status done = mark.bind(1, change.uid).bind(2, why).execute(); !done) {
                (void)ChangeLog::endApplying(db);
                return done.error();
            }
            refused.append(TeamHistory::describe(change.kind, change.payload));
        }
        if (Status ended = ChangeLog::endApplying(db); !ended)
            return ended.error();
    }
    return refused;
}

Result<QStringList> RefusedChanges::list(Workspace& workspace)
{
    Statement query(workspace.database().handle(),
                    "SELECT kind, payload, refused FROM team_changes WHERE refused IS NOT NULL "
                    "ORDER BY at DESC");
    QStringList lines;
    while (query.next())
        lines.append(TeamHistory::describe(
                         query.text(0), QJsonDocument::fromJson(query.text(1).toUtf8()).object()) +
                     u": "_s + query.text(2));
    if (Status read = query.status(); !read)
        return read.error();
    return lines;
}

} // namespace leadloop
