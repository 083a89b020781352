#include "periods.h"

#include <boost/date_time/gregorian/gregorian.hpp>

using namespace Qt::StringLiterals;
namespace bg = boost::gregorian;

namespace leadloop {

namespace {

constexpr qint64 DayMs = 86'400'000;
const bg::date Epoch(1970, 1, 1);

bg::date dateOf(qint64 ms)
{
    const qint64 days = ms >= 0 ? ms / DayMs : -((-ms + DayMs - 1) / DayMs);
    return Epoch + bg::days(long(days));
}

qint64 msOf(const bg::date& d)
{
    return qint64((d - Epoch).days()) * DayMs;
}

} // namespace

std::optional<Periods::Unit> Periods::fromName(const QString& name)
{
    if (name == u"day")
        return Unit::Day;
    if (name == u"week")
        return Unit::Week;
    if (name == u"month")
        return Unit::Month;
    if (name == u"quarter")
        return Unit::Quarter;
    return std::nullopt;
}

qint64 Periods::start(qint64 ms, Unit unit)
{
    const bg::date d = dateOf(ms);
    switch (unit) {
    case Unit::Day:
        return msOf(d);
    case Unit::Week: // ISO weeks start on Monday (Boost counts Sunday as 0)
        return msOf(d - bg::days((d.day_of_week().as_number() + 6) % 7));
    case Unit::Month:
        return msOf(bg::date(d.year(), d.month(), 1));
    case Unit::Quarter:
        return msOf(bg::date(d.year(), ((d.month().as_number() - 1) / 3) * 3 + 1, 1));
    }
    return msOf(d);
}

qint64 Periods::next(qint64 periodStart, Unit unit)
{
    const bg::date d = dateOf(periodStart);
    switch (unit) {
    case Unit::Day:
        return msOf(d + bg::days(1));
    case Unit::Week:
        return msOf(d + bg::weeks(1));
    case Unit::Month:
        return msOf(d + bg::months(1));
    case Unit::Quarter:
        return msOf(d + bg::months(3));
    }
    return msOf(d + bg::days(1));
}

QString Periods::label(qint64 periodStart, Unit unit)
{
    const bg::date d = dateOf(periodStart);
    const int year = d.year();
    const int month = d.month().as_number();
    switch (unit) {
    case Unit::Day:
        return QString::fromStdString(bg::to_iso_extended_string(d));
    case Unit::Week: {
        // The ISO week-year is the year of the week's Thursday.
        const bg::date thursday = d + bg::days(3);
        return u"%1-W%2"_s.arg(int(thursday.year()))
            .arg(int(d.week_number()), 2, 10, QLatin1Char('0'));
    }
    case Unit::Month:
        return u"%1-%2"_s.arg(year).arg(month, 2, 10, QLatin1Char('0'));
    case Unit::Quarter:
        return u"%1-Q%2"_s.arg(year).arg((month - 1) / 3 + 1);
    }
    return {};
}

} // namespace leadloop
