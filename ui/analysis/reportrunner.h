#pragma once

#include "common/result.h"
#include "report/resulttable.h"

#include <functional>
#include <QObject>

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
    bool isBusy() const { return m_running > 0; }
    /// Processes events until no request is running (tests).
    void waitForIdle();

private:
    WorkspaceSession& m_session;
    quint64 m_latest = 0;
    int m_running = 0;
    bool m_closing = false;
};

} // namespace leadloop
