#include "crmmerger.h"

#include "common/emailaddress.h"
#include "contactproperties.h"
#include "dealoutcomes.h"
#include "store/database.h"

using namespace Qt::StringLiterals;

namespace leadloop {

namespace {

Result<std::optional<qint64>> idWhere(Database& db, const char* sql, const QString& value)
{
    Statement query(db.handle(), sql);
    query.bind(1, value);
    return query.optionalInt64();
}

/// Sets column = value when the value is given and differs; returns whether it did.
Result<bool> updateText(Database& db, const char* table, qint64 id, const char* column,
                        const QString& value)
{
    if (value.isEmpty())
        return false;
    const std::string sql = std::string("UPDATE ") + table + " SET " + column +
                            " = ?2 WHERE id = ?1 AND " + column + " IS NOT ?2";
    Statement update(db.handle(), sql.c_str());
    if (Status done = update.bind(1, id).bind(2, value).execute(); !done)
        return done.error();
    return db.changes() > 0;
}

Result<bool> updateNumber(Database& db, const char* table, qint64 id, const char* column,
                          std::optional<qint64> value)
{
    if (!value)
        return false;
    const std::string sql = std::string("UPDATE ") + table + " SET " + column +
                            " = ?2 WHERE id = ?1 AND " + column + " IS NOT ?2";
    Statement update(db.handle(), sql.c_str());
    if (Status done = update.bind(1, id).bind(2, *value).execute(); !done)
        return done.error();
    return db.changes() > 0;
}

} // namespace

CrmMerger::CrmMerger(Database& db, qint64 batchId, qint64 now)
    : m_db(db)
    , m_batchId(batchId)
    , m_now(now)
{}

Status CrmMerger::merge(const CrmRecord& r)
{
    auto contact = mergeContact(r);
    if (!contact)
        return contact.error();
    if (r.campaignMember) {
        if (!*contact)
            return Error{ErrorCode::BadInput,
                         tr("A campaign member needs a contact id or an e-mail.")};
        if (Status added = addMembership(r, **contact); !added)
            return added;
    } else if (r.hasDeal() || !r.dealId.isEmpty()) {
        if (Status merged = mergeDeal(r, *contact); !merged)
            return merged;
    }
    if (*contact && !r.visitor.isEmpty())
        if (Status linked = linkVisitor(r.visitor, **contact); !linked)
            return linked;
    if (*contact)
        for (const auto& [signal, state] :
             {std::pair{AdConsent::Signal::AdUserData, r.adUserData},
              std::pair{AdConsent::Signal::AdPersonalization, r.adPersonalization}})
            if (state && *state != AdConsent::State::Unknown)
                if (Status said = AdConsent::record(m_db, **contact, 0, signal, *state, u"crm"_s,
                                                    r.changed.value_or(0), m_batchId);
                    !said)
                    return said;
    if (*contact && !r.properties.isEmpty())
        if (Status kept = ContactProperties::write(m_db, **contact, m_batchId, r.properties); !kept)
            return kept;
    return {};
}

Result<std::optional<qint64>> CrmMerger::mergeContact(const CrmRecord& r)
{
    if (!r.hasContact())
        return std::optional<qint64>();
    const QString email = normalizedEmail(r.email);
    std::optional<qint64> id;
    if (!r.contactId.isEmpty()) {
        auto byId = idWhere(m_db, "SELECT id FROM contacts WHERE external_id = ?1", r.contactId);
        if (!byId)
            return byId.error();
        id = *byId;
    }
    if (!email.isEmpty()) {
        auto owner = idWhere(m_db, "SELECT id FROM contacts WHERE email = ?1", email);
        if (!owner)
            return owner.error();
        if (!id)
            id = *owner;
        else if (*owner && **owner != *id)
            return Error{ErrorCode::BadInput,
                         tr("The e-mail %1 already belongs to another lead (contact %2).")
                             .arg(email)
                             .arg(**owner)};
    }
    if (!id) {
        Statement insert(m_db.handle(),
                         "INSERT INTO contacts (external_id, email, first_name, last_name, phone, "
                         "company, job_title, created_at, lifecycle_stage, lead_source, owner, "
                         "batch_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)");
        insert.bind(1, r.contactId.isEmpty() ? QString() : r.contactId)
            .bind(2, email.isEmpty() ? QString() : email)
            .bind(3, r.firstName.isEmpty() ? QString() : r.firstName)
            .bind(4, r.lastName.isEmpty() ? QString() : r.lastName)
            .bind(5, r.phone.isEmpty() ? QString() : r.phone)
            .bind(6, r.company.isEmpty() ? QString() : r.company)
            .bind(7, r.jobTitle.isEmpty() ? QString() : r.jobTitle)
            .bind(8, r.contactCreated.value_or(r.dealCreated.value_or(m_now)))
            .bind(9, r.lifecycleStage.isEmpty() ? QString() : r.lifecycleStage)
            .bind(10, r.leadSource.isEmpty() ? QString() : r.leadSource)
            .bind(11, r.owner.isEmpty() || r.hasDeal() ? QString() : r.owner)
            .bind(12, m_batchId);
        auto inserted = insert.insert();
        if (!inserted)
            return inserted.error();
        ++m_counts.contactsCreated;
        return std::optional<qint64>(*inserted);
    }
    bool changed = false;
    // A contact keeps the CRM id it has (a Salesforce lead and its contact share an e-mail).
    Statement fill(m_db.handle(), "UPDATE contacts SET external_id = ?2 WHERE id = ?1 AND "
                                  "external_id IS NULL AND ?2 <> ''");
    if (Status done = fill.bind(1, *id).bind(2, r.contactId).execute(); !done)
        return done.error();
    changed = m_db.changes() > 0;
    const std::pair<const char*, const QString*> texts[] = {{"email", &email},
                                                            {"first_name", &r.firstName},
                                                            {"last_name", &r.lastName},
                                                            {"phone", &r.phone},
                                                            {"company", &r.company},
                                                            {"job_title", &r.jobTitle},
                                                            {"lifecycle_stage", &r.lifecycleStage},
                                                            {"lead_source", &r.leadSource}};
    for (const auto& [column, value] : texts) {
        auto updated = updateText(m_db, "contacts", *id, column, *value);
        if (!updated)
            return updated.error();
        changed = changed || *updated;
    }
    if (r.contactCreated) {
        // The lead was created at the earlier of what the CRM and the workspace know.
        Statement earlier(m_db.handle(), "UPDATE contacts SET created_at = ?2 WHERE id = ?1 AND "
                                         "created_at > ?2");
        if (Status done = earlier.bind(1, *id).bind(2, *r.contactCreated).execute(); !done)
            return done.error();
        changed = changed || m_db.changes() > 0;
    }
    if (changed)
        ++m_counts.contactsUpdated;
    return id;
}

Status CrmMerger::addStageChange(qint64 dealId, const QString& stage, qint64 at,
                                 std::optional<qint64> amountCents)
{
    Statement insert(m_db.handle(), "INSERT INTO deal_stage_history (deal_id, stage, changed_at, "
                                    "amount_cents, origin, batch_id) VALUES (?1, ?2, ?3, ?4, "
                                    "'import', ?5)");
    insert.bind(1, dealId).bind(2, stage).bind(3, at).bind(4, amountCents).bind(5, m_batchId);
    if (Status done = insert.execute(); !done)
        return done;
    ++m_counts.stageChanges;
    return {};
}

Status CrmMerger::addCrmOutcome(qint64 dealId, const QString& oldOutcome, const CrmRecord& r)
{
    // A CRM outcome is a new fact only when it differs from the CRM's previous statement about
    // this deal; a manual tag the CRM has not caught up with is left standing.
    Statement lastCrm(m_db.handle(),
                      "SELECT new_outcome FROM outcome_events WHERE deal_id = ?1 "
                      "AND origin = 'crm' ORDER BY recorded_at DESC, id DESC LIMIT 1");
    lastCrm.bind(1, dealId);
    auto last = lastCrm.optionalText();
    if (!last)
        return last.error();
    const QString previous = last->value_or(u"open"_s);
    if (r.outcome.isEmpty() || r.outcome == previous)
        return {};
    Statement insert(m_db.handle(),
                     "INSERT INTO outcome_events (deal_id, at, recorded_at, by_user, old_outcome, "
                     "new_outcome, amount_cents, currency, reason, note, origin, batch_id) VALUES "
                     "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, 'crm', ?11)");
    const bool closed = r.outcome != u"open";
    insert.bind(1, dealId)
        .bind(2, closed && r.closed ? *r.closed : m_now)
        .bind(3, m_now)
        .bind(4, r.owner.isEmpty() ? tr("CRM import") : r.owner)
        .bind(5, oldOutcome)
        .bind(6, r.outcome)
        .bind(7, r.outcome == u"won" ? r.amountCents : std::nullopt)
        .bind(8, r.outcome == u"won" && !r.currency.isEmpty() ? r.currency : QString())
        .bind(9, r.outcome == u"lost" && !r.lostReason.isEmpty() ? r.lostReason : QString())
        .bind(10, r.stage.isEmpty() ? QString() : tr("stage: %1").arg(r.stage))
        .bind(11, m_batchId);
    if (Status done = insert.execute(); !done)
        return done;
    ++m_counts.outcomeEvents;
    return DealOutcomes::applyLatest(m_db, dealId);
}

Status CrmMerger::mergeDeal(const CrmRecord& r, std::optional<qint64> contactId)
{
    // A row without a deal id but with deal fields describes its contact's one deal.
    QString key = r.dealId;
    if (key.isEmpty())
        key = (r.contactId.isEmpty() ? normalizedEmail(r.email) : r.contactId) + u"#deal"_s;
    auto found = idWhere(m_db, "SELECT id FROM deals WHERE external_id = ?1", key);
    if (!found)
        return found.error();
    const std::optional<qint64> id = *found;
    if (!id) {
        Statement insert(
            m_db.handle(),
            "INSERT INTO deals (external_id, contact_id, name, amount_cents, currency, "
            "stage, outcome, created_at, closed_at, lost_reason, owner, product, "
            "account, campaign, batch_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'open', ?7, "
            "NULL, NULL, ?8, ?9, ?10, ?11, ?12)");
        insert.bind(1, key)
            .bind(2, contactId)
            .bind(3, r.dealName.isEmpty() ? QString() : r.dealName)
            .bind(4, r.amountCents)
            .bind(5, r.currency.isEmpty() ? QString() : r.currency)
            .bind(6, r.stage.isEmpty() ? QString() : r.stage)
            .bind(7, r.dealCreated.value_or(r.contactCreated.value_or(m_now)))
            .bind(8, r.owner.isEmpty() ? QString() : r.owner)
            .bind(9, r.product.isEmpty() ? QString() : r.product)
            .bind(10, r.account.isEmpty() ? QString() : r.account)
            .bind(11, r.campaign.isEmpty() ? QString() : r.campaign)
            .bind(12, m_batchId);
        auto inserted = insert.insert();
        if (!inserted)
            return inserted.error();
        ++m_counts.dealsCreated;
        if (!r.stage.isEmpty())
            if (Status added = addStageChange(*inserted, r.stage, r.dealCreated.value_or(m_now),
                                              r.amountCents);
                !added)
                return added;
        return addCrmOutcome(*inserted, u"open"_s, r);
    }

    Statement current(m_db.handle(), "SELECT coalesce(stage, ''), amount_cents, outcome FROM "
                                     "deals WHERE id = ?1");
    current.bind(1, *id);
    if (!current.next()) {
        if (Status read = current.status(); !read)
            return read;
        return Error{ErrorCode::Database, m_db.lastError()};
    }
    const QString oldStage = current.text(0);
    const std::optional<qint64> oldAmount =
        current.isNull(1) ? std::nullopt : std::optional<qint64>(current.int64(1));
    const QString oldOutcome = current.text(2);
    bool changed = false;
    const bool stageChanged = !r.stage.isEmpty() && r.stage != oldStage;
    const bool amountChanged = r.amountCents && r.amountCents != oldAmount;
    if (stageChanged || amountChanged) {
        const bool closing = r.outcome == u"won" || r.outcome == u"lost";
        if (Status added = addStageChange(*id, r.stage.isEmpty() ? oldStage : r.stage,
                                          closing && r.closed ? *r.closed : m_now,
                                          r.amountCents ? r.amountCents : oldAmount);
            !added)
            return added;
        changed = true;
    }
    const std::pair<const char*, const QString*> texts[] = {
        {"name", &r.dealName},    {"currency", &r.currency}, {"stage", &r.stage},
        {"owner", &r.owner},      {"product", &r.product},   {"account", &r.account},
        {"campaign", &r.campaign}};
    for (const auto& [column, value] : texts) {
        auto updated = updateText(m_db, "deals", *id, column, *value);
        if (!updated)
            return updated.error();
        changed = changed || *updated;
    }
    auto amount = updateNumber(m_db, "deals", *id, "amount_cents", r.amountCents);
    if (!amount)
        return amount.error();
    if (contactId) {
        auto linked = updateNumber(m_db, "deals", *id, "contact_id", contactId);
        if (!linked)
            return linked.error();
        changed = changed || *linked;
    }
    const qint64 eventsBefore = m_counts.outcomeEvents;
    if (Status outcome = addCrmOutcome(*id, oldOutcome, r); !outcome)
        return outcome;
    changed = changed || m_counts.outcomeEvents != eventsBefore || *amount;
    if (changed)
        ++m_counts.dealsUpdated;
    else
        ++m_counts.unchanged;
    return {};
}

Status CrmMerger::mergeStageChange(const CrmRecord& r)
{
    auto found = idWhere(m_db, "SELECT id FROM deals WHERE external_id = ?1", r.dealId);
    if (!found)
        return found.error();
    const std::optional<qint64> id = *found;
    if (!id)
        return Error{ErrorCode::BadInput,
                     tr("Opportunity %1 is not in the workspace; import the opportunities first.")
                         .arg(r.dealId)};
    if (r.stage.isEmpty() || !r.changed)
        return Error{ErrorCode::BadInput, tr("A stage change needs a stage and a date.")};
    Statement known(m_db.handle(), "SELECT 1 FROM deal_stage_history WHERE deal_id = ?1 AND "
                                   "stage = ?2 AND changed_at = ?3");
    known.bind(1, *id).bind(2, r.stage).bind(3, *r.changed);
    auto already = known.optionalInt64();
    if (!already)
        return already.error();
    if (*already) {
        ++m_counts.unchanged;
        return {};
    }
    return addStageChange(*id, r.stage, *r.changed, r.amountCents);
}

Status CrmMerger::addMembership(const CrmRecord& r, qint64 contactId)
{
    if (r.campaign.isEmpty())
        return Error{ErrorCode::BadInput, tr("A campaign member row names no campaign.")};
    Statement upsert(m_db.handle(),
                     "INSERT INTO campaign_members (campaign, contact_id, status, joined_at, "
                     "batch_id) VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (campaign, contact_id) DO "
                     "UPDATE SET status = ?3, batch_id = ?5 WHERE status IS NOT ?3");
    upsert.bind(1, r.campaign)
        .bind(2, contactId)
        .bind(3, r.memberStatus.isEmpty() ? QString() : r.memberStatus)
        .bind(4, r.contactCreated)
        .bind(5, m_batchId);
    if (Status done = upsert.execute(); !done)
        return done;
    if (m_db.changes() > 0)
        ++m_counts.campaignMembers;
    else
        ++m_counts.unchanged;
    return {};
}

Status CrmMerger::linkVisitor(const QString& cookie, qint64 contactId)
{
    auto found = idWhere(m_db, "SELECT id FROM visitors WHERE cookie_id = ?1", cookie);
    if (!found)
        return found.error();
    const std::optional<qint64> visitor = *found;
    if (!visitor)
        return {}; // not tracked (yet)
    Statement links(m_db.handle(), "SELECT contact_id, active FROM identity_links WHERE "
                                   "visitor_id = ?1");
    links.bind(1, *visitor);
    QList<qint64> contacts;
    bool known = false; // linked already, or a link a user removed: left as it is
    while (links.next()) {
        if (links.int64(0) == contactId)
            known = true;
        else if (links.int64(1))
            contacts.append(links.int64(0));
    }
    if (Status read = links.status(); !read)
        return read;
    if (known)
        return {};
    const bool conflict = !contacts.isEmpty();
    if (!conflict) {
        Statement insert(m_db.handle(),
                         "INSERT INTO identity_links (visitor_id, contact_id, method, linked_at, "
                         "active, batch_id) VALUES (?1, ?2, 'crm_cookie', ?3, 1, ?4)");
        if (Status done = insert.bind(1, *visitor)
                              .bind(2, contactId)
                              .bind(3, m_now)
                              .bind(4, m_batchId)
                              .execute();
            !done)
            return done;
        ++m_counts.visitorsLinked;
    } else {
        ++m_counts.identityConflicts;
    }
    Statement log(m_db.handle(), "INSERT INTO identity_log (visitor_id, contact_id, action, at, "
                                 "by_user, reason) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    log.bind(1, *visitor)
        .bind(2, contactId)
        .bind(3, conflict ? u"conflict"_s : u"link"_s)
        .bind(4, m_now)
        .bind(5, tr("CRM import"))
        .bind(6, conflict ? tr("the cookie is already linked to contact %1").arg(contacts.front())
                          : tr("the CRM record carries the cookie id"));
    return log.execute();
}

} // namespace leadloop
