#pragma once

#include <QObject>

class QAction;
class QLabel;
class QMenu;
class QWidget;

namespace leadloop {

class TeamSyncer;
class WorkspaceSession;

/// File > Team: publishing the open workspace to a team server, joining a team workspace as a
/// new replica, syncing now; and the status bar's team state (docs/team.md, "The desktop").
class TeamActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamActions)

public:
    /// Adds its actions to `menu` and its state to `status`; `window` parents its dialogs.
    TeamActions(WorkspaceSession& session, QMenu* menu, QLabel* status, QWidget* window);

    TeamSyncer* syncer() const { return m_syncer; }
    void publish();
    void join();

signals:
    /// A replica was joined at `path`: the window opens it.
    void joined(const QString& path);

private:
    void updateState();
    QString askServer(const QString& title, const QString& text);

    WorkspaceSession& m_session;
    QWidget* m_window;
    TeamSyncer* m_syncer;
    QLabel* m_status;
    QAction* m_publish;
    QAction* m_sync;
    bool m_manual = false; ///< the running sync was asked for by the user
};

} // namespace leadloop
