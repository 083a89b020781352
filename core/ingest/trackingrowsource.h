#pragma once

#include "tracking/sessionbuilder.h"
#include "tracking/trackingrow.h"

#include <QString>
#include <QStringList>

namespace leadloop {

/// Why a source rejected its current record.
struct RowRejection
{
    QString column;
    QString code;
    QString message;
};

/// A stream of tracking rows from one export format: delimited text with a column mapping, GA4
/// events, or Universal Analytics sessions with their hits. Rows are views that stay valid until
/// the next call.
class TrackingRowSource
{
public:
    enum class Next
    {
        Row,
        Rejected,
        End,
        Failed
    };

    virtual ~TrackingRowSource() = default;

    /// Reads the next row, or says why the current record was rejected, or that the input ended
    /// (Failed: a read or format error that stops the import; see errorString()).
    virtual Next next(TrackingRow& row, RowRejection& rejection) = 0;
    /// The 1-based line of the file that the current row comes from.
    virtual qint64 line() const = 0;
    /// The current record as it stands in the file (for rejected-row lists).
    virtual QString rawText() const = 0;
    virtual QString errorString() const = 0;
    virtual qint64 position() const = 0;
    virtual qint64 size() const = 0;

    /// The preset that reads the file ("snowplow", "ga4", …) and one line per field it uses.
    virtual QString preset() const = 0;
    virtual QStringList notes() const = 0;
    /// What the data carries: its own session ids, given sources or channels, event ids.
    virtual SessionRules rules() const = 0;
};

} // namespace leadloop
