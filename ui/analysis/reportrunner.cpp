#include "reportrunner.h"

#include "shell/workspacesession.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QThread>

namespace leadloop {

ReportRunner::ReportRunner(WorkspaceSession& session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{}

QThreadPool* ReportRunner::pool() const
{
    return m_session.workers();
}

ReportRunner::~ReportRunner()
{
    // The view that asked is going away: wait for the workers, deliver nothing.
    m_closing = true;
    for (auto* watcher : findChildren<QFutureWatcherBase*>()) {
        watcher->disconnect(this);
        watcher->waitForFinished();
    }
}

QString ReportRunner::workspacePath() const
{
    return m_session.isOpen() ? m_session.path() : QString();
}

Result<std::shared_ptr<Database>> ReportRunner::openReader(const QString& path)
{
    auto reader = Workspace::open(path, Workspace::Access::ReadOnly);
    if (!reader)
        return reader.error();
    // The connection lives as long as its workspace, which the pointer keeps alive.
    std::shared_ptr<Workspace> workspace = std::move(*reader);
    return std::shared_ptr<Database>(workspace, &workspace->database());
}

void ReportRunner::noteError(const Error& error)
{
    if (error.code == ErrorCode::Corrupt && !m_closing)
        m_session.noteCorruption();
}

void ReportRunner::run(Job job, Done done)
{
    fetch<ResultTable>(std::move(job), std::move(done));
}

void ReportRunner::waitForIdle()
{
    while (m_running > 0) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(1);
    }
}

} // namespace leadloop
