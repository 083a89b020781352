#pragma once

#include "conversionexport.h"

#include <QByteArray>
#include <QCoreApplication>

namespace leadloop {

/// The files an export writes, in each platform's own format (docs/ad-platforms.md,
/// "Exports"): the conversions, and the retractions where the platform takes them.
class ConversionFiles final
{
    Q_DECLARE_TR_FUNCTIONS(ConversionFiles)

public:
    /// Writes the conversions to `path` (empty: the caller sent them elsewhere, such as standard
    /// output) and the retractions, when there are any the platform takes, to `retractionPath`
    /// (empty: beside `path`, none without it), each whole or not at all, then remembers what
    /// they sent (ConversionExport::remember). Returns the retraction file written, or empty.
    static Result<QString> save(Database& db, const ConversionPlan& plan, const QString& path,
                                QString retractionPath, const QString& user);
    static QByteArray conversions(const ConversionPlan& plan);
    /// Empty when the plan has no retractions or the platform takes none.
    static QByteArray retractions(const ConversionPlan& plan);
    /// The retraction file's path beside the conversions' file: NAME-retractions.csv.
    static QString retractionPath(const QString& conversionsPath);
    /// A time as Google's API form writes it in `zone`: 2026-03-29 03:30:00+02:00.
    static QString googleTime(qint64 utcMs, const QByteArray& zone);
    /// A time as Microsoft's files write it: 4/1/2026 6:50:54 PM, at `offsetSeconds` from UTC.
    static QString microsoftTime(qint64 utcMs, int offsetSeconds);
    /// +HHMM / -HHMM.
    static QString offsetText(int offsetSeconds, bool colon);
};

} // namespace leadloop
