#pragma once

#include "common/result.h"
#include "common/resulttable.h"

#include <functional>
#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>

namespace leadloop {

class Database;
class WorkspaceSession;

/// Runs a view's report on a worker thread with a read-only connection of its own, so changing
/// a filter never freezes the window; when requests overlap, only the latest one's result is
/// delivered (older ones finish and are dropped).
class ReportRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportRunner)

public:
    using Job = std::function<Result<ResultTable>(Database& db)>;
    using Done = std::function<void(const Result<ResultTable>& result)>;

    ReportRunner(WorkspaceSession& session, QObject* parent = nullptr);
    ~ReportRunner() override;

    void run(Job job, Done done);
    /// Like run(), for any result type: `done` gets the latest request's result.
    template <typename T>
    void fetch(std::function<Result<T>(Database&)> job, std::function<void(const Result<T>&)> done)
    {
        const QString path = workspacePath();
        if (path.isEmpty())
            return;
        const quint64 request = ++m_latest;
        ++m_running;
        auto* watcher = new QFutureWatcher<Result<T>>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, request, done] {
            --m_running;
            const Result<T> result = watcher->result();
            if (!result.ok())
                noteError(result.error());
            if (request == m_latest && !m_closing)
                done(result);
            watcher->deleteLater();
        });
        watcher->setFuture(QtConcurrent::run(pool(), [path, job]() -> Result<T> {
            auto reader = openReader(path);
            if (!reader)
                return reader.error();
            return job(**reader);
        }));
    }
    bool isBusy() const { return m_running > 0; }
    /// Processes events until no request is running (tests).
    void waitForIdle();

private:
    /// A damaged page met by a report marks the session damaged (its banner shows).
    void noteError(const Error& error);
    /// The open workspace's file, or empty when none is open.
    QString workspacePath() const;
    /// The session's threads (WorkspaceSession::workers).
    QThreadPool* pool() const;
    /// A read-only connection of the worker's own.
    static Result<std::shared_ptr<Database>> openReader(const QString& path);

    WorkspaceSession& m_session;
    quint64 m_latest = 0;
    int m_running = 0;
    bool m_closing = false;
};

} // namespace leadloop
