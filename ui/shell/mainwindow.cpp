#include "mainwindow.h"

#include "analysis/attributionview.h"
#include "analysis/channelsview.h"
#include "analysis/cohortsview.h"
#include "analysis/dashboardview.h"
#include "analysis/dealsview.h"
#include "analysis/funnelview.h"
#include "analysis/journeysview.h"
#include "analysis/reportrunner.h"
#include "analysis/scoringview.h"
#include "commands/workspacepreferencescommand.h"
#include "common/applicationidentity.h"
#include "common/version.h"
#include "damagebanner.h"
#include "dialogs/adconversionexportdialog.h"
#include "dialogs/preferencesdialog.h"
#include "dialogs/recoverdialog.h"
#include "dialogs/reportexportdialog.h"
#include "dialogs/restoredialog.h"
#include "dialogs/sessionlistdialog.h"
#include "navigationmodel.h"
#include "settings/desktopsettings.h"
#include "store/workspace.h"
#include "team/teamreplica.h"
#include "teamactions.h"
#include "teamsyncer.h"
#include "views/campaignspage.h"
#include "views/importspage.h"
#include "views/leadspage.h"
#include "views/unavailablepage.h"
#include "welcomepage.h"
#include "wizard/importwizard.h"
#include "workspacesession.h"

#include <algorithm>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressDialog>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace leadloop {

using View = NavigationModel::View;

