#include "batchremoval.h"

#include "changelog.h"
#include "database.h"
#include "statement.h"
#include "workspace.h"

using namespace Qt::StringLiterals;

namespace leadloop {

namespace {

/// The batch's rows, table by table, in the order they can be deleted (dependents first).
struct Part
{
    const char* table;
    const char* where; ///< ?1 is the batch id
};

constexpr Part Parts[] = {
    {"import_issues", "batch_id = ?1"},
    {"outcome_events", "batch_id = ?1"},
    {"deal_stage_history", "batch_id = ?1"},
    {"campaign_members", "batch_id = ?1"},
    {"campaign_costs", "batch_id = ?1"},
    {"identity_log", "visitor_id IN (SELECT id FROM visitors WHERE batch_id = ?1) OR contact_id "
                     "IN (SELECT id FROM contacts WHERE batch_id = ?1)"},
    {"identity_links", "batch_id = ?1 OR visitor_id IN (SELECT id FROM visitors WHERE batch_id = "
                       "?1) OR contact_id IN (SELECT id FROM contacts WHERE batch_id = ?1)"},
    {"consent_events", "batch_id = ?1 OR contact_id IN (SELECT id FROM contacts WHERE batch_id = "
                       "?1) OR visitor_id IN (SELECT id FROM visitors WHERE batch_id = ?1)"},
    {"events", "batch_id = ?1"},
    {"pageviews", "batch_id = ?1"},
    {"session_click_ids", "session_id IN (SELECT id FROM sessions WHERE batch_id = ?1)"},
    {"sessions", "batch_id = ?1"},
    {"deals", "batch_id = ?1"},
    {"lead_scores", "contact_id IN (SELECT id FROM contacts WHERE batch_id = ?1)"},
    {"contact_properties", "batch_id = ?1 OR contact_id IN (SELECT id FROM contacts WHERE "
                           "batch_id = ?1)"},
    {"contacts", "batch_id = ?1"},
    {"visitors", "batch_id = ?1"},
    {"campaigns", "batch_id = ?1"},
    {"currency_rates", "batch_id = ?1"},
};

/// Data of other batches (or of no batch: manual edits) that depends on this batch's rows.
struct Dependency
{
    const char* count; ///< ?1 is the batch id
    const char* message;
};

const Dependency Dependencies[] = {
    {"SELECT count(*) FROM pageviews p JOIN sessions s ON s.id = p.session_id WHERE s.batch_id = "
     "?1 AND coalesce(p.batch_id, -1) <> ?1",
     QT_TRANSLATE_N_NOOP("BatchRemoval", "%Ln page views of other imports continue its sessions")},
    {"SELECT count(*) FROM pageviews p JOIN sessions s ON s.id = p.session_id WHERE p.batch_id = "
     "?1 AND coalesce(s.batch_id, -1) <> ?1",
     QT_TRANSLATE_N_NOOP("BatchRemoval",
                         "%Ln of its page views continue sessions of other imports")},
    {"SELECT count(*) FROM sessions s JOIN visitors v ON v.id = s.visitor_id WHERE v.batch_id = "
     "?1 AND coalesce(s.batch_id, -1) <> ?1",
     QT_TRANSLATE_N_NOOP("BatchRemoval", "%Ln sessions of other imports belong to its visitors")},
    {"SELECT count(*) FROM events e WHERE coalesce(e.batch_id, -1) <> ?1 AND (e.visitor_id IN "
     "(SELECT id FROM visitors WHERE batch_id = ?1) OR e.session_id IN (SELECT id FROM sessions "
     "WHERE batch_id = ?1))",
     QT_TRANSLATE_N_NOOP("BatchRemoval", "%Ln events of other imports belong to its visitors")},
    {"SELECT count(*) FROM identity_links l WHERE coalesce(l.batch_id, -1) <> ?1 AND "
     "l.visitor_id NOT IN (SELECT id FROM visitors WHERE batch_id = ?1) AND l.contact_id IN "
     "(SELECT id FROM contacts WHERE batch_id = ?1)",
     QT_TRANSLATE_N_NOOP("BatchRemoval",
                         "%Ln visitors of other imports are linked to its contacts")},
    {"SELECT count(*) FROM deals d WHERE coalesce(d.batch_id, -1) <> ?1 AND d.contact_id IN "
     "(SELECT id FROM contacts WHERE batch_id = ?1)",
     QT_TRANSLATE_N_NOOP("BatchRemoval", "%Ln deals of other imports belong to its contacts")},
    {"SELECT count(*) FROM outcome_events o WHERE coalesce(o.batch_id, -1) <> ?1 AND o.deal_id "
     "IN (SELECT id FROM deals WHERE batch_id = ?1)",
     QT_TRANSLATE_N_NOOP("BatchRemoval", "%Ln won or lost tags were recorded on its deals")},
    {"SELECT count(*) FROM deal_stage_history h WHERE coalesce(h.batch_id, -1) <> ?1 AND "
     "h.deal_id IN (SELECT id FROM deals WHERE batch_id = ?1)",
     QT_TRANSLATE_N_NOOP("BatchRemoval", "%Ln stage changes of other imports concern its deals")},
    {"SELECT count(*) FROM campaign_costs k WHERE coalesce(k.batch_id, -1) <> ?1 AND "
     "k.campaign_id IN (SELECT id FROM campaigns WHERE batch_id = ?1)",
     QT_TRANSLATE_N_NOOP("BatchRemoval", "%Ln cost days of other imports or edits belong to its "
                                         "campaigns")},
    {"SELECT count(*) FROM campaign_members m WHERE coalesce(m.batch_id, -1) <> ?1 AND "
     "(m.contact_id IN (SELECT id FROM contacts WHERE batch_id = ?1))",
     QT_TRANSLATE_N_NOOP("BatchRemoval", "%Ln campaign memberships of other imports concern its "
                                         "contacts")},
};

Result<qint64> count(Database& db, const std::string& sql, qint64 batch)
{
    Statement query(db.handle(), sql.c_str());
    if (!query.isValid())
        return Error{ErrorCode::Database, query.errorString()};
    query.bind(1, batch);
    auto rows = query.optionalInt64();
    if (!rows)
        return rows.error();
    return rows->value_or(0);
}

} // namespace

Result<QList<std::pair<QString, qint64>>> BatchRemoval::preview(Database& db, qint64 batch)
{
    QList<std::pair<QString, qint64>> out;
    for (const Part& part : Parts) {
        auto rows = count(
            db, std::string("SELECT count(*) FROM ") + part.table + " WHERE " + part.where, batch);
        if (!rows)
            return rows.error();
        if (*rows > 0)
            out.append({QString::fromLatin1(part.table), *rows});
    }
    return out;
}

Result<std::optional<QString>> BatchRemoval::blocker(Database& db, qint64 batch)
{
    Statement status(db.handle(), "SELECT status FROM import_batches WHERE id = ?1");
    status.bind(1, batch);
    auto state = status.optionalText();
    if (!state)
        return state.error();
    if (!*state)
        return std::optional<QString>(tr("There is no import %1.").arg(batch));
    if (**state == u"removed")
        return std::optional<QString>(tr("Import %1 was removed already.").arg(batch));
    QStringList reasons;
    for (const Dependency& d : Dependencies) {
        auto rows = count(db, d.count, batch);
        if (!rows)
            return rows.error();
        if (*rows > 0)
            reasons.append(tr(d.message, nullptr, int(*rows)));
    }
    if (reasons.isEmpty())
        return std::optional<QString>();
    return std::optional<QString>(tr("Import %1 cannot be removed, because %2. Remove those first.")
                                      .arg(batch)
                                      .arg(reasons.join(u"; "_s)));
}

Result<QList<std::pair<QString, qint64>>> BatchRemoval::remove(Workspace& workspace, qint64 batch)
{
    Database& db = workspace.database();
    // Refused before the snapshot when it would be refused anyway.
    auto refused = blocker(db, batch);
    if (!refused)
        return refused.error();
    if (*refused)
        return Error{ErrorCode::BadInput, **refused};
    if (Status kept = workspace.keepGoodState(tr("removing import %1").arg(batch)); !kept)
        return kept.error();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    auto blocked = blocker(db, batch);
    if (!blocked)
        return blocked.error();
    if (*blocked)
        return Error{ErrorCode::BadInput, **blocked};
    QList<std::pair<QString, qint64>> removed;
    for (const Part& part : Parts) {
        const std::string sql = std::string("DELETE FROM ") + part.table + " WHERE " + part.where;
        Statement remove(db.handle(), sql.c_str());
        remove.bind(1, batch);
        if (Status done = remove.execute(); !done)
            return done.error();
        const qint64 rows = db.changes();
        if (rows > 0)
            removed.append({QString::fromLatin1(part.table), rows});
    }
    Statement mark(db.handle(), "UPDATE import_batches SET status = 'removed' WHERE id = ?1");
    if (Status done = mark.bind(1, batch).execute(); !done)
        return done.error();
    // In a team replica, the other members remove it too (docs/team.md).
    auto key = ChangeLog::batchKey(db, batch);
    if (!key)
        return key.error();
    if (Status recorded = ChangeLog::record(db, u"batch_removed"_s, {{u"batch"_s, *key}}, batch);
        !recorded)
        return recorded.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return removed;
}

} // namespace leadloop
