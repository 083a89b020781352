#pragma once

#include "common/result.h"

#include <optional>
#include <QCoreApplication>

namespace leadloop {

class Database;

/// What a stitching pass did.
struct StitchCounts
{
    qint64 contactsCreated = 0;
    qint64 visitorsLinked = 0;
    qint64 conflicts = 0; ///< cookies seen with a second e-mail, sent to review
};

/// Turns visitors into known leads (docs/identity.md): a tracked form or conversion event that
/// carries an e-mail links its visitor to the contact with that e-mail, creating the contact when
/// there is none. A visitor already linked to another contact is not merged but logged as a
/// conflict for review; a link a user removed is never restored automatically. Each contact's
/// creation time becomes the earlier of its CRM date and its first conversion. The caller owns
/// the transaction.
class IdentityStitcher final
{
    Q_DECLARE_TR_FUNCTIONS(IdentityStitcher)

public:
    /// Contacts and links it makes carry `batch` (the import that brought the forms), so that
    /// removing the import removes them too.
    static Result<StitchCounts> stitch(Database& db, qint64 now,
                                       std::optional<qint64> batch = std::nullopt);
};

} // namespace leadloop
