#pragma once

#include "channelruleset.h"
#include "common/chunkedvector.h"
#include "common/flatindex.h"
#include "common/result.h"
#include "sales/adconsent.h"
#include "sessionclassifier.h"
#include "store/statement.h"
#include "trackingrow.h"
#include "trafficsource.h"

#include <array>
#include <deque>
#include <memory>
#include <QByteArray>
#include <QHash>
#include <QSet>
#include <string>
#include <unordered_map>
#include <vector>

namespace leadloop {

class Database;
class TrackingWriter;
struct OpenSession;

/// What the builder wrote.
struct SessionCounts
{
    qint64 visitorsCreated = 0;
    qint64 sessionsCreated = 0;
    qint64 sessionsContinued = 0;
    qint64 pageviews = 0;
    qint64 events = 0;
    qint64 duplicates = 0;
};

/// Turns a visitor's rows, in time order, into sessions: a new session after `timeoutMs` without
/// activity or when a row carries other campaign parameters, unless the data's own session id
/// decides. A session is written, with its page views and events together, when it closes; a
/// session from an earlier import that the new rows continue is extended, not duplicated. Rows
/// already in the workspace or earlier in the batch are counted as duplicates and skipped.
/// The caller owns the transaction.
class SessionBuilder final
{
    Q_DISABLE_COPY_MOVE(SessionBuilder)

public:
    SessionBuilder(Database& db, TrackingWriter& writer, const TrafficSourceResolver& sources,
                   const ChannelRuleSet& channels, SessionRules rules);
    ~SessionBuilder();

    /// Adds one row; the result says whether it was new (false: a duplicate, skipped).
    Result<bool> add(const TrackingRow& row);
    /// Closes every open session and records the visitors' first and last activity.
    Status finish();
    const SessionCounts& counts() const { return m_counts; }

private:
    struct Closed
    {
        qint64 id = 0;
        qint64 startedAt = 0;
        qint64 endedAt = 0;
        std::string externalId;
        quint64 campaignKey = 0;
        int nextSeq = -1; // the seq of its next page view; -1: ask the workspace
    };
    /// What every visitor of the batch keeps; it is small because a large file has millions.
    /// Rarer state lives in m_extras.
    struct Visitor
    {
        qint64 id = 0;
        const char* cookieData = nullptr; // in m_cookieArena
        quint32 cookieSize = 0;
        int open = -1; // index into m_open
        qint64 firstSeen = 0;
        qint64 lastSeen = 0;
        // The last closed session (continuation by the timeout rule); its external id, when it
        // has one, is in the extras.
        qint64 closedId = 0;
        qint64 closedStart = 0;
        qint64 closedEnd = 0;
        quint64 closedCampaign = 0;
        int closedNextSeq = -1;
        bool touched = false;
        bool isNew = false;      // not stored yet: finish() writes it
        bool hasExtra = false;   // has an entry in m_extras
        bool hasTimeKey = false; // timeKey holds the key of a row at keysTs
        // The consent states last written for this visitor in this import (AdConsent::State of
        // ad_user_data and ad_personalization; -1: none), so that only changes are written.
        std::array<signed char, 2> consent{-1, -1};
        qint64 keysTs = -1; // duplicates arrive with the same time as the original
        quint64 timeKey = 0;

        std::string_view cookie() const { return {cookieData, cookieSize}; }
    };
    /// Visitor state that only some visitors need.
    struct VisitorExtra
    {
        std::string closedExternalId;      // of the last closed session
        std::vector<Closed> closedWithIds; // this batch's sessions that carry a session id
        std::vector<quint64> moreTimeKeys; // further rows at keysTs
        QSet<quint64> storedKeys;          // rows an earlier import stored
    };
    VisitorExtra& extra(int visitorIndex);
    const VisitorExtra* findExtra(int visitorIndex) const;
    Closed lastClosed(int visitorIndex) const;

    Result<int> visitorFor(const TrackingRow& row, quint64 hash);
    void prefetchVisitors(const std::array<quint64, 3>& ahead) const;
    Status loadStored(int visitorIndex);
    int openSession(int visitorIndex, const TrackingRow& row, quint64 campaignKey,
                    const Closed* continued);
    Status close(int openIndex);
    Status sweep(qint64 now);
    bool isDuplicate(int visitorIndex, const TrackingRow& row, quint64 key);
    /// Writes what the row says of the visitor's consent, when it changed.
    Status noteConsent(Visitor& v, const TrackingRow& row);

    Database& m_db;
    TrackingWriter& m_writer;
    SessionRules m_rules;
    bool m_workspaceHasVisitors = false;
    // Cookie ids live once in an append-only arena of blocks that never move, so the index can
    // key on views of them; visitors live in a deque, which never copies them as it grows.
    FlatIndex m_visitorIndex; // cookie hash → index into m_visitors
    SessionClassifier m_classifier;
    int m_lastVisitor = -1;
    quint64 m_lastVisitorHash = 0;
    std::deque<std::string> m_cookieArena;
    ChunkedVector<Visitor> m_visitors;
    std::unordered_map<int, VisitorExtra> m_extras;
    std::vector<std::unique_ptr<OpenSession>> m_open;
    std::vector<int> m_freeOpen;
    std::vector<std::unique_ptr<OpenSession>> m_spare; // closed sessions, reused

    QSet<quint64> m_eventIds;
    SessionCounts m_counts;
    qint64 m_maxTs = 0;
    qint64 m_rowsSinceSweep = 0;
    Statement m_findVisitor;
    Statement m_lastSession;
    Statement m_sessionById;
    Statement m_storedKeys;
    Statement m_nextSeq;
    std::unordered_map<std::string, AdConsent::State> m_consentWords; ///< text → state
};

} // namespace leadloop
