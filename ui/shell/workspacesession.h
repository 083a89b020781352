#pragma once

#include "common/result.h"
#include "demo/demogenerator.h"
#include "store/database.h"
#include "store/integritycheck.h"
#include "store/snapshots.h"
#include "store/tablecounts.h"
#include "store/workspace.h"

#include <functional>
#include <memory>
#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>
#include <QThreadPool>

class QUndoStack;

namespace leadloop {

/// Owns the workspace the desktop app has open and tells the windows when it changes. Work that
/// may take long (counting rows, writing the demo) runs on a worker thread with its own
/// connection; results arrive as signals in the GUI thread.
///
/// The read-write connection belongs to the GUI thread, except while it is lent to one worker
/// (lend(), runExclusive()): the session is then busy, the GUI thread must not use it
/// (Database checks the holder), and countsChanged and dataChanged wait until it is free, so
/// that no view refreshes from it meanwhile.
class WorkspaceSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkspaceSession)

public:
    explicit WorkspaceSession(QObject* parent = nullptr);
    ~WorkspaceSession() override;

    /// Opens a workspace, closing the current one first. It is checked first (IntegrityCheck):
    /// at once when it is remembered as whole or small, else on a worker thread (checkProgress,
    /// then workspaceChanged or openFailed). Whole, it opens for writing; damaged, read-only
    /// (isDamaged()). Returns the error when it can be refused at once.
    Status open(const QString& path);
    /// Files up to this size are checked at once when they open (default 64 MiB).
    void setSynchronousCheckLimit(qint64 bytes) { m_syncCheckLimit = bytes; }
    bool isChecking() const { return m_checkWatcher.isRunning(); }
    void cancelCheck();
    /// Whether the open workspace failed its integrity check (it is then open read-only), or a
    /// read met a damaged page since it opened.
    bool isDamaged() const { return m_damaged; }
    /// A read found a damaged page (an error of code Corrupt): the session is damaged from now.
    void noteCorruption();
    /// The snapshots kept of the open workspace, newest first (Snapshots::list).
    Result<QList<Snapshot>> snapshots() const;
    /// The folder they are kept in.
    QString snapshotFolder() const;
    /// Puts a snapshot back in place of the open workspace (Snapshots::restore, which keeps the
    /// replaced state as a snapshot too) and opens the restored file. The workspace is closed
    /// meanwhile, and opened again as it was when the restore fails.
    Status restoreSnapshot(const Snapshot& snapshot);
    /// Takes up the user's snapshot settings (SnapshotSettings) for the open workspace.
    void applySnapshotSettings();
    /// Creates a new empty workspace and opens it.
    Status create(const QString& path);
    void close();

    bool isOpen() const { return m_workspace != nullptr; }
    Workspace* workspace() const { return m_workspace.get(); }
    QString path() const;
    QString displayName() const;
    /// Row counts per table from the last refresh (empty until counted).
    const QList<TableCount>& tableCounts() const { return m_counts; }
    /// Why the last count failed, or empty.
    const QString& countsError() const { return m_countsError; }
    qint64 rowCount(const QString& table) const;

    /// Writes the demo workspace at `path` on a worker thread (see demoProgress and
    /// demoFinished); cancelDemo() stops it and leaves no file behind.
    void createDemo(const QString& path, const DemoOptions& options = {});
    void cancelDemo();
    bool isCreatingDemo() const { return m_demoWatcher.isRunning(); }

    /// Recounts the rows of every table on a worker thread, then emits countsChanged.
    void refreshCounts();

    /// The threads every background job of the desktop runs on (reports, loads, imports,
    /// checks). Not Qt's global pool: Qt's raster engine paints with that one, and a long job
    /// holding its threads would freeze the window until it ended (docs/performance.md,
    /// "Responsiveness").
    QThreadPool* workers() const { return &m_workers; }

    /// The undoable edits made to the open workspace; emptied when another one opens.
    QUndoStack* undoStack() const { return m_undo; }
    /// Tells the views that the open workspace's data changed (settings, reclassification).
    void notifyDataChanged();

    /// Whether the read-write connection is lent to a worker.
    bool isBusy() const { return m_lent > 0; }
    /// Runs `work` on a worker thread with the open workspace's read-write connection and
    /// returns its future at once. The session is busy until the future has finished. The
    /// workspace must be open; the caller keeps the user away from it meanwhile (a modal dialog).
    template <typename T> QFuture<T> lend(std::function<T(Workspace&)> work)
    {
        Workspace* workspace = m_workspace.get();
        beginLending();
        QFuture<T> future = QtConcurrent::run(workers(), [workspace, work] {
            HeldConnection held(workspace->database());
            return work(*workspace);
        });
        endLendingWhenFinished(QFuture<void>(future));
        return future;
    }
    /// Runs a write on the open workspace's connection on a worker thread, so the window keeps
    /// painting, and returns when it has finished. User input is held back meanwhile, and
    /// exclusiveStarted and exclusiveFinished let the window show `what` it is waiting for.
    Status runExclusive(const QString& what, const std::function<Status(Database&)>& write);

signals:
    void workspaceChanged();
    void dataChanged();
    void countsChanged();
    /// The integrity check of a workspace being opened has read this far.
    void checkProgress(int percent);
    /// The check of a workspace being opened has ended (then workspaceChanged or openFailed
    /// follows, or nothing when it was cancelled).
    void checkFinished();
    /// A workspace could not be opened after its check (the reason, for the user).
    void openFailed(const QString& message);
    /// isDamaged() changed.
    void damagedChanged();
    /// runExclusive() began waiting for a write that may take a while: `what` it is.
    void exclusiveStarted(const QString& what);
    void exclusiveFinished();
    void demoProgress(int percent);
    void demoFinished(const QString& path, const QString& errorMessage, bool cancelled);

private:
    /// Opens the checked workspace: for writing when whole, read-only when damaged.
    Status finishOpen(const QString& path, bool whole);
    void beginLending();
    void endLendingWhenFinished(QFuture<void> future);
    void emitCountsChanged();

    std::unique_ptr<Workspace> m_workspace;
    IntegrityCache m_integrity;
    bool m_damaged = false;
    qint64 m_syncCheckLimit = 64 * 1024 * 1024;
    QFutureWatcher<Result<IntegrityReport>> m_checkWatcher;
    QString m_checkingPath;
    std::shared_ptr<std::atomic_bool> m_checkCancel;
    QUndoStack* m_undo;
    QList<TableCount> m_counts;
    QString m_countsError;
    int m_lent = 0;
    QHash<int, QFuture<void>> m_loans; // by a number of their own
    int m_nextLoan = 0;
    bool m_countsPending = false; // held back while busy
    bool m_dataPending = false;
    QFutureWatcher<Result<QList<TableCount>>> m_countWatcher;
    QFutureWatcher<Result<DemoSummary>> m_demoWatcher;
    QString m_demoPath;
    std::shared_ptr<std::atomic_bool> m_demoCancel;
    /// Last, so that it is destroyed first: it waits for every job still running.
    mutable QThreadPool m_workers;
};

} // namespace leadloop
