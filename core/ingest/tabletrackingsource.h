#pragma once

#include "bytesource.h"
#include "recordreader.h"
#include "textformat.h"
#include "timeparser.h"
#include "trackingmapping.h"
#include "trackingrowsource.h"

#include <memory>

namespace leadloop {

/// Tracking rows from a table (CSV, TSV or a spreadsheet) through a column mapping
/// (docs/import.md): checks each record for a visitor and a readable time, and marks page views
/// and conversions.
class TableTrackingSource final : public TrackingRowSource
{
    Q_DECLARE_TR_FUNCTIONS(TableTrackingSource)

public:
    /// Reads the header; fails with BadInput for an empty file or a mapping that cannot work.
    /// `bytes` (may be null) reports progress; `skipFirst` skips Excel's "sep=" line.
    static Result<std::unique_ptr<TableTrackingSource>>
    open(std::unique_ptr<ByteSource> bytes, std::unique_ptr<RecordReader> reader, bool skipFirst,
         const QString& preset, const QHash<TrackingField, QString>& overrides, TimeParser times,
         QStringList conversionEvents);

    Next next(TrackingRow& row, RowRejection& rejection) override;
    qint64 line() const override { return m_reader->line(); }
    QString rawText() const override { return m_reader->rawText(); }
    QString errorString() const override { return m_reader->errorString(); }
    qint64 position() const override { return m_bytes ? m_bytes->position() : 0; }
    qint64 size() const override { return m_bytes ? m_bytes->size() : 0; }
    QString preset() const override { return m_mapping.preset; }
    QStringList notes() const override { return m_mapping.notes; }
    SessionRules rules() const override;

    const TrackingMapping& mapping() const { return m_mapping; }
    const QStringList& header() const { return m_header; }

private:
    TableTrackingSource(std::unique_ptr<ByteSource> bytes, std::unique_ptr<RecordReader> reader,
                        TimeParser times, QStringList conversionEvents);
    std::string_view field(TrackingField field) const;

    std::unique_ptr<ByteSource> m_bytes;
    std::unique_ptr<RecordReader> m_reader;
    TimeParser m_times;
    QStringList m_conversionEvents;
    QStringList m_header;
    TrackingMapping m_mapping;
    int m_needed = 0;
};

/// Whether an event name marks a page view (empty, page_view, pageview, pv, page; any case).
bool isPageViewEvent(std::string_view event);
/// Whether an event name is in the conversion list (any case).
bool isConversionEvent(std::string_view event, const QStringList& conversionEvents);
/// Cents from a number in the user's format (1 234,56 / 1,234.56 / 1234.56), or nothing.
std::optional<qint64> parseCents(std::string_view text);

} // namespace leadloop
