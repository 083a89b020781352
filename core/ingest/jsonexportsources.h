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

/// GA4's BigQuery export as JSON Lines, one event per line (docs/import.md, "GA4"): the visitor is
/// user_pseudo_id, the time event_timestamp (microseconds), the session ga_session_id; URL,
/// referrer, title and the event-level source, medium, campaign and term come from event_params
/// or collected_traffic_source.
class Ga4EventSource final : public TrackingRowSource
{
    Q_DECLARE_TR_FUNCTIONS(Ga4EventSource)

public:
    Ga4EventSource(std::unique_ptr<ByteSource> bytes, QStringList conversionEvents);
    ~Ga4EventSource() override;

    Next next(TrackingRow& row, RowRejection& rejection) override;
    qint64 line() const override { return m_lines.lineNumber(); }
    QString rawText() const override;
    QString errorString() const override { return m_lines.errorString(); }
    qint64 position() const override { return m_bytes->position(); }
    qint64 size() const override { return m_bytes->size(); }
    QString preset() const override { return QStringLiteral("ga4"); }
    QStringList notes() const override;
    SessionRules rules() const override;

private:
    struct Parser;
    std::unique_ptr<ByteSource> m_bytes;
    LineReader m_lines;
    std::unique_ptr<Parser> m_parser;
    QStringList m_conversionEvents;
    OwnedRow m_row;
};

/// Universal Analytics / GA360's ga_sessions export as JSON Lines, one session per line with its
/// hits (docs/import.md, "Universal Analytics"): each PAGE, EVENT or TRANSACTION hit becomes a
/// row of the session fullVisitorId / visitId, at visitStartTime plus the hit's time, with the
/// session's trafficSource.
class UaSessionSource final : public TrackingRowSource
{
    Q_DECLARE_TR_FUNCTIONS(UaSessionSource)

public:
    UaSessionSource(std::unique_ptr<ByteSource> bytes, QStringList conversionEvents);
    ~UaSessionSource() override;

    Next next(TrackingRow& row, RowRejection& rejection) override;
    qint64 line() const override { return m_lines.lineNumber(); }
    QString rawText() const override;
    QString errorString() const override { return m_lines.errorString(); }
    qint64 position() const override { return m_bytes->position(); }
    qint64 size() const override { return m_bytes->size(); }
    QString preset() const override { return QStringLiteral("ua"); }
    QStringList notes() const override;
    SessionRules rules() const override;

private:
    struct Parser;
    Next readSession(RowRejection& rejection);

    std::unique_ptr<ByteSource> m_bytes;
    LineReader m_lines;
    std::unique_ptr<Parser> m_parser;
    QStringList m_conversionEvents;
    std::deque<OwnedRow> m_pending;
    OwnedRow m_current;
};

/// "ga4" or "ua" when the first JSON line looks like that export, else empty.
QString detectJsonExport(std::string_view firstLine);

} // namespace leadloop
