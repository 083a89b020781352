#include "workspacesession.h"

#include "store/snapshotsettings.h"
#include "store/workspace.h"
#include "store/workspacefile.h"

#include <QEventLoop>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace leadloop {

WorkspaceSession::WorkspaceSession(QObject* parent)
    : QObject(parent)
    , m_undo(new QUndoStack(this))
{
    connect(&m_countWatcher, &QFutureWatcherBase::finished, this, [this] {
        const auto result = m_countWatcher.result();
        m_counts = result.ok() ? result.value() : QList<TableCount>{};
        m_countsError = result.ok() ? QString() : result.error().message;
        if (!result.ok() && result.error().code == ErrorCode::Corrupt)
            noteCorruption();
        emitCountsChanged();
    });
    connect(&m_checkWatcher, &QFutureWatcherBase::finished, this, [this] {
        const auto report = m_checkWatcher.result();
        const QString path = std::exchange(m_checkingPath, QString());
        emit checkFinished();
        if (!report) {
            if (report.error().code != ErrorCode::Cancelled)
                emit openFailed(report.error().message);
            return;
        }
        if (Status opened = finishOpen(path, report->whole); !opened)
            emit openFailed(opened.error().message);
    });
    connect(&m_demoWatcher, &QFutureWatcherBase::finished, this, [this] {
        const auto result = m_demoWatcher.result();
        const bool cancelled = !result.ok() && result.error().code == ErrorCode::Cancelled;
        emit demoFinished(m_demoPath, result.ok() ? QString() : result.error().message, cancelled);
    });
}

WorkspaceSession::~WorkspaceSession()
{
    cancelCheck();
    m_checkWatcher.waitForFinished();
    for (QFuture<void>& loan : m_loans)
        loan.waitForFinished();
    cancelDemo();
    m_demoWatcher.waitForFinished();
    m_countWatcher.waitForFinished();
}

QString WorkspaceSession::path() const
{
    return m_workspace ? m_workspace->path() : QString();
}

QString WorkspaceSession::displayName() const
{
    return m_workspace ? m_workspace->displayName() : QString();
}

qint64 WorkspaceSession::rowCount(const QString& table) const
{
    for (const TableCount& count : m_counts)
        if (count.table == table)
            return count.rows;
    return 0;
}

Status WorkspaceSession::open(const QString& path)
{
    if (m_workspace && m_workspace->path() == path)
        return {};
    cancelCheck();
    m_checkWatcher.waitForFinished();
    close();
    // What is no workspace, or is written by another process, is refused before any check.
    const WorkspaceFileHeader header = WorkspaceFileHeader::read(path);
    if (!header.exists || !header.isWorkspace())
        return Workspace::open(path, Workspace::Access::ReadOnly).error();
    if (m_integrity.isKnownWhole(path))
        return finishOpen(path, true);
    if (header.size <= m_syncCheckLimit) {
        auto report = IntegrityCheck::run(path);
        if (!report)
            return report.error();
        return finishOpen(path, report->whole);
    }
    // A large file: checked on a worker thread, with progress; the views wait for the verdict.
    m_checkingPath = path;
    m_checkCancel = std::make_shared<std::atomic_bool>(false);
    auto cancel = m_checkCancel;
    m_checkWatcher.setFuture(QtConcurrent::run(&m_workers, [this, path, cancel] {
        return IntegrityCheck::run(path, [this, cancel](int percent) {
            QMetaObject::invokeMethod(
                this, [this, percent] { emit checkProgress(percent); }, Qt::QueuedConnection);
            return !cancel->load();
        });
    }));
    return {};
}

void WorkspaceSession::cancelCheck()
{
    if (m_checkCancel)
        m_checkCancel->store(true);
}

Status WorkspaceSession::finishOpen(const QString& path, bool whole)
{
    // Whole: remembered, and open for writing. Damaged: never written to, only read.
    if (whole)
        m_integrity.rememberWhole(path);
    else
        m_integrity.forget(path);
    auto opened =
        Workspace::open(path, whole ? Workspace::Access::ReadWrite : Workspace::Access::ReadOnly,
                        MigrationPlan::standard(), SnapshotSettings().policy());
    if (!opened)
        return opened.error();
    m_workspace = std::move(*opened);
    m_damaged = !whole;
    emit workspaceChanged();
    emit damagedChanged();
    refreshCounts();
    return {};
}

void WorkspaceSession::noteCorruption()
{
    if (m_damaged || !m_workspace)
        return;
    m_damaged = true;
    m_integrity.forget(m_workspace->path());
    emit damagedChanged();
}

Result<QList<Snapshot>> WorkspaceSession::snapshots() const
{
    if (!m_workspace)
        return QList<Snapshot>{};
    return Snapshots(m_workspace->path(), m_workspace->snapshotPolicy()).list();
}

