#pragma once

#include "common/result.h"
#include "demo/demogenerator.h"
#include "store/tablecounts.h"

#include <functional>
#include <memory>
#include <QFutureWatcher>
#include <QObject>

class QUndoStack;

namespace leadloop {

class Database;
class Workspace;

/// Owns the workspace the desktop app has open and tells the windows when it changes. Work that
/// may take long (counting rows, writing the demo) runs on a worker thread with its own
/// connection; results arrive as signals in the GUI thread.
class WorkspaceSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkspaceSession)

public:
    explicit WorkspaceSession(QObject* parent = nullptr);
    ~WorkspaceSession() override;

    /// Opens a workspace for writing, closing the current one first; returns the error if any.
    Status open(const QString& path);
    /// Creates a new empty workspace and opens it.
    Status create(const QString& path);
    void close();

    bool isOpen() const { return m_workspace != nullptr; }
    Workspace* workspace() const { return m_workspace.get(); }
    QString path() const;
    QString displayName() const;
    /// Row counts per table from the last refresh (empty until counted).
    const QList<TableCount>& tableCounts() const { return m_counts; }
    qint64 rowCount(const QString& table) const;

    /// Writes the demo workspace at `path` on a worker thread (see demoProgress and
    /// demoFinished); cancelDemo() stops it and leaves no file behind.
    void createDemo(const QString& path, const DemoOptions& options = {});
    void cancelDemo();
    bool isCreatingDemo() const { return m_demoWatcher.isRunning(); }

    /// Recounts the rows of every table on a worker thread, then emits countsChanged.
    void refreshCounts();

    /// The undoable edits made to the open workspace; emptied when another one opens.
    QUndoStack* undoStack() const { return m_undo; }
    /// Tells the views that the open workspace's data changed (settings, reclassification).
    void notifyDataChanged() { emit dataChanged(); }
    /// Runs a write on the open workspace's connection on a worker thread, so the window keeps
    /// painting; a modal progress dialog (after 200 ms, saying `what`) keeps the user from
    /// touching the workspace meanwhile. Returns when the write has finished.
    Status runExclusive(const QString& what, const std::function<Status(Database&)>& write);

signals:
    void workspaceChanged();
    void dataChanged();
    void countsChanged();
    void demoProgress(int percent);
    void demoFinished(const QString& path, const QString& errorMessage, bool cancelled);

private:
    std::unique_ptr<Workspace> m_workspace;
    QUndoStack* m_undo;
    QList<TableCount> m_counts;
    QFutureWatcher<Result<QList<TableCount>>> m_countWatcher;
    QFutureWatcher<Result<DemoSummary>> m_demoWatcher;
    QString m_demoPath;
    std::shared_ptr<std::atomic_bool> m_demoCancel;
};

} // namespace leadloop
