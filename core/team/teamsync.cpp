#include "teamsync.h"

#include "changeapplier.h"
#include "pgconnection.h"
#include "refusedchanges.h"
#include "sales/dealoutcomes.h"
#include "store/changelog.h"
#include "store/database.h"
#include "store/saleswriter.h"
#include "store/statement.h"
#include "store/workspace.h"
#include "teamdeals.h"
#include "teamreplica.h"
#include "teamschema.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSet>

using namespace Qt::StringLiterals;

namespace leadloop {

namespace {

/// One event as it travels: its columns in the server's order.
struct Travelling
{
    QString uid, dealKey, dealOwner;
    QStringList columns; // at, recorded_at, by_user, old, new, amount, currency, reason, note,
                         // origin; a null QString is NULL
};

QString orNull(const Statement& query, int column)
{
    return query.isNull(column) ? QString() : query.text(column);
}

/// The replica's unsent events, oldest first.
Result<QList<Travelling>> unsent(Database& db)
{
    Statement query(db.handle(),
                    "SELECT t.uid, coalesce(d.external_id, ''), d.id, coalesce(d.owner, ''), o.at, "
                    "o.recorded_at, o.by_user, o.old_outcome, o.new_outcome, o.amount_cents, "
                    "o.currency, o.reason, o.note, o.origin FROM team_events t JOIN "
                    "outcome_events o ON o.id = t.event_id JOIN deals d ON d.id = o.deal_id "
                    "WHERE t.seq IS NULL ORDER BY o.id");
    QList<Travelling> events;
    while (query.next()) {
        Travelling e;
        e.uid = query.text(0);
        e.dealKey = TeamReplica::dealKey(query.text(1), query.int64(2));
        e.dealOwner = query.text(3);
        for (int c = 4; c < 14; ++c)
            e.columns.append(orNull(query, c));
        events.append(e);
    }
    if (Status read = query.status(); !read)
        return read.error();
    return events;
}

/// A change other than an outcome event, as it travels.
struct TravellingChange
{
    QString uid, kind, byUser, payload;
    qint64 at = 0;
    int pieces = 0;
    bool crmImport = false;
};

/// The replica's unsent changes (not refused ones), oldest first; consent choices only when
/// the server's format takes them (an older server keeps them waiting until it is upgraded).
Result<QList<TravellingChange>> unsentChanges(Database& db, bool withConsent)
{
    Statement query(db.handle(),
                    "SELECT c.uid, c.kind, c.at, c.by_user, c.payload, (SELECT count(*) FROM "
                    "team_change_data d WHERE d.uid = c.uid), c.kind = 'import' AND "
                    "json_extract(c.payload, '$.kind') = 'crm' FROM team_changes c WHERE c.seq "
                    "IS NULL AND c.refused IS NULL AND (?1 OR c.kind <> 'consent') "
                    "ORDER BY c.at, c.rowid");
    query.bind(1, withConsent ? 1 : 0);
    QList<TravellingChange> changes;
    while (query.next())
        changes.append({query.text(0), query.text(1), query.text(3), query.text(4), query.int64(2),
                        int(query.int64(5)), query.int64(6) != 0});
    if (Status read = query.status(); !read)
        return read.error();
    return changes;
}

/// Stores the changes on the server (the ones it has already are left as they are) with the
/// pieces of their files.
Status sendChanges(Database& local, PgConnection& server, const QList<TravellingChange>& changes)
{
    QStringList uids, kinds, ats, users, payloads, pieces;
    for (const TravellingChange& c : changes) {
        uids.append(c.uid);
        kinds.append(c.kind);
        ats.append(QString::number(c.at));
        users.append(c.byUser);
        payloads.append(c.payload);
        pieces.append(QString::number(c.pieces));
    }
    auto stored = server.query(
        "INSERT INTO leadloop.changes (uid, kind, at, by_user, payload, pieces) SELECT * FROM "
        "unnest($1::text[], $2::text[], $3::bigint[], $4::text[], $5::text[], $6::int[]) "
        "ON CONFLICT (uid) DO NOTHING RETURNING uid",
        {PgParam::textArray(uids), PgParam::textArray(kinds), PgParam::textArray(ats),
         PgParam::textArray(users), PgParam::textArray(payloads), PgParam::textArray(pieces)});
    if (!stored)
        return stored.error();
    // Only the changes stored now need their files: one stored by an earlier push has them.
    Statement piece(local.handle(), "SELECT n, data FROM team_change_data WHERE uid = ?1 ORDER "
                                    "BY n");
    for (int r = 0; r < stored->count(); ++r) {
        piece.bind(1, stored->text(r, 0));
        while (piece.next()) {
            auto sent =
                server.query("INSERT INTO leadloop.change_pieces (uid, n, data) VALUES "
                             "($1, $2, $3)",
                             {PgParam::text(stored->text(r, 0)), PgParam::number(piece.int64(0)),
                              PgParam::bytes(piece.blob(1))});
            if (!sent)
                return sent.error();
        }
        if (Status read = piece.status(); !read)
            return read;
        piece.reset();
    }
    return {};
}

/// The column of every event, as a text[] parameter.
PgParam column(const QList<Travelling>& events, int index)
{
    QStringList values;
    for (const Travelling& e : events)
        values.append(index < 0 ? (index == -1 ? e.uid : e.dealKey) : e.columns[index]);
    return PgParam::textArray(values);
}

/// The local deal a key names, created (open, owned as on the server) when the replica has not
/// seen it yet.
Result<qint64> localDeal(Database& db, const QString& key, const QString& owner, qint64 at)
{
    Statement find(db.handle(), key.startsWith(u"id:")
                                    ? "SELECT id FROM deals WHERE id = ?1"
                                    : "SELECT id FROM deals WHERE external_id = ?1");
    if (key.startsWith(u"id:"))
        find.bind(1, key.mid(3).toLongLong());
    else
        find.bind(1, key.mid(5));
    auto id = find.optionalInt64();
    if (!id)
        return id.error();
    if (*id)
        return **id;
    DealRecord deal;
    deal.externalId = key.startsWith(u"deal:") ? key.mid(5) : key;
    deal.owner = owner;
    deal.createdAt = at;
    return SalesWriter(db, std::nullopt).addDeal(deal);
}

} // namespace

Status TeamSync::keepStanding(Database& local, PgConnection& server)
{
    auto standing = server.query(
        "SELECT leadloop.my_role(), coalesce((SELECT crm_owner FROM leadloop.members WHERE login "
        "= session_user), ''), coalesce((SELECT value FROM leadloop.info WHERE key = "
        "'reps_tag_all'), 'false') = 'true'");
    if (!standing)
        return standing.error();
    return TeamReplica::setStanding(local, standing->text(0, 0), standing->text(0, 1),
                                    standing->text(0, 2) == u"t");
}

namespace {

/// One push of everything unsent, all or nothing.
Result<qint64> pushOnce(Database& local, PgConnection& server, bool withConsent)
{
    auto events = unsent(local);
    if (!events)
        return events.error();
    auto changes = unsentChanges(local, withConsent);
    if (!changes)
        return changes.error();
    if (events->isEmpty() && changes->isEmpty())
        return 0;

    PgTransaction transaction(server);
    if (!transaction.begun())
        return transaction.begun().error();
    // Pushes take turns, so that the log's order is the order in which pushes commit and a
    // pull never skips a change that a slower push commits later.
    // (A transaction-scoped advisory lock: LOCK TABLE in a mode that excludes other inserters
    // needs rights that reps do not have.)
    if (auto locked = server.query("SELECT pg_advisory_xact_lock(hashtext('leadloop.push'))");
        !locked)
        return locked.error();
    const auto refused = [&](Error error) {
        if (error.code == ErrorCode::Refused) {
            auto standing = ChangeLog::standing(local);
            error.message =
                TeamSync::tr("The team server refused your changes, and stored none of them: "
                             "your role (%1) does not allow one of them. %2")
                    .arg(standing ? standing->role : QString(), error.message);
        }
        return error;
    };
    // Other changes first: an import that brings a deal goes before a tag of that deal.
    if (!changes->isEmpty())
        if (Status sent = sendChanges(local, server, *changes); !sent)
            return refused(sent.error());
    // After a CRM import the server learns the deals and their owners, which reps' tags are
    // checked against.
    if (std::any_of(changes->begin(), changes->end(),
                    [](const TravellingChange& c) { return c.crmImport; }))
        if (auto deals = TeamDeals::upload(local, server); !deals)
            return refused(deals.error());
    if (!events->isEmpty()) {
        // Deals the server does not know yet (created on this replica) go first; only
        // managers and owners may add them, which the server checks.
        QStringList keys, owners;
        for (const Travelling& e : *events)
            if (!keys.contains(e.dealKey)) {
                keys.append(e.dealKey);
                owners.append(e.dealOwner);
            }
        auto missing = server.query(
            "SELECT count(*) FROM unnest($1::text[]) AS n(k) WHERE NOT EXISTS (SELECT 1 FROM "
            "leadloop.deals d WHERE d.deal_key = n.k)",
            {PgParam::textArray(keys)});
        if (!missing)
            return missing.error();
        if (missing->int64(0, 0) > 0) {
            auto added = server.query(
                "INSERT INTO leadloop.deals (deal_key, owner) SELECT k, o FROM "
                "unnest($1::text[], $2::text[]) AS n(k, o) WHERE NOT EXISTS (SELECT 1 FROM "
                "leadloop.deals d WHERE d.deal_key = n.k)",
                {PgParam::textArray(keys), PgParam::textArray(owners)});
            if (!added)
                return refused(added.error());
        }
        auto stored = server.query(
            "INSERT INTO leadloop.outcome_events (uid, deal_key, at, recorded_at, by_user, "
            "old_outcome, new_outcome, amount_cents, currency, reason, note, origin) SELECT * "
            "FROM unnest($1::text[], $2::text[], $3::bigint[], $4::bigint[], $5::text[], "
            "$6::text[], $7::text[], $8::bigint[], $9::text[], $10::text[], $11::text[], "
            "$12::text[]) ON CONFLICT (uid) DO NOTHING",
            {column(*events, -1), column(*events, -2), column(*events, 0), column(*events, 1),
             column(*events, 2), column(*events, 3), column(*events, 4), column(*events, 5),
             column(*events, 6), column(*events, 7), column(*events, 8), column(*events, 9)});
        if (!stored)
            return refused(stored.error());
    }
    QStringList uids;
    for (const Travelling& e : *events)
        uids.append(e.uid);
    for (const TravellingChange& c : *changes)
        uids.append(c.uid);
    auto seqs = server.query("SELECT uid, seq FROM leadloop.outcome_events WHERE uid = "
                             "ANY($1::text[]) UNION ALL SELECT uid, seq FROM leadloop.changes "
                             "WHERE uid = ANY($1::text[])",
                             {PgParam::textArray(uids)});
    if (!seqs)
        return seqs.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();

    // The server has them now; should this step not happen, the next push sends them again and
    // the server keeps the ones it has.
    Transaction mark(local);
    if (!mark.isActive())
        return mark.error();
    Statement event(local.handle(), "UPDATE team_events SET seq = ?2 WHERE uid = ?1");
    Statement change(local.handle(), "UPDATE team_changes SET seq = ?2 WHERE uid = ?1");
    Statement data(local.handle(), "DELETE FROM team_change_data WHERE uid = ?1");
    for (int r = 0; r < seqs->count(); ++r) {
        const QString uid = seqs->text(r, 0);
        for (Statement* update : {&event, &change}) {
            update->bind(1, uid).bind(2, seqs->int64(r, 1));
            if (Status done = update->execute(); !done)
                return done.error();
        }
        // The file is on the server now; the replica keeps the rows it made of it.
        if (Status done = data.bind(1, uid).execute(); !done)
            return done.error();
    }
    if (Status committed = mark.commit(); !committed)
        return committed.error();
    return qint64(events->size() + changes->size());
}

/// Applies a run of pulled outcome events (rows `from` to `to` of `rows`) in one transaction
/// and moves the replica's place in the log past them; returns how many were new here.
Result<qint64> applyEvents(Database& local, const PgRows& rows, int from, int to)
{
    Transaction transaction(local);
    if (!transaction.isActive())
        return transaction.error();
    // Events that come from the server are not recorded to be sent back (004_team.sql).
    if (Status applying = local.exec(u"INSERT INTO settings (key, value) VALUES "
                                     u"('team.applying', '1')"_s);
        !applying)
        return applying.error();
    Statement known(local.handle(), "SELECT 1 FROM team_events WHERE uid = ?1");
    Statement ownSent(local.handle(),
                      "UPDATE team_events SET seq = ?2 WHERE uid = ?1 AND seq IS NULL");
    Statement record(local.handle(),
                     "INSERT INTO team_events (uid, event_id, seq) VALUES (?1, ?2, ?3)");
    SalesWriter writer(local, std::nullopt);
    QSet<qint64> deals;
    qint64 pulled = 0;
    qint64 lastSeq = 0;
    for (int r = from; r < to; ++r) {
        const qint64 seq = rows.int64(r, 0);
        const QString uid = rows.text(r, 1);
        lastSeq = std::max(lastSeq, seq);
        known.bind(1, uid);
        auto knownHere = known.optionalInt64();
        known.reset();
        if (!knownHere)
            return knownHere.error();
        if (knownHere->has_value()) {
            // This replica's own event back from the server (its place in the log noted, if
            // the push could not), or one applied before: nothing to apply.
            ownSent.bind(1, uid).bind(2, seq);
            if (Status done = ownSent.execute(); !done)
                return done.error();
            continue;
        }
        OutcomeEventRecord event;
        event.at = rows.int64(r, 4);
        auto deal = localDeal(local, rows.text(r, 2), rows.text(r, 3), event.at);
        if (!deal)
            return deal.error();
        event.dealId = *deal;
        event.recordedAt = rows.int64(r, 5);
        event.byUser = rows.text(r, 6);
        event.oldOutcome = rows.text(r, 7);
        event.newOutcome = rows.text(r, 8);
        if (!rows.isNull(r, 9))
            event.amountCents = rows.int64(r, 9);
        event.currency = rows.text(r, 10);
        event.reason = rows.text(r, 11);
        event.note = rows.text(r, 12);
        event.origin = rows.text(r, 13);
        auto id = writer.addOutcomeEvent(event);
        if (!id)
            return id.error();
        record.bind(1, uid).bind(2, *id).bind(3, seq);
        if (Status done = record.execute(); !done)
            return done.error();
        deals.insert(*deal);
        ++pulled;
    }
    for (const qint64 deal : deals)
        if (Status applied = DealOutcomes::applyLatest(local, deal); !applied)
            return applied.error();
    if (Status done = local.exec(u"DELETE FROM settings WHERE key = 'team.applying'"_s); !done)
        return done.error();
    if (Status moved = ChangeLog::advanceTo(local, lastSeq); !moved)
        return moved.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return pulled;
}

/// Notes that the replica's own change came back from the server at `seq`.
Status noteOwn(Database& local, const QString& uid, qint64 seq)
{
    Transaction transaction(local);
    if (!transaction.isActive())
        return transaction.error();
    Statement own(local.handle(), "UPDATE team_changes SET seq = ?2 WHERE uid = ?1 AND seq IS "
                                  "NULL");
    if (Status done = own.bind(1, uid).bind(2, seq).execute(); !done)
        return done;
    if (Status moved = ChangeLog::advanceTo(local, seq); !moved)
        return moved;
    return transaction.commit();
}

} // namespace

Result<SyncCounts> TeamSync::push(Workspace& workspace, PgConnection& server)
{
    SyncCounts counts;
    // A server of an older format is upgraded by the member who published it; until then the
    // changes it cannot hold wait here.
    auto format = TeamSchema::upgrade(server);
    if (!format && format.error().code != ErrorCode::Refused)
        return format.error();
    const bool withConsent = format && *format >= TeamSchema::FormatVersion;
    auto pushed = pushOnce(workspace.database(), server, withConsent);
    if (pushed) {
        counts.pushed = *pushed;
        return counts;
    }
    if (pushed.error().code != ErrorCode::Refused)
        return pushed.error();
    auto refused = RefusedChanges::takeBack(workspace, server);
    if (!refused)
        return refused.error();
    if (refused->isEmpty())
        return pushed.error();
    counts.refused = refused->size();
    counts.refusals = *refused;
    auto again = pushOnce(workspace.database(), server, withConsent);
    if (!again)
        return again.error();
    counts.pushed = *again;
    return counts;
}

Result<qint64> TeamSync::pull(Workspace& workspace, PgConnection& server)
{
    Database& local = workspace.database();
    auto link = TeamReplica::link(local);
    if (!link)
        return link.error();
    if (!*link)
        return Error{ErrorCode::InvalidArgument,
                     tr("This workspace is not part of a team workspace; publish it or join "
                        "one first.")};
    const qint64 after = (*link)->lastSeq;
    // Both reads stop at the log's newest committed change: a push that commits between them
    // has later places (pushes take turns), so neither read sees half of it and no change is
    // skipped.
    auto newest = server.query("SELECT leadloop.log_version()");
    if (!newest)
        return newest.error();
    const PgParam upTo = PgParam::number(newest->int64(0, 0));
    auto events = server.query(
        "SELECT e.seq, e.uid, e.deal_key, coalesce(d.owner, ''), e.at, e.recorded_at, e.by_user, "
        "e.old_outcome, e.new_outcome, e.amount_cents, coalesce(e.currency, ''), "
        "coalesce(e.reason, ''), coalesce(e.note, ''), e.origin FROM leadloop.outcome_events e "
        "JOIN leadloop.deals d ON d.deal_key = e.deal_key WHERE e.seq > $1 AND e.seq <= $2 ORDER "
        "BY e.seq",
        {PgParam::number(after), upTo});
    if (!events)
        return events.error();
    auto changes = server.query("SELECT seq, uid, kind, at, by_user, payload, pieces FROM "
                                "leadloop.changes WHERE seq > $1 AND seq <= $2 ORDER BY seq",
                                {PgParam::number(after), upTo});
    if (!changes)
        return changes.error();

    // Both in the log's one order: runs of outcome events in one transaction each, every
    // other change on its own (an import is a transaction of its own). Each moves the
    // replica's place in the log, so an interrupted pull resumes after the last one applied.
    Statement known(local.handle(), "SELECT 1 FROM team_changes WHERE uid = ?1");
    qint64 pulled = 0;
    int e = 0;
    for (int c = 0; c <= changes->count(); ++c) {
        const qint64 until =
            c < changes->count() ? changes->int64(c, 0) : std::numeric_limits<qint64>::max();
        int end = e;
        while (end < events->count() && events->int64(end, 0) < until)
            ++end;
        if (end > e) {
            auto applied = applyEvents(local, *events, e, end);
            if (!applied)
                return applied.error();
            pulled += *applied;
            e = end;
        }
        if (c == changes->count())
            break;
        PulledChange change;
        change.seq = changes->int64(c, 0);
        change.uid = changes->text(c, 1);
        known.bind(1, change.uid);
        auto knownHere = known.optionalInt64();
        known.reset();
        if (!knownHere)
            return knownHere.error();
        if (knownHere->has_value()) {
            if (Status noted = noteOwn(local, change.uid, change.seq); !noted)
                return noted.error();
            continue;
        }
        change.kind = changes->text(c, 2);
        change.at = changes->int64(c, 3);
        change.byUser = changes->text(c, 4);
        change.payload = QJsonDocument::fromJson(changes->text(c, 5).toUtf8()).object();
        change.pieces = int(changes->int64(c, 6));
        if (Status applied = ChangeApplier::apply(workspace, server, change); !applied)
            return applied.error();
        ++pulled;
    }
    if (Status synced = TeamReplica::noteSynced(local, QDateTime::currentMSecsSinceEpoch());
        !synced)
        return synced.error();
    return pulled;
}

Result<SyncCounts> TeamSync::sync(Workspace& workspace, PgConnection& server)
{
    auto pushed = push(workspace, server);
    if (!pushed)
        return pushed.error();
    SyncCounts counts = *pushed;
    auto pulled = pull(workspace, server);
    if (!pulled)
        return pulled.error();
    counts.pulled = *pulled;
    auto version = server.query("SELECT leadloop.log_version()");
    if (!version)
        return version.error();
    counts.serverVersion = version->int64(0, 0);
    if (Status kept = keepStanding(workspace.database(), server); !kept)
        return kept.error();
    return counts;
}

} // namespace leadloop
