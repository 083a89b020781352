#pragma once

#include "bytesource.h"
#include "linereader.h"
#include "trackingrowsource.h"

#include <deque>
#include <memory>
#include <QCoreApplication>
#include <string>

namespace leadloop {

/// The owned text of one row from a JSON export, and the views a TrackingRow takes of it.
struct OwnedRow
{
    qint64 ts = 0;
    std::string visitor, url, referrer, title, event, eventId, session, source, medium, campaign,
        term, content, userId, currency;
    std::optional<qint64> valueCents;

    void fill(TrackingRow& row, qint64 line, const QStringList& conversionEvents) const;
};

/// What the JSON Lines exports share: reading one JSON object per line (blank lines skipped,
/// NaN and Infinity written by Python tools read as null), and the bookkeeping every source has.
class JsonLinesSource : public TrackingRowSource
{
    Q_DECLARE_TR_FUNCTIONS(JsonLinesSource)

public:
    ~JsonLinesSource() override;

    qint64 line() const override { return m_lines.lineNumber(); }
    QString rawText() const override;
    QString errorString() const override { return m_lines.errorString(); }
    qint64 position() const override { return m_bytes->position(); }
    qint64 size() const override { return m_bytes->size(); }

protected:
    struct Parser;
    JsonLinesSource(std::unique_ptr<ByteSource> bytes, QStringList conversionEvents);
    /// Reads and parses the next non-blank line into the parser's current document:
    /// Row when parsed, Rejected (bad_json) when not, End or Failed at the end.
    Next readLine(RowRejection& rejection);
    Parser& parser() { return *m_parser; }
    const QStringList& conversionEvents() const { return m_conversionEvents; }

private:
    std::unique_ptr<ByteSource> m_bytes;
    LineReader m_lines;
    std::unique_ptr<Parser> m_parser;
    QStringList m_conversionEvents;
};

/// GA4's BigQuery export as JSON Lines, one event per line (docs/import.md, "GA4"): the visitor is
/// user_pseudo_id, the time event_timestamp (microseconds), the session ga_session_id; URL,
/// referrer, title and the event-level source, medium, campaign and term come from event_params
/// or collected_traffic_source.
class Ga4EventSource final : public JsonLinesSource
{
    Q_DECLARE_TR_FUNCTIONS(Ga4EventSource)

public:
    Ga4EventSource(std::unique_ptr<ByteSource> bytes, QStringList conversionEvents);

    Next next(TrackingRow& row, RowRejection& rejection) override;
    QString preset() const override { return QStringLiteral("ga4"); }
    QStringList notes() const override;
    SessionRules rules() const override;

private:
    OwnedRow m_row;
};

/// Universal Analytics / GA360's ga_sessions export as JSON Lines, one session per line with its
/// hits (docs/import.md, "Universal Analytics"): each PAGE, EVENT or TRANSACTION hit becomes a
/// row of the session fullVisitorId / visitId, at visitStartTime plus the hit's time, with the
/// session's trafficSource.
class UaSessionSource final : public JsonLinesSource
{
    Q_DECLARE_TR_FUNCTIONS(UaSessionSource)

public:
    UaSessionSource(std::unique_ptr<ByteSource> bytes, QStringList conversionEvents);

    Next next(TrackingRow& row, RowRejection& rejection) override;
    QString preset() const override { return QStringLiteral("ua"); }
    QStringList notes() const override;
    SessionRules rules() const override;

private:
    Next readSession(RowRejection& rejection);

    std::deque<OwnedRow> m_pending;
    OwnedRow m_current;
};

/// "ga4" or "ua" when the first JSON line looks like that export, else empty.
QString detectJsonExport(std::string_view firstLine);

} // namespace leadloop
