#include "saleswriter.h"

#include "database.h"

using namespace Qt::StringLiterals;

namespace leadloop {

SalesWriter::SalesWriter(Database& db, std::optional<qint64> batchId)
    : m_batchId(batchId)
    , m_contact(db.handle(),
                "INSERT INTO contacts (external_id, email, first_name, last_name, phone, company, "
                "job_title, created_at, lifecycle_stage, lead_source, owner, batch_id) VALUES "
                "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)")
    , m_link(db.handle(), "INSERT INTO identity_links (visitor_id, contact_id, method, linked_at, "
                          "batch_id) VALUES (?1, ?2, ?3, ?4, ?5)")
    , m_linkLog(db.handle(), "INSERT INTO identity_log (visitor_id, contact_id, action, at, "
                             "by_user, reason) VALUES (?1, ?2, 'link', ?3, ?4, ?5)")
    , m_deal(db.handle(),
             "INSERT INTO deals (external_id, contact_id, name, amount_cents, currency, stage, "
             "outcome, created_at, closed_at, lost_reason, owner, product, account, campaign, "
             "batch_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)")
    , m_stage(db.handle(), "INSERT INTO deal_stage_history (deal_id, stage, changed_at, "
                           "amount_cents, origin, batch_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
    , m_outcome(db.handle(),
                "INSERT INTO outcome_events (deal_id, at, recorded_at, by_user, old_outcome, "
                "new_outcome, amount_cents, currency, reason, note, origin, batch_id) VALUES "
                "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)")
{}

Result<qint64> SalesWriter::addContact(const ContactRecord& c)
{
    m_contact.bind(1, c.externalId)
        .bind(2, c.email)
        .bind(3, c.firstName)
        .bind(4, c.lastName)
        .bind(5, c.phone)
        .bind(6, c.company)
        .bind(7, c.jobTitle)
        .bind(8, c.createdAt)
        .bind(9, c.lifecycleStage)
        .bind(10, c.leadSource)
        .bind(11, c.owner)
        .bind(12, m_batchId);
    return m_contact.insert();
}

Result<qint64> SalesWriter::addIdentityLink(const IdentityLinkRecord& l)
{
    m_link.bind(1, l.visitorId)
        .bind(2, l.contactId)
        .bind(3, l.method)
        .bind(4, l.linkedAt)
        .bind(5, m_batchId);
    auto id = m_link.insert();
    if (!id)
        return id;
    m_linkLog.bind(1, l.visitorId)
        .bind(2, l.contactId)
        .bind(3, l.linkedAt)
        .bind(4, l.byUser.isEmpty() ? u"LeadLoop"_s : l.byUser)
        .bind(5, l.reason.isNull() ? l.method : l.reason);
    if (Status logged = m_linkLog.execute(); !logged)
        return logged.error();
    return id;
}

Result<qint64> SalesWriter::addDeal(const DealRecord& d)
{
    m_deal.bind(1, d.externalId)
        .bind(2, d.contactId)
        .bind(3, d.name)
        .bind(4, d.amountCents)
        .bind(5, d.currency)
        .bind(6, d.stage)
        .bind(7, d.outcome)
        .bind(8, d.createdAt)
        .bind(9, d.closedAt)
        .bind(10, d.lostReason)
        .bind(11, d.owner)
        .bind(12, d.product)
        .bind(13, d.account)
        .bind(14, d.campaign)
        .bind(15, m_batchId);
    return m_deal.insert();
}

Result<qint64> SalesWriter::addStageChange(const StageChangeRecord& s)
{
    m_stage.bind(1, s.dealId)
        .bind(2, s.stage)
        .bind(3, s.changedAt)
        .bind(4, s.amountCents)
        .bind(5, s.origin)
        .bind(6, m_batchId);
    return m_stage.insert();
}

Result<qint64> SalesWriter::addOutcomeEvent(const OutcomeEventRecord& o)
{
    m_outcome.bind(1, o.dealId)
        .bind(2, o.at)
        .bind(3, o.recordedAt)
        .bind(4, o.byUser)
        .bind(5, o.oldOutcome)
        .bind(6, o.newOutcome)
        .bind(7, o.amountCents)
        .bind(8, o.currency)
        .bind(9, o.reason)
        .bind(10, o.note)
        .bind(11, o.origin)
        .bind(12, m_batchId);
    return m_outcome.insert();
}

} // namespace leadloop
