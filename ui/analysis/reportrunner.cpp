#include "reportrunner.h"

#include "shell/workspacesession.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>
#include <QThread>

namespace leadloop {

ReportRunner::ReportRunner(WorkspaceSession& session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{}

ReportRunner::~ReportRunner()
{
    // The view that asked is going away: wait for the workers, deliver nothing.
    m_closing = true;
    for (auto* watcher : findChildren<QFutureWatcher<Result<ResultTable>>*>()) {
        watcher->disconnect(this);
        watcher->waitForFinished();
    }
}

void ReportRunner::run(Job job, Done done)
{
    if (!m_session.isOpen())
        return;
    const quint64 request = ++m_latest;
    ++m_running;
    auto* watcher = new QFutureWatcher<Result<ResultTable>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, request, done] {
        --m_running;
        if (request == m_latest && !m_closing)
            done(watcher->result());
        watcher->deleteLater();
    });
    const QString path = m_session.path();
    watcher->setFuture(QtConcurrent::run([path, job]() -> Result<ResultTable> {
        auto reader = Workspace::open(path, Workspace::Access::ReadOnly);
        if (!reader)
            return reader.error();
        return job((*reader)->database());
    }));
}

void ReportRunner::waitForIdle()
{
    while (m_running > 0) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(1);
    }
}

} // namespace leadloop
