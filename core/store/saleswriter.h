#pragma once

#include "common/result.h"
#include "salesrecords.h"
#include "statement.h"

namespace leadloop {

class Database;

/// Appends contacts, identity links (with their log entry), deals, stage changes and outcome
/// events for one batch. The caller owns the transaction; each call returns the new row id.
class SalesWriter final
{
    Q_DISABLE_COPY_MOVE(SalesWriter)

public:
    SalesWriter(Database& db, std::optional<qint64> batchId);

    Result<qint64> addContact(const ContactRecord& contact);
    /// Writes the link and its "link" entry in identity_log.
    Result<qint64> addIdentityLink(const IdentityLinkRecord& link);
    Result<qint64> addDeal(const DealRecord& deal);
    Result<qint64> addStageChange(const StageChangeRecord& change);
    /// Appends to the audit trail; outcome_events rows are never updated.
    Result<qint64> addOutcomeEvent(const OutcomeEventRecord& event);

private:
    std::optional<qint64> m_batchId;
    Statement m_contact;
    Statement m_link;
    Statement m_linkLog;
    Statement m_deal;
    Statement m_stage;
    Statement m_outcome;
};

} // namespace leadloop
