#pragma once

#include "common/result.h"

#include <optional>
#include <QCoreApplication>
#include <QString>

namespace leadloop {

class Database;

/// A lead as a command names it: a contact, one of its deals, or both.
struct LeadRef
{
    std::optional<qint64> contactId;
    std::optional<qint64> dealId; ///< set when the text named a deal
    QString email;                ///< the contact's, when known
};

/// Finds the contact or deal a user means by an e-mail, a contact id or a deal id
/// (docs/outcomes.md, "Naming a lead").
class LeadResolver final
{
    Q_DECLARE_TR_FUNCTIONS(LeadResolver)

public:
    static Result<LeadRef> resolve(Database& db, const QString& lead);
};

} // namespace leadloop
