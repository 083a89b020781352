#pragma once

#include "shell/navigationmodel.h"

#include <memory>
#include <QMainWindow>

class QLabel;
class QListView;
class QMenu;
class QProgressDialog;
class QStackedWidget;

namespace leadloop {

class DamageBanner;
class ReportRunner;
class TeamActions;
class WelcomePage;
struct DrillFigure;
class WorkspaceSession;
struct DesktopSettings;

/// The main window: File/View/Help menus, the sidebar of views, the page stack and the status
/// bar. It wires user actions to the WorkspaceSession and holds no domain logic.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(WorkspaceSession& session, const DesktopSettings& settings,
               QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Opens a workspace file; shows the error and returns false when it cannot.
    bool openWorkspace(const QString& path);
    /// Opens the demo workspace, writing it first (on a worker thread) when it does not exist.
    void openDemoWorkspace();
    /// Shows one of the views listed in the sidebar (NavigationModel::View).
    void showView(int view);
    int currentView() const;
    /// Opens the import wizard, on a file when given (a dropped one, say).
    void importFile(const QString& path);
    /// File > Export Report: the executive PDF, previewed before it is saved.
    void exportReport();
    /// Lists what is behind a report's figure: its people in the Leads view, or its sessions
    /// in a window of their own. Runs on a worker thread.
    void drill(const DrillFigure& figure);
    /// File > Restore…: puts a snapshot of the open workspace back.
    void restoreSnapshot();
    /// File > Recover…: salvages the open workspace into a new file chosen by the user.
    void recoverWorkspace();
    /// Recovers the open workspace into `output` (a file that does not exist yet).
    void recoverInto(const QString& output);
    DamageBanner* damageBanner() const { return m_damage; }

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createMenus();
    /// The page of a view in the sidebar.
    QWidget* createPage(NavigationModel::View view);
    void newWorkspace();
    void chooseWorkspace();
    void closeWorkspace();
    void showAbout();
    void showPreferences();
    void updateRecentMenu();
    void onWorkspaceChanged();
    void updateStatus();
    void onDamagedChanged();
    /// Shows the progress of a workspace's integrity check until it ends.
    void showCheckProgress();
    void onDemoFinished(const QString& path, const QString& error, bool cancelled);
    void showError(const QString& title, const QString& message);

    WorkspaceSession& m_session;
    const DesktopSettings& m_settings;
    NavigationModel* m_navigation;
    QListView* m_sidebar;
    QStackedWidget* m_stack;
    WelcomePage* m_welcome;
    QLabel* m_statusName;
    QLabel* m_statusCounts;
    QLabel* m_statusTeam;
    TeamActions* m_team = nullptr;
    std::unique_ptr<QProgressDialog> m_busy; ///< while the session waits for a long write
    QMenu* m_recentMenu = nullptr;
    QList<QAction*> m_workspaceActions;
    QList<QAction*> m_wholeActions; ///< only on a workspace that is not damaged
    DamageBanner* m_damage;
    QProgressDialog* m_checkProgress = nullptr;
    QProgressDialog* m_demoProgress = nullptr;
    ReportRunner* m_drillRunner;
};

} // namespace leadloop
