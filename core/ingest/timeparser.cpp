#include "timeparser.h"

#include <limits>
#include <QCoreApplication>
#include <QDateTime>

using namespace Qt::StringLiterals;

namespace leadloop {

bool isPlausibleTrackingTime(qint64 utcMs)
{
    constexpr qint64 earliest = 788'918'400'000; // 1995-01-01T00:00:00Z
    constexpr qint64 day = 24 * 3600 * 1000;
    return utcMs >= earliest && utcMs <= QDateTime::currentMSecsSinceEpoch() + day;
}

QString implausibleTrackingTimeMessage(const QString& raw, qint64 utcMs)
{
    return QCoreApplication::translate(
               "TimeParser", "'%1' is %2, outside the times tracking data can have (from 1995 to "
                             "today): check the column, and for numbers their unit.")
        .arg(raw, QDateTime::fromMSecsSinceEpoch(utcMs, QTimeZone::utc()).toString(Qt::ISODate));
}

qint64 daysFromCivil(int y, int m, int d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * unsigned(m > 2 ? m - 3 : m + 9) + 2) / 5 + unsigned(d) - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

namespace {

bool digits(std::string_view s, size_t at, size_t count, int* out)
{
    if (at + count > s.size())
        return false;
    int value = 0;
    for (size_t i = at; i < at + count; ++i) {
        if (s[i] < '0' || s[i] > '9')
            return false;
        value = value * 10 + (s[i] - '0');
    }
    *out = value;
    return true;
}

int daysInMonth(int year, int month)
{
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : days[month - 1];
}

std::string_view trimmed(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
        s.remove_suffix(1);
    return s;
}

} // namespace

TimeParser::TimeParser(QString format, QTimeZone zone)
    : m_format(std::move(format))
    , m_zone(std::move(zone))
    , m_utc(m_zone == QTimeZone::utc() || m_zone.id() == "UTC")
{}

bool TimeParser::isValidFormat() const
{
    return m_zone.isValid();
}

qint64 TimeParser::localToUtc(qint64 localMs) const
{
    if (m_utc)
        return localMs;
    // Convert through QDateTime; the offset is that of the local wall-clock time.
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(localMs, QTimeZone::utc());
    return QDateTime(local.date(), local.time(), m_zone).toMSecsSinceEpoch();
}

std::optional<qint64> TimeParser::parseEpoch(std::string_view s, int digitsHint) const
{
    bool negative = false;
    if (!s.empty() && s.front() == '-') {
        negative = true;
        s.remove_prefix(1);
    }
    const size_t dot = s.find('.');
    const std::string_view whole = s.substr(0, dot);
    if (whole.empty() || whole.size() > 18)
        return std::nullopt;
    qint64 value = 0;
    for (char c : whole) {
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + (c - '0');
    }
    int fractionMs = 0;
    if (dot != std::string_view::npos) {
        std::string_view fraction = s.substr(dot + 1);
        for (size_t i = 0; i < fraction.size(); ++i)
            if (fraction[i] < '0' || fraction[i] > '9')
                return std::nullopt;
        for (size_t i = 0; i < 3; ++i)
            fractionMs = fractionMs * 10 + (i < fraction.size() ? fraction[i] - '0' : 0);
    }
    // By magnitude: seconds up to year 5138, then milliseconds, then microseconds.
    // digitsHint: 1 = seconds, 3 = milliseconds, 6 = microseconds, 0 = decide.
    const int kind = digitsHint == 1                 ? 0
                     : digitsHint                    ? digitsHint
                     : value < 100'000'000'000LL     ? 0
                     : value < 100'000'000'000'000LL ? 3
                                                     : 6;
    // Seconds beyond year 292 million do not fit in milliseconds: no time at all.
    if (kind == 0 && value > (std::numeric_limits<qint64>::max() - 999) / 1000)
        return std::nullopt;
    qint64 ms = kind == 0 ? value * 1000 + fractionMs : kind == 3 ? value : value / 1000;
    return negative ? -ms : ms;
}

std::optional<qint64> TimeParser::parseIso(std::string_view s) const
{
    int year, month, day;
    if (!digits(s, 0, 4, &year) || s.size() < 10 || s[4] != '-' || !digits(s, 5, 2, &month) ||
        s[7] != '-' || !digits(s, 8, 2, &day))
        return std::nullopt;
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
        return std::nullopt;
    int hour = 0, minute = 0, second = 0, millis = 0;
    size_t i = 10;
    bool hasZone = false;
    int offsetMinutes = 0;
    if (i < s.size() && (s[i] == 'T' || s[i] == 't' || s[i] == ' ')) {
        if (!digits(s, i + 1, 2, &hour) || i + 3 >= s.size() || s[i + 3] != ':' ||
            !digits(s, i + 4, 2, &minute))
            return std::nullopt;
        i += 6;
        if (i < s.size() && s[i] == ':') {
            if (!digits(s, i + 1, 2, &second))
                return std::nullopt;
            i += 3;
        }
        if (i < s.size() && (s[i] == '.' || s[i] == ',')) {
            ++i;
            int scale = 100;
            while (i < s.size() && s[i] >= '0' && s[i] <= '9') {
                millis += (s[i] - '0') * scale;
                scale /= 10;
                ++i;
            }
        }
        if (hour > 24 || minute > 59 || second > 60)
            return std::nullopt;
    }
    if (i < s.size() && s[i] == ' ')
        ++i;
    if (i < s.size()) {
        if (s[i] == 'Z' || s[i] == 'z') {
            hasZone = true;
            ++i;
        } else if (s[i] == '+' || s[i] == '-') {
            const int sign = s[i] == '-' ? -1 : 1;
            int oh = 0, om = 0;
            if (!digits(s, i + 1, 2, &oh))
                return std::nullopt;
            i += 3;
            if (i < s.size() && s[i] == ':')
                ++i;
            if (i < s.size() && !digits(s, i, 2, &om))
                return std::nullopt;
            if (i < s.size())
                i += 2;
            hasZone = true;
            offsetMinutes = sign * (oh * 60 + om);
        } else if (s.substr(i) == "UTC") {
            hasZone = true;
            i += 3;
        }
    }
    if (i != s.size())
        return std::nullopt;
    const qint64 local = ((daysFromCivil(year, month, day) * 24 + hour) * 60 + minute) * 60'000LL +
                         second * 1000LL + millis;
    if (hasZone)
        return local - offsetMinutes * 60'000LL;
    return localToUtc(local);
}

std::optional<qint64> TimeParser::parse(std::string_view raw) const
{
    const std::string_view s = trimmed(raw);
    if (s.empty())
        return std::nullopt;
    if (m_format.isEmpty()) {
        if (s.size() >= 10 && s[4] == '-')
            return parseIso(s);
        return parseEpoch(s, 0);
    }
    if (m_format == u"epoch-s")
        return parseEpoch(s, 1);
    if (m_format == u"epoch-ms")
        return parseEpoch(s, 3);
    if (m_format == u"epoch-us")
        return parseEpoch(s, 6);
    if (m_format == u"iso")
        return parseIso(s);
    const QDateTime parsed =
        QDateTime::fromString(QString::fromUtf8(s.data(), qsizetype(s.size())), m_format);
    if (!parsed.isValid())
        return std::nullopt;
    const qint64 local =
        QDateTime(parsed.date(), parsed.time(), QTimeZone::utc()).toMSecsSinceEpoch();
    return localToUtc(local);
}

} // namespace leadloop