QString WorkspaceSession::snapshotFolder() const
{
    return m_workspace ? Snapshots(m_workspace->path(), m_workspace->snapshotPolicy()).folder()
                       : QString();
}

Status WorkspaceSession::restoreSnapshot(const Snapshot& snapshot)
{
    if (!m_workspace)
        return Error{ErrorCode::InvalidArgument, tr("No workspace is open.")};
    const QString path = m_workspace->path();
    const Snapshots snapshots(path, m_workspace->snapshotPolicy());
    close(); // the file is replaced: no connection may stay open on it
    const Status restored = snapshots.restore(snapshot);
    m_integrity.forget(path);
    const Status reopened = open(path);
    if (!restored)
        return restored;
    return reopened;
}

void WorkspaceSession::applySnapshotSettings()
{
    if (m_workspace)
        m_workspace->setSnapshotPolicy(SnapshotSettings().policy());
}

Status WorkspaceSession::create(const QString& path)
{
    close();
    auto created = Workspace::create(path);
    if (!created)
        return created.error();
    m_workspace = std::move(*created);
    m_workspace->setSnapshotPolicy(SnapshotSettings().policy());
    emit workspaceChanged();
    refreshCounts();
    return {};
}

void WorkspaceSession::close()
{
    if (!m_workspace)
        return;
    for (QFuture<void>& loan : m_loans)
        loan.waitForFinished();
    m_countWatcher.waitForFinished();
    m_undo->clear(); // the steps belong to the workspace being closed
    const QString path = m_workspace->path();
    const bool wroteWhole = m_workspace->isWritable() && !m_damaged;
    m_workspace.reset();
    // It was whole when it opened and only LeadLoop wrote to it: it need not be checked again.
    if (wroteWhole)
        m_integrity.rememberWhole(path);
    const bool wasDamaged = std::exchange(m_damaged, false);
    m_counts.clear();
    m_countsError.clear();
    emit workspaceChanged();
    emit countsChanged();
    if (wasDamaged)
        emit damagedChanged();
}

void WorkspaceSession::notifyDataChanged()
{
    if (isBusy())
        m_dataPending = true;
    else
        emit dataChanged();
}

void WorkspaceSession::emitCountsChanged()
{
    if (isBusy())
        m_countsPending = true;
    else
        emit countsChanged();
}

void WorkspaceSession::beginLending()
{
    ++m_lent;
}

void WorkspaceSession::endLendingWhenFinished(QFuture<void> future)
{
    const int loan = m_nextLoan++;
    m_loans.insert(loan, future);
    auto* watcher = new QFutureWatcher<void>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, loan] {
        watcher->deleteLater();
        m_loans.remove(loan);
        if (--m_lent > 0)
            return;
        // What happened meanwhile, now that the views may read again.
        if (std::exchange(m_dataPending, false))
            emit dataChanged();
        if (std::exchange(m_countsPending, false))
            emit countsChanged();
    });
    watcher->setFuture(future);
}

void WorkspaceSession::refreshCounts()
{
    if (!m_workspace)
        return;
    const QString path = m_workspace->path();
    m_countWatcher.setFuture(QtConcurrent::run(&m_workers, [path]() -> Result<QList<TableCount>> {
        // A reader connection of its own; the GUI thread's writer connection stays free.
        auto reader = Workspace::open(path, Workspace::Access::ReadOnly);
        if (!reader)
            return reader.error();
        return countTableRows((*reader)->database());
    }));
}

void WorkspaceSession::createDemo(const QString& path, const DemoOptions& options)
{
    if (m_demoWatcher.isRunning())
        return;
    m_demoPath = path;
    m_demoCancel = std::make_shared<std::atomic_bool>(false);
    auto cancel = m_demoCancel;
    // The destructor cancels and waits, so `this` outlives the worker; queued calls to a
    // destroyed object are dropped by Qt.
    m_demoWatcher.setFuture(QtConcurrent::run(&m_workers, [this, path, options, cancel]() {
        return DemoGenerator(options).createWorkspace(path, [this, cancel](int percent) {
            QMetaObject::invokeMethod(
                this, [this, percent] { emit demoProgress(percent); }, Qt::QueuedConnection);
            return !cancel->load();
        });
    }));
}

void WorkspaceSession::cancelDemo()
{
    if (m_demoCancel)
        m_demoCancel->store(true);
}

Status WorkspaceSession::runExclusive(const QString& what,
                                      const std::function<Status(Database&)>& write)
{
    if (!m_workspace)
        return Error{ErrorCode::InvalidArgument, tr("No workspace is open.")};
    QFuture<Status> future = lend<Status>([write](Workspace& ws) { return write(ws.database()); });
    QFutureWatcher<Status> watcher;
    QEventLoop loop;
    connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(future);
    if (!watcher.isFinished()) {
        emit exclusiveStarted(what);
        loop.exec(QEventLoop::ExcludeUserInputEvents);
        emit exclusiveFinished();
    }
    return future.result();
}

} // namespace leadloop
