#include "workspacesession.h"

#include "store/workspace.h"

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
        emitCountsChanged();
    });
    connect(&m_demoWatcher, &QFutureWatcherBase::finished, this, [this] {
        const auto result = m_demoWatcher.result();
        const bool cancelled = !result.ok() && result.error().code == ErrorCode::Cancelled;
        emit demoFinished(m_demoPath, result.ok() ? QString() : result.error().message, cancelled);
    });
}

WorkspaceSession::~WorkspaceSession()
{
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
    close();
    auto opened = Workspace::open(path, Workspace::Access::ReadWrite);
    if (!opened)
        return opened.error();
    m_workspace = std::move(*opened);
    emit workspaceChanged();
    refreshCounts();
    return {};
}

Status WorkspaceSession::create(const QString& path)
{
    close();
    auto created = Workspace::create(path);
    if (!created)
        return created.error();
    m_workspace = std::move(*created);
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
    m_workspace.reset();
    m_counts.clear();
    m_countsError.clear();
    emit workspaceChanged();
    emit countsChanged();
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
    m_countWatcher.setFuture(QtConcurrent::run([path]() -> Result<QList<TableCount>> {
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
    m_demoWatcher.setFuture(QtConcurrent::run([this, path, options, cancel]() {
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
