#include "outcometagger.h"

#include "common/username.h"
#include "dealoutcomes.h"
#include "leadresolver.h"
#include "lostreasons.h"
#include "store/changelog.h"
#include "store/database.h"
#include "store/saleswriter.h"
#include "store/statement.h"
#include "store/workspacesettings.h"

#include <algorithm>
#include <QDateTime>

using namespace Qt::StringLiterals;

namespace leadloop {

namespace {

/// A deal's current state as the tagger needs it.
struct DealState
{
    qint64 id = 0;
    QString outcome;
    std::optional<qint64> amountCents;
    QString currency;
    QString lostReason;
    QString owner; ///< the CRM's deal owner; a team's reps tag their own (ChangeLog::checkTag)
};

/// The deal's state, or Refused when the user's role in a team may not tag it.
Result<DealState> loadDeal(Database& db, qint64 dealId)
{
    Statement query(db.handle(), "SELECT id, outcome, amount_cents, coalesce(currency, ''), "
                                 "coalesce(lost_reason, ''), coalesce(owner, '') FROM deals "
                                 "WHERE id = ?1");
    query.bind(1, dealId);
    if (!query.next()) {
        if (Status read = query.status(); !read)
            return read.error();
        return Error{ErrorCode::NotFound, OutcomeTagger::tr("Deal %1 does not exist.").arg(dealId)};
    }
    DealState deal{query.int64(0), query.text(1), std::nullopt,
                   query.text(3),  query.text(4), query.text(5)};
    if (!query.isNull(2))
        deal.amountCents = query.int64(2);
    if (Status allowed = ChangeLog::checkTag(db, deal.owner); !allowed)
        return allowed.error();
    return deal;
}

/// The deal a tag on this lead applies to: the named deal, the contact's one open deal (or
/// its latest when none is open), or nothing when the contact has no deal.
Result<std::optional<qint64>> dealFor(Database& db, const LeadRef& lead)
{
    if (lead.dealId)
        return std::optional<qint64>(*lead.dealId);
    Statement open(db.handle(), "SELECT id FROM deals WHERE contact_id = ?1 AND outcome = 'open' "
                                "ORDER BY created_at DESC, id DESC");
    open.bind(1, *lead.contactId);
    QList<qint64> openDeals;
    while (open.next())
        openDeals.append(open.int64(0));
    if (Status read = open.status(); !read)
        return read.error();
    if (openDeals.size() > 1) {
        QStringList names;
        std::sort(openDeals.begin(), openDeals.end());
        for (qint64 id : openDeals)
            names.append(u"deal:%1"_s.arg(id));
        return Error{ErrorCode::InvalidArgument,
                     OutcomeTagger::tr("This lead has %Ln open deals; name one: %1.", nullptr,
                                       int(openDeals.size()))
                         .arg(names.join(u", "_s))};
    }
    if (openDeals.size() == 1)
        return std::optional<qint64>(openDeals.front());
    Statement latest(db.handle(), "SELECT id FROM deals WHERE contact_id = ?1 ORDER BY "
                                  "created_at DESC, id DESC LIMIT 1");
    latest.bind(1, *lead.contactId);
    return latest.optionalInt64();
}

/// Opens a deal for a contact that has none, named after the contact.
Result<qint64> openDealFor(Database& db, qint64 contactId, qint64 now)
{
    Statement contact(db.handle(), "SELECT trim(coalesce(first_name, '') || ' ' || "
                                   "coalesce(last_name, '')), coalesce(company, ''), "
                                   "coalesce(email, ''), coalesce(owner, '') FROM contacts WHERE "
                                   "id = ?1");
    contact.bind(1, contactId);
    if (!contact.next()) {
        if (Status read = contact.status(); !read)
            return read.error();
        return Error{ErrorCode::NotFound,
                     OutcomeTagger::tr("Contact %1 does not exist.").arg(contactId)};
    }
    QString name = contact.text(0);
    if (name.isEmpty())
        name = contact.text(1).isEmpty() ? contact.text(2) : contact.text(1);
    DealRecord deal;
    deal.contactId = contactId;
    deal.name = name;
    deal.createdAt = now;
    deal.owner = contact.text(3);
    SalesWriter writer(db, std::nullopt);
    return writer.addDeal(deal);
}

Result<TagResult> append(Database& db, qint64 dealId, OutcomeEventRecord event)
{
    SalesWriter writer(db, std::nullopt);
    auto id = writer.addOutcomeEvent(event);
    if (!id)
        return id.error();
    if (Status applied = DealOutcomes::applyLatest(db, dealId); !applied)
        return applied.error();
    TagResult result;
    result.dealId = dealId;
    result.eventId = *id;
    result.event = std::move(event);
    return result;
}

} // namespace

QString OutcomeTagger::defaultUser()
{
    return currentUserName();
}

Result<TagResult> OutcomeTagger::tag(Database& db, const TagRequest& request)
{
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    auto lead = LeadResolver::resolve(db, request.lead);
    if (!lead)
        return lead.error();
    auto result = tagWithin(db, *lead, request);
    if (!result)
        return result.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return result;
}

Result<QList<TagResult>> OutcomeTagger::tagMany(Database& db, const QList<LeadIds>& leads,
                                                const TagRequest& request)
{
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    QList<TagResult> results;
    for (const LeadIds& ids : leads) {
        auto result = tagWithin(db, {ids.contactId, ids.dealId, {}}, request);
        if (!result)
            return result.error(); // the transaction rolls back: all or nothing
        results.append(*result);
    }
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return results;
}

Result<QList<TagResult>> OutcomeTagger::undoMany(Database& db, const QList<qint64>& deals,
                                                 const QString& byUser, const QString& note)
{
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    QList<TagResult> results;
    for (qint64 deal : deals) {
        auto result = undoWithin(db, deal, byUser, note);
        if (!result)
            return result.error();
        results.append(*result);
    }
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return results;
}

Result<TagResult> OutcomeTagger::tagWithin(Database& db, const LeadRef& lead,
                                           const TagRequest& request)
{
    const QString outcome = request.outcome.trimmed().toLower();
    if (outcome != u"won" && outcome != u"lost" && outcome != u"open")
        return Error{ErrorCode::InvalidArgument,
                     tr("An outcome is won, lost or open, not '%1'.").arg(request.outcome)};
    if (request.amountCents && *request.amountCents < 0)
        return Error{ErrorCode::InvalidArgument, tr("An amount cannot be negative.")};
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    auto deal = dealFor(db, lead);
    if (!deal)
        return deal.error();
    bool created = false;
    if (!*deal) {
        auto opened = openDealFor(db, *lead.contactId, request.at.value_or(now));
        if (!opened)
            return opened.error();
        *deal = *opened;
        created = true;
    }
    auto state = loadDeal(db, **deal);
    if (!state)
        return state.error();

    OutcomeEventRecord event;
    event.dealId = state->id;
    event.at = request.at.value_or(now);
    event.recordedAt = now;
    event.byUser = request.byUser.trimmed().isEmpty() ? defaultUser() : request.byUser.trimmed();
    event.oldOutcome = state->outcome;
    event.newOutcome = outcome;
    event.note = request.note.trimmed();
    event.origin = u"manual"_s;
    event.amountCents = request.amountCents;
    event.currency = request.currency.trimmed().toUpper();
    if (outcome == u"won") {
        if (!event.amountCents)
            event.amountCents = state->amountCents;
        if (!event.amountCents)
            return Error{ErrorCode::InvalidArgument,
                         tr("Won needs an amount, and deal %1 has none: give the amount won.")
                             .arg(state->id)};
        if (event.currency.isEmpty() && !state->currency.isEmpty())
            event.currency = state->currency;
        if (event.currency.isEmpty()) {
            auto reporting = WorkspaceSettings::reportingCurrency(db);
            if (!reporting)
                return reporting.error();
            event.currency = *reporting;
        }
    }
    if (!event.currency.isEmpty() &&
        (event.currency.size() != 3 || !std::all_of(event.currency.begin(), event.currency.end(),
                                                    [](QChar c) { return c.isLetter(); })))
        return Error{ErrorCode::InvalidArgument,
                     tr("A currency is a three-letter code such as EUR or PLN, not '%1'.")
                         .arg(request.currency)};
    if (outcome == u"lost") {
        if (request.reason.trimmed().isEmpty()) {
            auto reasons = LostReasons::list(db);
            if (!reasons)
                return reasons.error();
            return Error{ErrorCode::InvalidArgument,
                         tr("Lost needs a reason: one of %1, or your own words.")
                             .arg(reasons->join(u", "_s))};
        }
        auto reason = LostReasons::canonical(db, request.reason);
        if (!reason)
            return reason.error();
        event.reason = *reason;
    } else {
        event.reason = request.reason.trimmed();
    }
    auto result = append(db, state->id, std::move(event));
    if (!result)
        return result.error();
    result->dealCreated = created;
    return result;
}

Result<TagResult> OutcomeTagger::undo(Database& db, const QString& leadText, const QString& byUser,
                                      const QString& note)
{
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    auto lead = LeadResolver::resolve(db, leadText);
    if (!lead)
        return lead.error();
    auto deal = dealFor(db, *lead);
    if (!deal)
        return deal.error();
    if (!*deal)
        return Error{ErrorCode::BadInput,
                     tr("%1 has no deal, so there is nothing to undo.").arg(leadText)};
    auto result = undoWithin(db, **deal, byUser, note);
    if (!result)
        return result.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return result;
}

Result<TagResult> OutcomeTagger::undoWithin(Database& db, qint64 dealId, const QString& byUser,
                                            const QString& note)
{
    // The event to undo is the latest recorded one; the state to return to is the one it left.
    Statement last(db.handle(), "SELECT id, old_outcome FROM outcome_events WHERE deal_id = ?1 "
                                "ORDER BY recorded_at DESC, id DESC LIMIT 1");
    last.bind(1, dealId);
    if (!last.next()) {
        if (Status read = last.status(); !read)
            return read.error();
        return Error{ErrorCode::BadInput, tr("Deal %1 has no outcome to undo.").arg(dealId)};
    }
    const qint64 undoneId = last.int64(0);
    const QString restore = last.text(1);
    auto state = loadDeal(db, dealId);
    if (!state)
        return state.error();
    // The amount and reason in force before the undone event: those of the event before it.
    Statement before(db.handle(), "SELECT amount_cents, coalesce(currency, ''), "
                                  "coalesce(reason, '') FROM outcome_events WHERE deal_id = ?1 "
                                  "AND id < ?2 ORDER BY at DESC, id DESC LIMIT 1");
    before.bind(1, dealId).bind(2, undoneId);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    OutcomeEventRecord event;
    event.dealId = dealId;
    event.at = now;
    event.recordedAt = now;
    event.byUser = byUser.trimmed().isEmpty() ? defaultUser() : byUser.trimmed();
    event.oldOutcome = state->outcome;
    event.newOutcome = restore;
    if (before.next()) {
        if (!before.isNull(0))
            event.amountCents = before.int64(0);
        event.currency = before.text(1);
        event.reason = before.text(2);
    }
    if (Status read = before.status(); !read)
        return read.error();
    event.note = note.trimmed().isEmpty() ? tr("undoes event %1").arg(undoneId)
                                          : note.trimmed() + tr(" (undoes event %1)").arg(undoneId);
    event.origin = u"undo"_s;
    return append(db, dealId, std::move(event));
}

} // namespace leadloop
