#pragma once

#include "common/result.h"

#include <QStringList>
#include <unordered_map>

namespace leadloop {

class Database;

/// The owner, product or account of every contact and deal (docs/metrics.md, "Dimensions"), for
/// reports grouped by a people dimension rather than by a session's.
class PersonGroups final
{
public:
    /// The people dimensions: owner, product, account.
    static QStringList dimensions();
    static Result<PersonGroups> load(Database& db, const QString& dimension);

    /// A contact's group: its own value, else its first deal's; "(not set)" without either,
    /// "(none)" for somebody who is no contact (an anonymous visitor).
    QString ofContact(qint64 contact) const;
    /// A deal's group: its own value, else its contact's; "(not set)" without either.
    QString ofDeal(qint64 deal) const;

private:
    std::unordered_map<qint64, QString> m_contacts, m_deals;
};

} // namespace leadloop