MainWindow::MainWindow(WorkspaceSession& session, const DesktopSettings& settings, QWidget* parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_settings(settings)
    , m_navigation(new NavigationModel(this))
    , m_sidebar(new QListView(this))
    , m_stack(new QStackedWidget(this))
    , m_welcome(new WelcomePage(this))
    , m_statusName(new QLabel(this))
    , m_statusCounts(new QLabel(this))
    , m_statusTeam(new QLabel(this))
    , m_damage(new DamageBanner(this))
    , m_drillRunner(new ReportRunner(session, this))
{
    setWindowIcon(QIcon(u":/leadloop/icons/leadloop.svg"_s));
    setAcceptDrops(true);
    resize(1280, 800);

    m_sidebar->setObjectName(u"sidebar"_s);
    m_sidebar->setModel(m_navigation);
    m_sidebar->setIconSize(QSize(22, 22));
    m_sidebar->setSpacing(2);
    // Wide enough for the longest view name in the user's language ("Lejek sprzedażowy").
    QFont sidebarFont = m_sidebar->font();
    sidebarFont.setPointSizeF(11);
    int widest = 0;
    for (int i = 0; i < NavigationModel::viewCount(); ++i)
        widest = std::max(
            widest, QFontMetrics(sidebarFont).horizontalAdvance(NavigationModel::title(View(i))));
    m_sidebar->setFixedWidth(std::max(190, widest + 22 + 16 + 28));
    m_sidebar->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_sidebar->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sidebar->setStyleSheet(u"QListView { padding-top: 8px; font-size: 11pt; }"
                             u"QListView::item { padding: 6px 8px; }"_s);
    connect(m_sidebar->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid() && m_session.isOpen())
                    m_stack->setCurrentIndex(current.row() + 1);
            });

    m_stack->addWidget(m_welcome);
    for (int i = 0; i < NavigationModel::viewCount(); ++i) {
        QWidget* page = createPage(View(i));
        page->setObjectName(u"view%1"_s.arg(i));
        m_stack->addWidget(page);
    }

    auto* central = new QWidget(this);
    auto* row = new QHBoxLayout(central);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(0);
    row->addWidget(m_sidebar);
    auto* column = new QVBoxLayout;
    column->setSpacing(0);
    column->addWidget(m_damage);
    column->addWidget(m_stack, 1);
    row->addLayout(column, 1);
    m_damage->hide();
    connect(m_damage, &DamageBanner::restoreRequested, this, &MainWindow::restoreSnapshot);
    connect(m_damage, &DamageBanner::recoverRequested, this, &MainWindow::recoverWorkspace);
    setCentralWidget(central);

    m_statusName->setObjectName(u"statusWorkspace"_s);
    m_statusCounts->setObjectName(u"statusCounts"_s);
    statusBar()->addWidget(m_statusName);
    statusBar()->addPermanentWidget(m_statusTeam);
    statusBar()->addPermanentWidget(m_statusCounts);

    connect(m_welcome, &WelcomePage::openDemoRequested, this, &MainWindow::openDemoWorkspace);
    connect(m_welcome, &WelcomePage::newWorkspaceRequested, this, &MainWindow::newWorkspace);
    connect(m_welcome, &WelcomePage::openWorkspaceRequested, this, &MainWindow::chooseWorkspace);
    connect(m_welcome, &WelcomePage::openRecentRequested, this, &MainWindow::openWorkspace);
    connect(&m_session, &WorkspaceSession::workspaceChanged, this, &MainWindow::onWorkspaceChanged);
    connect(&m_session, &WorkspaceSession::countsChanged, this, &MainWindow::updateStatus);
    connect(&m_session, &WorkspaceSession::demoFinished, this, &MainWindow::onDemoFinished);
    connect(&m_session, &WorkspaceSession::damagedChanged, this, &MainWindow::onDamagedChanged);
    connect(&m_session, &WorkspaceSession::checkFinished, this, [this] {
        if (m_checkProgress)
            m_checkProgress->deleteLater();
        m_checkProgress = nullptr;
    });
    connect(&m_session, &WorkspaceSession::openFailed, this, [this](const QString& message) {
        showError(tr("Cannot open the workspace"), message);
    });
    // A long write on the session's connection (a new channel grouping): say what it waits for.
    connect(&m_session, &WorkspaceSession::exclusiveStarted, this, [this](const QString& what) {
        m_busy = std::make_unique<QProgressDialog>(what, QString(), 0, 0, this);
        m_busy->setObjectName(u"busyDialog"_s);
        m_busy->setWindowModality(Qt::ApplicationModal);
        m_busy->setMinimumDuration(200);
        m_busy->setCancelButton(nullptr);
    });
    connect(&m_session, &WorkspaceSession::exclusiveFinished, this, [this] { m_busy.reset(); });

    createMenus();
    restoreGeometry(m_settings.windowGeometry.get());
    restoreState(m_settings.windowState.get());
    onWorkspaceChanged();
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(QIcon(u":/leadloop/icons/new.svg"_s), tr("&New Workspace…"), QKeySequence::New,
                    this, &MainWindow::newWorkspace);
    file->addAction(QIcon(u":/leadloop/icons/open.svg"_s), tr("&Open…"), QKeySequence::Open, this,
                    &MainWindow::chooseWorkspace);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addAction(tr("Open &Demo Workspace"), this, &MainWindow::openDemoWorkspace);
    file->addSeparator();
    QAction* import = file->addAction(tr("&Import…"), QKeySequence(Qt::CTRL | Qt::Key_I), this,
                                      [this] { importFile({}); });
    m_workspaceActions.append(import);
    m_wholeActions.append(import);
    // File > Export: the executive report, and the closed loop's conversions for the ad
    // platforms; neither from a damaged file (its figures may be wrong).
    QMenu* exports = file->addMenu(tr("&Export"));
    QAction* report = exports->addAction(tr("&Report…"), QKeySequence(Qt::CTRL | Qt::Key_E), this,
                                         &MainWindow::exportReport);
    report->setObjectName(u"exportReportAction"_s);
    QAction* conversions = exports->addAction(tr("&Ad Platform Conversions…"), this, [this] {
        if (!m_session.isOpen())
            return;
        AdConversionExportDialog dialog(m_session, this);
        dialog.exec();
    });
    conversions->setObjectName(u"exportConversionsAction"_s);
    for (QAction* action : {report, conversions}) {
        m_workspaceActions.append(action);
        m_wholeActions.append(action);
    }
    // File > Team: sharing the workspace through a team server (docs/team.md).
    QMenu* team = file->addMenu(tr("&Team"));
    team->setObjectName(u"teamMenu"_s);
    m_team = new TeamActions(m_session, team, m_statusTeam, this);
    connect(m_team, &TeamActions::joined, this, &MainWindow::openWorkspace);
    file->addSeparator();
    QAction* restore = file->addAction(tr("Res&tore…"), this, &MainWindow::restoreSnapshot);
    restore->setObjectName(u"restoreAction"_s);
    m_workspaceActions.append(restore);
    QAction* recover = file->addAction(tr("Reco&ver…"), this, &MainWindow::recoverWorkspace);
    recover->setObjectName(u"recoverAction"_s);
    m_workspaceActions.append(recover);
    file->addSeparator();
    QAction* close = file->addAction(tr("&Close Workspace"), QKeySequence::Close, this,
                                     &MainWindow::closeWorkspace);
    m_workspaceActions.append(close);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    quit->setMenuRole(QAction::QuitRole);

    // Every edit is one step on the workspace's undo stack; the menu names it ("Undo Tag 12
    // leads as lost").
    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_session.undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_session.undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction* preferences = edit->addAction(tr("&Preferences…"), this, &MainWindow::showPreferences);
    preferences->setShortcuts({QKeySequence::Preferences, QKeySequence(Qt::CTRL | Qt::Key_Comma)});
    preferences->setMenuRole(QAction::PreferencesRole);

    QMenu* views = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < NavigationModel::viewCount(); ++i) {
        QAction* action =
            views->addAction(NavigationModel::icon(View(i)), NavigationModel::title(View(i)), this,
                             [this, i] { showView(i); });
        // Ctrl+1 … Ctrl+9, then Ctrl+0 for the tenth; the eleventh is in the menu and sidebar.
        if (i < 10)
            action->setShortcut(
                QKeySequence(Qt::CTRL | Qt::Key(i < 9 ? Qt::Key_1 + i : Qt::Key_0)));
        m_workspaceActions.append(action);
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About LeadLoop"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    updateRecentMenu();
}

