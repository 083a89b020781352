#include "teamsyncer.h"

#include "scoring/leadscoring.h"
#include "store/changelog.h"
#include "team/pgconnection.h"
#include "team/serveraddress.h"
#include "team/teamreplica.h"
#include "workspacesession.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QPointer>
#include <QSocketNotifier>
#include <QtConcurrent/QtConcurrentRun>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace leadloop {

namespace {

/// How soon a sync follows a member's notification, and the user's own edit (edits often come
/// in a row: one sync for the row).
constexpr int AfterNotificationMs = 150;
constexpr int AfterEditMs = 1000;
constexpr int PeriodMs = 60'000;

} // namespace

TeamSyncer::TeamSyncer(WorkspaceSession& session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{
    m_soon.setSingleShot(true);
    connect(&m_soon, &QTimer::timeout, this, &TeamSyncer::syncNow);
    m_periodic.setInterval(PeriodMs);
    connect(&m_periodic, &QTimer::timeout, this, [this] {
        if (m_state == State::Unsent || m_state == State::Offline)
            syncNow();
        if (!m_listener && !m_listening && m_state != State::None)
            listen();
    });
    connect(&m_session, &WorkspaceSession::workspaceChanged, this, &TeamSyncer::onWorkspaceChanged);
    // The user's edits (tags, settings, identity decisions) are sent soon after.
    connect(m_session.undoStack(), &QUndoStack::indexChanged, this, [this] {
        if (m_state == State::None)
            return;
        readLink();
        scheduleSync(AfterEditMs);
    });
    onWorkspaceChanged();
}

TeamSyncer::~TeamSyncer() = default;

QString TeamSyncer::statusText() const
{
    const QString team = m_role.isEmpty() ? tr("Team") : tr("Team (%1)").arg(m_role);
    switch (m_state) {
    case State::None:
        return {};
    case State::Synced:
        return tr("%1: synced").arg(team);
    case State::Syncing:
        return tr("%1: syncing…").arg(team);
    case State::Unsent:
        return tr("%1: changes waiting to be sent: %2").arg(team).arg(m_unsent);
    case State::Offline:
        return m_unsent > 0
                   ? tr("%1: offline, changes waiting to be sent: %2").arg(team).arg(m_unsent)
                   : tr("%1: offline").arg(team);
    }
    return {};
}

void TeamSyncer::onWorkspaceChanged()
{
    delete m_notifier;
    m_notifier = nullptr;
    m_listener.reset();
    m_soon.stop();
    m_server.clear();
    m_role.clear();
    readLink();
    if (m_server.isEmpty()) {
        m_periodic.stop();
        setState(State::None);
        return;
    }
    m_periodic.start();
    listen();
    scheduleSync(0);
}

void TeamSyncer::readLink()
{
    Workspace* workspace = m_session.workspace();
    if (!workspace || m_session.isBusy()) {
        if (!workspace)
            m_server.clear();
        return;
    }
    Database& db = workspace->database();
    auto link = TeamReplica::link(db);
    if (!link || !*link) {
        m_server.clear();
        return;
    }
    m_server = (*link)->server;
    m_lastSeq = (*link)->lastSeq;
    if (auto standing = ChangeLog::standing(db))
        m_role = standing->role;
    m_unsent = TeamReplica::unsentCount(db).value_or(0);
    if (m_state != State::Syncing && m_state != State::Offline)
        setState(m_unsent > 0 ? State::Unsent : State::Synced);
    else
        emit stateChanged();
}

void TeamSyncer::listen()
{
    auto address = ServerAddress::parse(m_server);
    if (!address || m_listening)
        return;
    // Connecting may take seconds when the server is away: on a worker, never in the window.
    m_listening = true;
    auto* watcher = new QFutureWatcher<std::shared_ptr<PgConnection>>(this);
    const QString server = m_server;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, server] {
        watcher->deleteLater();
        m_listening = false;
        std::shared_ptr<PgConnection> connection = watcher->result();
        if (!connection || server != m_server)
            return; // away (the periodic timer tries again), or another workspace by now
        if (!connection->exec(u"LISTEN leadloop_changes"_s))
            return;
        m_listener = connection;
        m_notifier =
            new QSocketNotifier(qintptr(m_listener->socket()), QSocketNotifier::Read, this);
        connect(m_notifier, &QSocketNotifier::activated, this, &TeamSyncer::onNotified);
    });
    watcher->setFuture(QtConcurrent::run(
        m_session.workers(), [address = *address]() -> std::shared_ptr<PgConnection> {
            auto connection = PgConnection::open(address);
            return connection ? std::shared_ptr<PgConnection>(std::move(*connection)) : nullptr;
        }));
}

