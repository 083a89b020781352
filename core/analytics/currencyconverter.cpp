#include "currencyconverter.h"

#include "store/database.h"
#include "store/statement.h"
#include "store/workspacesettings.h"

#include <algorithm>
#include <QDateTime>

using namespace Qt::StringLiterals;

namespace leadloop {

Result<CurrencyConverter> CurrencyConverter::load(Database& db)
{
    CurrencyConverter converter;
    auto reporting = WorkspaceSettings::reportingCurrency(db);
    if (!reporting)
        return reporting.error();
    converter.m_reporting = *reporting;
    Statement rates(db.handle(), "SELECT currency, day, rate FROM currency_rates ORDER BY 1, 2");
    if (!rates.isValid())
        return Error{ErrorCode::Database, rates.errorString()};
    while (rates.next())
        converter.m_rates[rates.text(0).toUpper()].emplace_back(rates.int64(1),
                                                                rates.text(2).toDouble());
    if (Status read = rates.status(); !read)
        return read.error();
    return converter;
}

Result<double> CurrencyConverter::toReporting(qint64 cents, const QString& currency,
                                              qint64 at) const
{
    const QString code = currency.trimmed().toUpper();
    if (code.isEmpty() || code == m_reporting)
        return double(cents) / 100;
    const auto found = m_rates.find(code);
    if (found != m_rates.end()) {
        const auto& days = found->second;
        auto it = std::upper_bound(days.begin(), days.end(), at,
                                   [](qint64 t, const auto& rate) { return t < rate.first; });
        if (it != days.begin())
            return double(cents) / 100 * std::prev(it)->second;
    }
    return Error{
        ErrorCode::BadInput,
        tr("No %1 rate for %2 on or before %3: import rates first (leadloop-cli import "
           "rates FILE).")
            .arg(m_reporting, code,
                 QDateTime::fromMSecsSinceEpoch(at, Qt::UTC).date().toString(Qt::ISODate))};
}

} // namespace leadloop
