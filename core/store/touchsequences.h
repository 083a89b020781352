#pragma once

#include "common/result.h"

#include <cstdint>
#include <QString>
#include <QtGlobal>
#include <string>
#include <string_view>
#include <vector>

namespace leadloop {

class Database;

/// Each person's sessions packed in one row of touch_sequences (schema version 15,
/// docs/architecture.md, "Touch sequences"), rebuilt before every commit for the people whose
/// sessions, links or contact row changed, which triggers mark in touch_stale.
class TouchSequences final
{
public:
    /// One packed session: its visitor, start, and the ids of its texts in touch_labels (channel,
    /// source, medium, campaign) and its landing URL (urls.id, 0 for none).
    struct Session
    {
        qint64 visitor = 0;
        qint64 at = 0;
        qint64 channel = 0, source = 0, medium = 0, campaign = 0, landing = 0;
    };

    /// Reads a packed row: its visitors in id order, each one's sessions in time order.
    class Cursor final
    {
    public:
        explicit Cursor(std::string_view bytes);
        /// The next visitor and how many sessions follow; false after the last one or on bytes
        /// that do not decode.
        bool nextVisitor(qint64& visitor, qint64& sessions);
        /// The next session of the current visitor (call it `sessions` times).
        bool nextSession(Session& session);
        /// Whether every visitor the bytes announce was read, and nothing is left: false for
        /// bytes cut short or with more after them.
        bool finished() const { return m_visitors == 0 && m_at == m_end; }

    private:
        bool next(std::uint64_t& value);
        const unsigned char* m_at;
        const unsigned char* m_end;
        qint64 m_visitors = -1, m_visitor = 0, m_time = 0;
    };

    /// The packed bytes of sessions ordered by visitor, then time.
    static std::string pack(const std::vector<Session>& sessions);

    /// Rebuilds every marked person, in the caller's transaction when there is one. Nothing to
    /// do on a workspace before version 15.
    static Status refresh(Database& db);
    /// Marks everything to be rebuilt: for a file whose sequences cannot be trusted (a recovered
    /// one) or a load that wrote sessions without the triggers.
    static Status invalidate(Database& db);
    /// For a bulk load of sessions: stops marking each new session (a trigger run per row,
    /// a fifth of a first load's time) and returns what resumeMarks() needs to start again.
    static Result<QString> pauseMarks(Database& db);
    /// Marks sessions again and marks everything to be rebuilt.
    static Status resumeMarks(Database& db, const QString& paused);
    /// Whether reports can read the sequences on this connection: the table exists, nothing is
    /// marked (what is marked is rebuilt first when the connection can write) and the connection
    /// was not told to read the sessions instead (setReadsSessions, for comparisons).
    static Result<bool> usable(Database& db);
    /// Makes reports on this connection read the sessions themselves (true) or the sequences.
    static void setReadsSessions(Database& db, bool sessions);
    /// The order of a session among a visitor's: start, then channel text, then id.
    static constexpr const char* SessionOrder = "started_at, channel, id";

    /// The contact each visitor belongs to, by visitor id up to `maxVisitor` (0: none): the
    /// contact of its earliest active link, the first made when two are as early. The one rule
    /// every read of people's sessions follows; OwnerOrder is the same in SQL (the owning link
    /// comes first).
    static Result<std::vector<qint64>> owners(Database& db, qint64 maxVisitor);
    static constexpr const char* OwnerOrder = "linked_at, id";
    /// The label of a session that has no campaign or landing page.
    static constexpr const char* NotSet = "(not set)";
    /// A session's campaign as a label, in SQL over the sessions table (columns prefixed with
    /// `alias`): NotSet when it has none.
    static std::string campaignLabel(const char* alias);
};

} // namespace leadloop
