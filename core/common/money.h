#pragma once

#include <optional>
#include <QString>
#include <QStringView>

namespace leadloop {

/// Reads an amount as people type it into the cents (minor units) LeadLoop stores
/// (docs/outcomes.md, "Amounts"): "1234.56", "1,234.56", "1.234,56", "1 234,56", "1'234.56",
/// "-12", "0,5". The last '.' or ',' is the decimal separator unless exactly three digits follow
/// it and the whole part is not 0 ("1,234" and "1.234" are 1234); other separators and spaces
/// group thousands. More than two decimals round half away from zero. Empty or unreadable text
/// gives nothing.
std::optional<qint64> parseMoneyCents(QStringView text);

/// Cents as a plain decimal with two places and a '.' ("1234.50", "-0.05"), for files.
QString formatCents(qint64 cents);

} // namespace leadloop
