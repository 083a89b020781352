#pragma once

#include <optional>
#include <QString>
#include <QTimeZone>
#include <string_view>

namespace leadloop {

/// Turns timestamp text into UTC milliseconds (docs/import.md, "Times"):
/// ISO 8601 with or without a zone ("2024-03-05T14:22:31.123Z", "2024-03-05 14:22:31+02:00",
/// "2024-03-05"), epoch numbers (seconds, milliseconds or microseconds, told apart by size), or a
/// format given with --time-format (Qt date-time format, such as "dd.MM.yyyy HH:mm"; or
/// "epoch-s", "epoch-ms", "epoch-us"). Values without a zone are read in the given time zone.
class TimeParser final
{
public:
    /// `format` empty means automatic; `zone` applies to values without a zone of their own.
    explicit TimeParser(QString format = {}, QTimeZone zone = QTimeZone::utc());

    std::optional<qint64> parse(std::string_view text) const;
    bool isValidFormat() const;

private:
    std::optional<qint64> parseIso(std::string_view text) const;
    std::optional<qint64> parseEpoch(std::string_view text, int digitsHint) const;
    qint64 localToUtc(qint64 localMs) const;

    QString m_format;
    QTimeZone m_zone;
    bool m_utc;
};

/// Whether a tracking row's time is one that tracking data can have: from 1 January 1995 (web
/// analytics came later) to a day after now (clocks differ). Anything else comes from a wrong
/// column or unit (docs/import.md, "Times").
bool isPlausibleTrackingTime(qint64 utcMs);
/// Why a time outside isPlausibleTrackingTime() was refused: `raw` as the file wrote it, read as
/// `utcMs`.
QString implausibleTrackingTimeMessage(const QString& raw, qint64 utcMs);

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
qint64 daysFromCivil(int year, int month, int day);

} // namespace leadloop