QWidget* MainWindow::createPage(NavigationModel::View view)
{
    switch (view) {
    case View::Dashboard:
        return new DashboardView(m_session, m_stack);
    case View::Funnel: {
        auto* page = new FunnelView(m_session, m_stack);
        connect(page, &FunnelView::drillDown, this, &MainWindow::drill);
        return page;
    }
    case View::Cohorts:
        return new CohortsView(m_session, m_stack);
    case View::Channels: {
        auto* page = new ChannelsView(m_session, m_stack);
        connect(page, &ChannelsView::drillDown, this, &MainWindow::drill);
        return page;
    }
    case View::Attribution: {
        auto* page = new AttributionView(m_session, m_stack);
        connect(page, &AttributionView::drillDown, this, &MainWindow::drill);
        return page;
    }
    case View::Journeys:
        return new JourneysView(m_session, m_stack);
    case View::Deals: {
        auto* page = new DealsView(m_session, m_stack);
        connect(page, &DealsView::drillDown, this, &MainWindow::drill);
        return page;
    }
    case View::Leads:
        return new LeadsPage(m_session, m_settings, m_stack);
    case View::Scoring:
        return new ScoringView(m_session, m_settings, m_stack);
    case View::Campaigns: {
        auto* campaigns = new CampaignsPage(m_session, m_stack);
        connect(campaigns, &CampaignsPage::importRequested, this, [this] { importFile({}); });
        return campaigns;
    }
    case View::Imports: {
        auto* imports = new ImportsPage(m_session, m_stack);
        connect(imports, &ImportsPage::importRequested, this, [this] { importFile({}); });
        return imports;
    }
    default:
        return new UnavailablePage(NavigationModel::icon(view), NavigationModel::title(view),
                                   NavigationModel::description(view), m_stack);
    }
}

