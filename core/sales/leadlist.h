#pragma once

#include "common/result.h"
#include "common/resulttable.h"

#include <optional>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <vector>

namespace leadloop {

class Database;

/// One row of the leads table: a contact with one of its deals, or without any.
struct LeadRow
{
    qint64 contactId = 0;
    std::optional<qint64> dealId;
    QString name; ///< first and last name, else the e-mail, else the CRM id, else "#id"
    QString company, email;
    QString owner;      ///< the deal's owner, else the contact's
    qint64 created = 0; ///< when the contact became a lead (UTC ms)
    QString channel;    ///< the channel of the person's first session; "(none)" without one
    QString campaign;   ///< the deal's campaign, else the first session's; empty when neither
    QString stage;
    QString outcome; ///< open, won or lost; empty without a deal
    std::optional<qint64> amountCents;
    QString currency;
    std::optional<qint64> dealCreated, closed;
    std::optional<int> score; ///< the lead score 0-100 (docs/scoring.md); none when not scored
    QString tier;             ///< very_high, high, medium, low; empty without one
    QString searchText;       ///< name, company and e-mail in lower case, for the search box

    /// Days from the deal's creation to its close, or to `now` while open; nothing without a deal.
    std::optional<int> daysOpen(qint64 now) const;
};

/// Reads the leads table (docs/outcomes.md, "The leads view"): every contact once per deal, a
/// contact without deals once. Rows come in contact order, then deal order.
class LeadList final
{
    Q_DECLARE_TR_FUNCTIONS(LeadList)

public:
    /// Every lead, or only those of the given contacts.
    static Result<std::vector<LeadRow>> load(Database& db,
                                             const std::optional<QList<qint64>>& contacts = {});
    /// The rows as a table (the `leads` command): contact_id, deal_id, name, company, email,
    /// owner, created, channel, campaign, stage, outcome, amount, currency, days_open,
    /// score, tier.
    static ResultTable table(const std::vector<LeadRow>& rows, qint64 now);
};

} // namespace leadloop
