#include "teamactions.h"

#include "team/serveraddress.h"
#include "team/teampublisher.h"
#include "teamsyncer.h"
#include "workspacesession.h"

#include <QFileDialog>
#include <QFutureWatcher>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace leadloop {

TeamActions::TeamActions(WorkspaceSession& session, QMenu* menu, QLabel* status, QWidget* window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
    , m_syncer(new TeamSyncer(session, this))
    , m_status(status)
{
    m_publish = menu->addAction(tr("&Publish to a Team Server…"), this, &TeamActions::publish);
    m_publish->setObjectName(u"teamPublishAction"_s);
    QAction* joinAction = menu->addAction(tr("&Join a Team Workspace…"), this, &TeamActions::join);
    joinAction->setObjectName(u"teamJoinAction"_s);
    menu->addSeparator();
    m_sync = menu->addAction(tr("&Sync Now"), this, [this] {
        m_manual = true;
        m_syncer->syncNow();
        m_manual = false;
    });
    m_sync->setObjectName(u"teamSyncAction"_s);
    m_sync->setShortcut(QKeySequence(Qt::Key_F5));
    m_status->setObjectName(u"statusTeam"_s);
    m_status->setContentsMargins(0, 0, 16, 0); // apart from the counts beside it

    connect(m_syncer, &TeamSyncer::stateChanged, this, &TeamActions::updateState);
    connect(&m_session, &WorkspaceSession::workspaceChanged, this, &TeamActions::updateState);
    connect(m_syncer, &TeamSyncer::failed, this, [this](const QString& message) {
        m_status->setToolTip(message);
        if (m_manual)
            QMessageBox::warning(m_window, tr("The team sync failed"), message);
    });
    connect(m_syncer, &TeamSyncer::synced, this, [this](const SyncCounts& counts) {
        m_status->setToolTip(tr("Sent %1, received %2 changes; the team's log is at %3.")
                                 .arg(counts.pushed)
                                 .arg(counts.pulled)
                                 .arg(counts.serverVersion));
        if (!counts.refusals.isEmpty())
            QMessageBox::warning(m_window, tr("The team server refused changes"),
                                 tr("The team server refused these changes of yours (%1); "
                                    "they were taken back here:")
                                         .arg(counts.refused) +
                                     u"\n\n• "_s + counts.refusals.join(u"\n• "_s));
    });
    updateState();
}

void TeamActions::updateState()
{
    const bool replica = m_syncer->state() != TeamSyncer::State::None;
    m_status->setText(m_syncer->statusText());
    m_status->setVisible(replica);
    m_sync->setEnabled(replica);
    m_publish->setEnabled(m_session.isOpen() && !replica && !m_session.isDamaged());
}

QString TeamActions::askServer(const QString& title, const QString& text)
{
    bool ok = false;
    const QString url =
        QInputDialog::getText(m_window, title, text, QLineEdit::Normal,
                              u"postgresql://"_s + qEnvironmentVariable("USER") + u"@localhost/"_s,
                              &ok)
            .trimmed();
    return ok ? url : QString();
}

void TeamActions::publish()
{
    Workspace* workspace = m_session.workspace();
    if (!workspace)
        return;
    const QString url = askServer(
        tr("Publish to a Team Server"),
        tr("The team's PostgreSQL database (empty), as postgresql://user@host:port/database.\n"
           "Passwords come from ~/.pgpass and are never stored in the workspace."));
    if (url.isEmpty())
        return;
    auto address = ServerAddress::parse(url);
    if (!address) {
        QMessageBox::warning(m_window, tr("Cannot publish"), address.error().message);
        return;
    }
    Status published = m_session.runExclusive(
        tr("Publishing the workspace to %1…").arg(address->uri()), [&](Database&) -> Status {
            auto done = TeamPublisher::publish(*workspace, *address);
            return done ? Status() : Status(done.error());
        });
    if (!published) {
        QMessageBox::warning(m_window, tr("Cannot publish"), published.error().message);
        return;
    }
    QMessageBox::information(m_window, tr("Published"),
                             tr("The workspace is now the team workspace at %1. Add members "
                                "with 'leadloop-cli team grant'; they join with File > Team > "
                                "Join a Team Workspace.")
                                 .arg(address->uri()));
    m_syncer->reload(); // now a replica: the syncer starts listening
}

void TeamActions::join()
{
    const QString url = askServer(tr("Join a Team Workspace"),
                                  tr("The team server, as postgresql://user@host:port/database."));
    if (url.isEmpty())
        return;
    auto address = ServerAddress::parse(url);
    if (!address) {
        QMessageBox::warning(m_window, tr("Cannot join"), address.error().message);
        return;
    }
    QString path = QFileDialog::getSaveFileName(m_window, tr("Save the Team Replica As"),
                                                address->database() + u".leadloop"_s,
                                                tr("LeadLoop workspaces (*.leadloop)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(u".leadloop"_s))
        path += u".leadloop"_s;
    auto* progress = new QProgressDialog(
        tr("Joining the team workspace at %1…").arg(address->uri()), QString(), 0, 0, m_window);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(0);
    auto* watcher = new QFutureWatcher<Status>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, progress, path] {
        progress->deleteLater();
        watcher->deleteLater();
        if (const Status joined = watcher->result(); !joined) {
            QMessageBox::warning(m_window, tr("Cannot join"), joined.error().message);
            return;
        }
        emit this->joined(path);
    });
    watcher->setFuture(
        QtConcurrent::run(m_session.workers(), [address = *address, path]() -> Status {
            auto joined = TeamPublisher::join(address, path);
            return joined ? Status() : Status(joined.error());
        }));
}

} // namespace leadloop