void MainWindow::drill(const DrillFigure& figure)
{
    if (!m_session.isOpen())
        return;
    const DrillRequest request = figure.request;
    if (request.target == DrillRequest::Target::Sessions) {
        auto* dialog = new SessionListDialog(figure.description, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
        // A runner of the dialog's own: closing the dialog drops its result.
        auto* runner = new ReportRunner(m_session, dialog);
        runner->run([request](Database& db) { return DrillDown::run(db, request); },
                    [dialog](const Result<ResultTable>& result) {
                        if (result)
                            dialog->setTable(*result);
                        else
                            dialog->setError(result.error().message);
                    });
        return;
    }
    statusBar()->showMessage(tr("Finding the people behind %1…").arg(figure.description));
    const QString description = figure.description;
    m_drillRunner->run(
        [request](Database& db) { return DrillDown::run(db, request); },
        [this, description](const Result<ResultTable>& result) {
            statusBar()->clearMessage();
            if (!result) {
                showError(tr("Drill down"), result.error().message);
                return;
            }
            std::vector<qint64> contacts;
            for (const QVariantList& row : result->rows)
                contacts.push_back(row.value(0).toLongLong()); // contact_id
            std::sort(contacts.begin(), contacts.end());
            contacts.erase(std::unique(contacts.begin(), contacts.end()), contacts.end());
            auto* leads = static_cast<LeadsPage*>(m_stack->widget(int(View::Leads) + 1));
            // A custom funnel's anonymous visitors have no lead to list: say how many.
            const qint64 anonymous = result->meta.value(u"anonymous"_s).toLongLong();
            leads->showContacts(std::move(contacts),
                                anonymous > 0
                                    ? tr("%1 (and %n anonymous visitors, who are not leads)",
                                         nullptr, int(anonymous))
                                          .arg(description)
                                    : description);
            showView(int(View::Leads));
        });
}

void MainWindow::exportReport()
{
    if (!m_session.isOpen())
        return;
    ReportExportDialog dialog(m_session, this);
    dialog.exec();
}

void MainWindow::importFile(const QString& path)
{
    if (!m_session.isOpen())
        return;
    ImportWizard wizard(m_session, m_settings, path, this);
    wizard.exec();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (m_session.isOpen() && event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    // Each dropped file goes through the wizard in turn.
    for (const QUrl& url : event->mimeData()->urls())
        if (url.isLocalFile())
            importFile(url.toLocalFile());
    event->acceptProposedAction();
}

void MainWindow::showPreferences()
{
    std::optional<WorkspacePreferences> current;
    if (m_session.isOpen()) {
        auto loaded = WorkspacePreferences::load(m_session.workspace()->database());
        if (!loaded) {
            showError(tr("Cannot read the workspace's settings"), loaded.error().message);
            return;
        }
        current = *loaded;
    }
    PreferencesDialog dialog(m_settings, current, this);
    if (m_session.isOpen())
        if (auto link = TeamReplica::link(m_session.workspace()->database()); link && *link)
            dialog.showTeam((*link)->server, (*link)->login, m_team->syncer()->role(),
                            (*link)->lastSync ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(
                                                                       (*link)->lastSync),
                                                                   QLocale::ShortFormat)
                                              : QString());
    if (dialog.exec() != QDialog::Accepted)
        return;
    dialog.saveDesktop();
    m_session.applySnapshotSettings();
    if (!current || dialog.workspacePreferences() == *current)
        return;
    m_session.undoStack()->push(new WorkspacePreferencesCommand(
        [this](const std::function<Status(Database&)>& write) {
            return m_session.runExclusive(tr("Applying the settings (a new channel grouping "
                                             "classifies every session again)…"),
                                          write);
        },
        *current, dialog.workspacePreferences(),
        [this](const QString& error) {
            if (!error.isEmpty())
                showError(tr("The settings were not changed"), error);
            m_session.notifyDataChanged();
            m_session.refreshCounts();
        }));
}

void MainWindow::updateRecentMenu()
{
    const QStringList recent = m_settings.recentWorkspaces.get();
    m_recentMenu->clear();
    for (const QString& path : recent)
        m_recentMenu->addAction(QDir::toNativeSeparators(path), this,
                                [this, path] { openWorkspace(path); });
    m_recentMenu->setEnabled(!recent.isEmpty());
    m_welcome->setRecentWorkspaces(recent);
}

bool MainWindow::openWorkspace(const QString& path)
{
    if (Status opened = m_session.open(path); !opened) {
        showError(tr("Cannot open the workspace"), opened.error().message);
        return false;
    }
    if (m_session.isChecking())
        showCheckProgress();
    return true;
}

void MainWindow::showCheckProgress()
{
    if (m_checkProgress)
        m_checkProgress->deleteLater();
    m_checkProgress = new QProgressDialog(tr("Checking the workspace for damage before it opens…"),
                                          tr("Cancel"), 0, 100, this);
    m_checkProgress->setObjectName(u"checkProgress"_s);
    m_checkProgress->setWindowTitle(tr("Opening the workspace"));
    m_checkProgress->setWindowModality(Qt::WindowModal);
    m_checkProgress->setMinimumDuration(300);
    m_checkProgress->setAutoClose(false);
    m_checkProgress->setAutoReset(false);
    connect(&m_session, &WorkspaceSession::checkProgress, m_checkProgress,
            &QProgressDialog::setValue);
    connect(m_checkProgress, &QProgressDialog::canceled, &m_session,
            &WorkspaceSession::cancelCheck);
}

void MainWindow::restoreSnapshot()
{
    if (!m_session.isOpen())
        return;
    RestoreDialog dialog(m_session.displayName(), m_session.snapshots(), m_session.snapshotFolder(),
                         this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // Copied out of the dialog before anything reopens the workspace.
    const std::optional<Snapshot> chosen = dialog.chosen();
    if (!chosen)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status restored = m_session.restoreSnapshot(*chosen);
    QApplication::restoreOverrideCursor();
    if (!restored) {
        showError(tr("The snapshot was not restored"), restored.error().message);
        return;
    }
    if (m_session.isChecking())
        showCheckProgress();
    statusBar()->showMessage(
        tr("Restored the workspace as it was on %1.")
            .arg(QLocale().toString(chosen->takenAt.toLocalTime(), QLocale::ShortFormat)),
        10'000);
}

void MainWindow::recoverWorkspace()
{
    if (!m_session.isOpen())
        return;
    const QFileInfo damaged(m_session.path());
    QString output = QFileDialog::getSaveFileName(
        this, tr("Recover into a New Workspace"),
        damaged.absoluteDir().filePath(damaged.completeBaseName() + tr("-recovered") +
                                       u".leadloop"_s),
        tr("LeadLoop workspaces (*.leadloop)"));
    if (output.isEmpty())
        return;
    if (!output.endsWith(u".leadloop"_s))
        output += u".leadloop"_s;
    recoverInto(output);
}

void MainWindow::recoverInto(const QString& output)
{
    if (!m_session.isOpen())
        return;
    if (QFileInfo::exists(output)) {
        // Never written over: the save dialog's "replace" would lose that file.
        showError(tr("Cannot recover the workspace"),
                  tr("%1 already exists; choose a new file for the recovered workspace.")
                      .arg(QDir::toNativeSeparators(output)));
        return;
    }
    auto* dialog = new RecoverDialog(m_session.path(), output, m_session.workers(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RecoverDialog::openRequested, this,
            [this](const QString& path) { openWorkspace(path); });
    dialog->open();
}

void MainWindow::onDamagedChanged()
{
    const bool damaged = m_session.isOpen() && m_session.isDamaged();
    m_damage->setVisible(damaged);
    for (QAction* action : m_wholeActions)
        action->setEnabled(m_session.isOpen() && !damaged);
    if (m_session.isOpen())
        setWindowTitle(damaged
                           ? tr("%1 (damaged, read-only) — LeadLoop").arg(m_session.displayName())
                           : tr("%1 — LeadLoop").arg(m_session.displayName()));
}

void MainWindow::chooseWorkspace()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Workspace"), QFileInfo(defaultWorkspacePath()).absolutePath(),
        tr("LeadLoop workspaces (*.leadloop);;All files (*)"));
    if (!path.isEmpty())
        openWorkspace(path);
}

void MainWindow::newWorkspace()
{
    QString path = QFileDialog::getSaveFileName(this, tr("New Workspace"),
                                                QFileInfo(defaultWorkspacePath()).absolutePath(),
                                                tr("LeadLoop workspaces (*.leadloop)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(u".leadloop"_s))
        path += u".leadloop"_s;
    if (QFileInfo::exists(path)) {
        // The save dialog already asked to replace; keep existing data unless it is a workspace
        // the user explicitly chose to open instead.
        showError(tr("Cannot create the workspace"),
                  tr("%1 already exists. Open it with File > Open, or choose another name.")
                      .arg(QDir::toNativeSeparators(path)));
        return;
    }
    if (Status created = m_session.create(path); !created)
        showError(tr("Cannot create the workspace"), created.error().message);
}

void MainWindow::openDemoWorkspace()
{
    const QString path = demoWorkspacePath();
    if (QFileInfo::exists(path)) {
        openWorkspace(path);
        return;
    }
    if (m_session.isCreatingDemo())
        return;
    m_demoProgress =
        new QProgressDialog(tr("Writing the demo workspace…"), tr("Cancel"), 0, 100, this);
    m_demoProgress->setWindowTitle(tr("Demo workspace"));
    m_demoProgress->setMinimumDuration(0);
    m_demoProgress->setAutoClose(false);
    m_demoProgress->setAutoReset(false);
    m_demoProgress->setWindowModality(Qt::WindowModal);
    connect(&m_session, &WorkspaceSession::demoProgress, m_demoProgress,
            &QProgressDialog::setValue);
    connect(m_demoProgress, &QProgressDialog::canceled, &m_session, &WorkspaceSession::cancelDemo);
    m_session.createDemo(path);
}

void MainWindow::onDemoFinished(const QString& path, const QString& error, bool cancelled)
{
    if (m_demoProgress) {
        m_demoProgress->deleteLater();
        m_demoProgress = nullptr;
    }
    if (cancelled)
        return;
    if (!error.isEmpty()) {
        showError(tr("Cannot write the demo workspace"), error);
        return;
    }
    openWorkspace(path);
}

void MainWindow::closeWorkspace()
{
    m_session.close();
}

void MainWindow::showView(int view)
{
    if (!m_session.isOpen() || view < 0 || view >= NavigationModel::viewCount())
        return;
    m_sidebar->setCurrentIndex(m_navigation->index(view));
    m_stack->setCurrentIndex(view + 1);
}

int MainWindow::currentView() const
{
    return m_stack->currentIndex() - 1;
}

void MainWindow::onWorkspaceChanged()
{
    const bool open = m_session.isOpen();
    m_sidebar->setEnabled(open);
    for (QAction* action : m_workspaceActions)
        action->setEnabled(open);
    if (open) {
        m_settings.lastWorkspace.set(m_session.path());
        m_settings.addRecent(m_session.path());
        updateRecentMenu();
        setWindowTitle(tr("%1 — LeadLoop").arg(m_session.displayName()));
        showView(qBound(0, m_settings.lastView.get(), NavigationModel::viewCount() - 1));
        onDamagedChanged();
    } else {
        m_damage->hide();
        setWindowTitle(tr("LeadLoop"));
        m_sidebar->clearSelection();
        m_stack->setCurrentWidget(m_welcome);
    }
    updateStatus();
}

void MainWindow::updateStatus()
{
    if (!m_session.isOpen()) {
        m_statusName->setText(tr("No workspace open"));
        m_statusCounts->clear();
        return;
    }
    m_statusName->setText(tr("Workspace: %1").arg(m_session.displayName()));
    m_statusName->setToolTip(QDir::toNativeSeparators(m_session.path()));
    if (!m_session.countsError().isEmpty()) {
        m_statusCounts->setText(
            tr("The workspace could not be counted: %1").arg(m_session.countsError()));
        return;
    }
    if (m_session.tableCounts().isEmpty()) {
        m_statusCounts->setText(tr("Counting…"));
        return;
    }
    const QLocale locale;
    m_statusCounts->setText(tr("%1 visitors · %2 sessions · %3 leads · %4 deals")
                                .arg(locale.toString(m_session.rowCount(u"visitors"_s)),
                                     locale.toString(m_session.rowCount(u"sessions"_s)),
                                     locale.toString(m_session.rowCount(u"contacts"_s)),
                                     locale.toString(m_session.rowCount(u"deals"_s))));
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About LeadLoop"),
        tr("<h3>LeadLoop %1</h3><p>Closed-loop marketing analytics: from the first "
           "visit to the signed deal.</p><p>Built with Qt %2 and SQLite.</p>")
            .arg(QString::fromLatin1(versionString()), QString::fromLatin1(qVersion())));
}

void MainWindow::showError(const QString& title, const QString& message)
{
    QMessageBox::warning(this, title, message);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_settings.windowGeometry.set(saveGeometry());
    m_settings.windowState.set(saveState());
    if (m_session.isOpen())
        m_settings.lastView.set(currentView());
    QMainWindow::closeEvent(event);
}

} // namespace leadloop