void TeamSyncer::onNotified()
{
    if (!m_listener)
        return;
    auto payloads = m_listener->notifications();
    if (!payloads) {
        // The server went away: stop listening; the periodic timer reconnects.
        delete m_notifier;
        m_notifier = nullptr;
        m_listener.reset();
        setState(State::Offline);
        return;
    }
    // Each payload is a new change's place in the log: ones this replica holds (its own, just
    // sent) need no sync.
    for (const QString& payload : *payloads)
        if (payload.toLongLong() > m_lastSeq) {
            scheduleSync(AfterNotificationMs);
            return;
        }
}

void TeamSyncer::scheduleSync(int delayMs)
{
    m_soon.start(delayMs);
}

void TeamSyncer::syncNow()
{
    if (m_state == State::None || m_state == State::Syncing || !m_session.isOpen())
        return;
    if (m_session.isBusy()) {
        scheduleSync(AfterEditMs); // the connection is lent out: try again in a moment
        return;
    }
    auto address = ServerAddress::parse(m_server);
    if (!address)
        return;
    setState(State::Syncing);
    Workspace* workspace = m_session.workspace();
    Result<SyncCounts> result = Error{ErrorCode::Offline, {}};
    std::optional<qint64> unsent, lastSeq;
    std::optional<QString> role;
    // The worker uses the workspace's connection while the window waits (runExclusive); it
    // also reads what the status bar shows, since the connection may still be on loan for a
    // moment after the wait ends.
    const Status ran =
        m_session.runExclusive(tr("Syncing with the team…"), [&](Database& db) -> Status {
            if (auto server = PgConnection::open(*address))
                result = TeamSync::sync(*workspace, **server);
            else
                result = server.error();
            // What others changed changes who is open and what they did (docs/scoring.md).
            if (result && (result->pulled > 0 || result->refused > 0))
                if (auto scored = LeadScoring::rescore(db, QDateTime::currentMSecsSinceEpoch());
                    !scored)
                    result = Error{scored.error().code,
                                   tr("Synced, but the lead scores could not be computed again: "
                                      "%1")
                                       .arg(scored.error().message)};
            if (auto count = TeamReplica::unsentCount(db))
                unsent = *count;
            if (auto link = TeamReplica::link(db); link && *link)
                lastSeq = (*link)->lastSeq;
            if (auto standing = ChangeLog::standing(db))
                role = standing->role;
            return {};
        });
    // Taken over only now: the window's thread reads these while the worker runs.
    m_unsent = unsent.value_or(m_unsent);
    m_lastSeq = lastSeq.value_or(m_lastSeq);
    m_role = role.value_or(m_role);
    if (!ran || (!result && result.error().code != ErrorCode::Offline)) {
        setState(m_unsent > 0 ? State::Unsent : State::Synced);
        emit failed(ran ? result.error().message : ran.error().message);
        return;
    }
    if (!result) {
        setState(State::Offline);
        return;
    }
    setState(m_unsent > 0 ? State::Unsent : State::Synced);
    if (result->pulled > 0 || result->refused > 0) {
        m_session.notifyDataChanged();
        m_session.refreshCounts();
    }
    emit synced(*result);
}

void TeamSyncer::setState(State state)
{
    m_state = state;
    emit stateChanged();
}

} // namespace leadloop
