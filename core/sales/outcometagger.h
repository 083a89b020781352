#pragma once

#include "common/result.h"
#include "sales/leadresolver.h"
#include "store/salesrecords.h"

#include <optional>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace leadloop {

class Database;

/// What a sales rep says about a lead (docs/outcomes.md).
struct TagRequest
{
    QString lead;    ///< e-mail, contact id or deal id (LeadResolver)
    QString outcome; ///< won, lost or open
    std::optional<qint64> amountCents;
    QString currency;
    QString reason; ///< required for lost
    QString note;
    QString byUser;
    std::optional<qint64> at; ///< when the outcome took effect (UTC ms); default now
};

/// A lead by LeadLoop's own ids, as the desktop app knows it (no name to resolve).
struct LeadIds
{
    qint64 contactId = 0;
    std::optional<qint64> dealId; ///< the deal to tag; unset: the contact's (as for a tag by name)
};

/// What a tag or an undo did.
struct TagResult
{
    qint64 dealId = 0;
    bool dealCreated = false; ///< the contact had no deal, so the tag opened one
    qint64 eventId = 0;
    OutcomeEventRecord event;
};

/// Records won, lost and open outcomes as append-only outcome events and keeps each deal's
/// current outcome equal to its latest event (the one that took effect last). An undo appends
/// an event that restores the state before the latest one; nothing is ever overwritten.
class OutcomeTagger final
{
    Q_DECLARE_TR_FUNCTIONS(OutcomeTagger)

public:
    /// Tags in one transaction of its own.
    static Result<TagResult> tag(Database& db, const TagRequest& request);
    /// Undoes the latest event of the lead's deal by appending its reverse.
    static Result<TagResult> undo(Database& db, const QString& lead, const QString& byUser,
                                  const QString& note);
    /// Tags several leads alike (the request's lead text is not used) in one transaction: all
    /// of them or, on the first error, none. A lead without an amount for won keeps its deal's.
    static Result<QList<TagResult>> tagMany(Database& db, const QList<LeadIds>& leads,
                                            const TagRequest& request);
    /// Undoes the latest event of each deal in one transaction, all or none.
    static Result<QList<TagResult>> undoMany(Database& db, const QList<qint64>& deals,
                                             const QString& byUser, const QString& note);
    /// The user name recorded when none is given: the login name, else "unknown".
    static QString defaultUser();

private:
    static Result<TagResult> tagWithin(Database& db, const LeadRef& lead,
                                       const TagRequest& request);
    static Result<TagResult> undoWithin(Database& db, qint64 dealId, const QString& byUser,
                                        const QString& note);
};

} // namespace leadloop
