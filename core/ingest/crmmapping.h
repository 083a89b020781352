#pragma once

#include "common/result.h"

#include <array>
#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace leadloop {

/// The fields a CRM record can carry. The first 25 names are the public --map contract; is_won,
/// is_closed and changed read Salesforce's flags and opportunity history, member_status a
/// campaign member's status.
enum class CrmField
{
    ContactId,
    Email,
    FirstName,
    LastName,
    Name,
    Phone,
    Company,
    JobTitle,
    ContactCreated,
    LifecycleStage,
    LeadSource,
    Visitor,
    Owner,
    DealId,
    DealName,
    Amount,
    Currency,
    Stage,
    Outcome,
    DealCreated,
    Closed,
    LostReason,
    Product,
    Account,
    Campaign,
    IsWon,
    IsClosed,
    Changed,
    MemberStatus,
    ConsentAdUserData,
    ConsentAdPersonalization,
};
inline constexpr int CrmFieldCount = 31;

/// Which column (0-based) feeds each CRM field, and how it was chosen.
struct CrmMapping
{
    std::array<int, CrmFieldCount> columns;
    QString preset;
    QStringList notes;

    CrmMapping() { columns.fill(-1); }
    int column(CrmField field) const { return columns[size_t(field)]; }
    bool isMapped(CrmField field) const { return column(field) >= 0; }
    /// Opportunity history: every row is a stage change of a deal.
    bool isHistory() const { return preset == u"salesforce-opportunity-history"; }
    /// Campaign members: every row says a contact belongs to a campaign.
    bool isMembership() const
    {
        return preset == u"salesforce-campaign-members" || isMapped(CrmField::MemberStatus);
    }
};

/// Resolves CRM mappings from presets, a header and --map (docs/crm.md).
class CrmMappings final
{
    Q_DECLARE_TR_FUNCTIONS(CrmMappings)

public:
    static QStringList presets();
    static QString fieldName(CrmField field);
    static Result<QHash<CrmField, QString>> parseMapOption(const QString& text);
    /// The same from field names to column names (a saved preset, the wizard's mapping), so a
    /// column whose name holds a comma or '=' maps too; empty columns are left out.
    static Result<QHash<CrmField, QString>> fromNames(const QHash<QString, QString>& names);
    /// `preset` is auto, generic or one of presets(). auto recognises each preset by the
    /// columns it alone has, else guesses from common names. Fails with BadInput when a --map
    /// column is missing or when neither a contact nor a deal can be identified.
    /// With `requireFields` false, a partial mapping (a guess for the import wizard) is no
    /// error.
    static Result<CrmMapping> resolve(const QStringList& header, const QString& preset,
                                      const QHash<CrmField, QString>& overrides,
                                      bool requireFields = true);
};

} // namespace leadloop
