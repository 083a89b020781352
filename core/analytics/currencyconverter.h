#pragma once

#include "common/result.h"

#include <map>
#include <QCoreApplication>
#include <QString>
#include <vector>

namespace leadloop {

class Database;

/// Converts amounts into the workspace's reporting currency through the dated rate table
/// (docs/costs.md): the rate of the day, else the most recent earlier one. An amount without a
/// currency, or in the reporting currency, is taken as it is; a currency without a rate on or
/// before the day is an error, never converted 1:1.
class CurrencyConverter final
{
    Q_DECLARE_TR_FUNCTIONS(CurrencyConverter)

public:
    static Result<CurrencyConverter> load(Database& db);

    const QString& reportingCurrency() const { return m_reporting; }
    /// Cents in `currency` at time `at` (UTC ms) as reporting-currency units.
    Result<double> toReporting(qint64 cents, const QString& currency, qint64 at) const;

private:
    QString m_reporting;
    std::map<QString, std::vector<std::pair<qint64, double>>> m_rates; // by day, ascending
};

} // namespace leadloop
