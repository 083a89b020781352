#pragma once

#include "common/result.h"
#include "crmrecord.h"
#include "store/statement.h"

#include <QCoreApplication>

namespace leadloop {

class Database;

/// What a CRM import changed.
struct CrmCounts
{
    qint64 contactsCreated = 0;
    qint64 contactsUpdated = 0;
    qint64 dealsCreated = 0;
    qint64 dealsUpdated = 0;
    qint64 stageChanges = 0;
    qint64 outcomeEvents = 0;
    qint64 unchanged = 0; ///< rows the workspace already held as they are
    qint64 visitorsLinked = 0;
    qint64 identityConflicts = 0;
    qint64 campaignMembers = 0; ///< memberships added or changed
};

/// Merges CRM records into the workspace (docs/crm.md): contacts by CRM id or e-mail, deals by
/// CRM id, updating what changed and writing each stage or amount change into the deal's stage
/// history and each new CRM outcome as an outcome event (origin crm). The caller owns the
/// transaction.
class CrmMerger final
{
    Q_DECLARE_TR_FUNCTIONS(CrmMerger)
    Q_DISABLE_COPY_MOVE(CrmMerger)

public:
    CrmMerger(Database& db, qint64 batchId, qint64 now);

    /// Merges one record; a BadInput error rejects the row (the message says why), other errors
    /// stop the import.
    Status merge(const CrmRecord& record);
    /// A row of opportunity history: a stage change of a deal already in the workspace.
    Status mergeStageChange(const CrmRecord& record);
    const CrmCounts& counts() const { return m_counts; }

private:
    Result<std::optional<qint64>> mergeContact(const CrmRecord& r);
    Status mergeDeal(const CrmRecord& r, std::optional<qint64> contactId);
    Status linkVisitor(const QString& cookie, qint64 contactId);
    Status addMembership(const CrmRecord& r, qint64 contactId);
    Status addStageChange(qint64 dealId, const QString& stage, qint64 at,
                          std::optional<qint64> amountCents);
    Status addCrmOutcome(qint64 dealId, const QString& oldOutcome, const CrmRecord& r);

    Database& m_db;
    qint64 m_batchId;
    qint64 m_now;
    CrmCounts m_counts;
};

} // namespace leadloop
