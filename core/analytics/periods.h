#pragma once

#include <optional>
#include <QString>

namespace leadloop {

/// Calendar periods for trends (docs/metrics.md, "Trend"), computed with Boost.Date_Time in UTC:
/// days, ISO 8601 weeks (Monday to Sunday, numbered by the ISO week-year), months and quarters.
class Periods final
{
public:
    enum class Unit
    {
        Day,
        Week,
        Month,
        Quarter
    };
    static std::optional<Unit> fromName(const QString& name);
    /// The start (UTC ms) of the period a time falls in.
    static qint64 start(qint64 ms, Unit unit);
    /// The start of the following period.
    static qint64 next(qint64 periodStart, Unit unit);
    /// The period's label: 2024-03-05, 2024-W10, 2024-03, 2024-Q1.
    static QString label(qint64 periodStart, Unit unit);
};

} // namespace leadloop
