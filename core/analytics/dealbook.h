#pragma once

#include "common/result.h"

#include <optional>
#include <QCoreApplication>
#include <QString>
#include <vector>

namespace leadloop {

class Database;

/// Every deal's person, dates, outcome and value in the reporting currency, read once for the
/// reports (docs/metrics.md, "Deals"): a won deal is worth the amount of its latest won tag, else
/// its own amount, converted on the day it closed; any other deal its own amount, converted on
/// the day it was created.
class DealBook final
{
public:
    enum class Outcome
    {
        Open,
        Won,
        Lost
    };
    struct Deal
    {
        qint64 id = 0;
        qint64 contact = 0; ///< 0: no contact
        qint64 created = 0; ///< UTC ms
        std::optional<qint64> closed;
        Outcome outcome = Outcome::Open;
        double value = 0; ///< reporting currency
        /// The value before conversion: cents in `nativeCurrency` (the latest won tag's
        /// amount and currency for a won deal, else the deal's own).
        qint64 nativeCents = 0;
        QString nativeCurrency;
        /// Why the deal has no value (its currency has no rate on the day), else empty: a
        /// report that needs the value fails with it.
        std::optional<Error> valueError;
        /// The value, or the error of a report that needs it.
        Result<double> valued() const;
    };

    static Result<DealBook> load(Database& db);
    /// By contact, then creation.
    const std::vector<Deal>& deals() const { return m_deals; }
    const Deal* find(qint64 id) const;
    const QString& currency() const { return m_currency; }

private:
    std::vector<Deal> m_deals;
    std::vector<qint32> m_byId; // deal id → index in m_deals, -1 for none
    QString m_currency;
};

} // namespace leadloop
