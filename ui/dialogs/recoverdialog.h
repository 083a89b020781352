#pragma once

#include "store/recovery.h"

#include <QDialog>
#include <QFutureWatcher>

class QLabel;
class QPushButton;
class QProgressBar;

class QThreadPool;

namespace leadloop {

class ResultTableView;

/// File > Recover…: salvages what can be read of a damaged workspace into a new file
/// (Recovery, on a worker thread), then says table by table what was recovered and what was
/// lost, and offers to open the new file. The damaged workspace is never changed.
class RecoverDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecoverDialog)

public:
    /// `workers`: the threads the recovery runs on (WorkspaceSession::workers).
    RecoverDialog(const QString& damaged, const QString& output, QThreadPool* workers,
                  QWidget* parent = nullptr);
    ~RecoverDialog() override;

    /// Whether the recovery has finished (successfully or not).
    bool isFinished() const { return m_watcher.isFinished(); }
    QLabel* summary() const { return m_summary; }
    ResultTableView* report() const { return m_report; }
    QPushButton* openButton() const { return m_open; }
    /// Closes only once the recovery has finished.
    void reject() override;

signals:
    /// The user wants to open the recovered workspace.
    void openRequested(const QString& path);

private:
    void showResult(const Result<RecoveryReport>& result);

    QString m_output;
    QLabel* m_summary;
    QProgressBar* m_busy;
    ResultTableView* m_report;
    QPushButton* m_open;
    QPushButton* m_close;
    QFutureWatcher<Result<RecoveryReport>> m_watcher;
};

} // namespace leadloop
