#pragma once

#include "team/teamsync.h"

#include <memory>
#include <QObject>
#include <QTimer>

class QSocketNotifier;

namespace leadloop {

class PgConnection;
class WorkspaceSession;

/// Keeps the open workspace, when it is a team replica, in step with its server (docs/team.md,
/// "The desktop"): it syncs on demand, soon after the user's edits, within moments of the
/// server's notification that a member changed something (LISTEN/NOTIFY), and every minute
/// while changes wait or the server is away; and it says its state for the status bar.
class TeamSyncer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamSyncer)

public:
    enum class State
    {
        None,    ///< the open workspace is no team replica
        Synced,  ///< nothing waits to be sent
        Syncing, ///< a sync runs
        Unsent,  ///< changes wait for the next sync
        Offline, ///< the server cannot be reached; changes wait
    };

    explicit TeamSyncer(WorkspaceSession& session, QObject* parent = nullptr);
    ~TeamSyncer() override;

    State state() const { return m_state; }
    qint64 unsent() const { return m_unsent; }
    /// The member's role as the server last said it, and its login.
    const QString& role() const { return m_role; }
    /// One line for the status bar: "Team: synced", "Team: offline, 3 changes unsent".
    QString statusText() const;
    /// The server's address (without a password), or empty.
    const QString& server() const { return m_server; }

    /// Syncs now (the sync holds user input back until it ends; it is quick unless a member's
    /// import comes with it). The outcome arrives as synced or failed.
    void syncNow();
    /// Reads the open workspace's link again (after it was published) and starts following it.
    void reload() { onWorkspaceChanged(); }

signals:
    void stateChanged();
    /// A sync ended; `counts.refusals` lists the changes the server refused (taken back).
    void synced(const SyncCounts& counts);
    /// A sync failed for a reason other than the server being away (a refusal, a full disk).
    void failed(const QString& message);

private:
    void onWorkspaceChanged();
    void readLink();
    void listen();
    void onNotified();
    void scheduleSync(int delayMs);
    void setState(State state);

    WorkspaceSession& m_session;
    State m_state = State::None;
    qint64 m_unsent = 0;
    qint64 m_lastSeq = 0;
    QString m_role;
    QString m_server;
    QTimer m_soon;     ///< a sync soon: after an edit or a notification
    QTimer m_periodic; ///< every minute: unsent changes, an absent server
    std::shared_ptr<PgConnection> m_listener;
    QSocketNotifier* m_notifier = nullptr;
    bool m_listening = false; ///< a listener connection is being opened
};

} // namespace leadloop
