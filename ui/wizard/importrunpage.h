#pragma once

#include "ingest/importplan.h"

#include <atomic>
#include <memory>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QWizardPage>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;

class QThreadPool;

namespace leadloop {

class Database;
class ImportIssuesModel;
class ImportWizard;

/// The summary, the import on a worker thread (progress, rows per second, Cancel), and the
/// result: the batch's counts and its issues, filterable and savable as CSV.
class ImportRunPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportRunPage)

public:
    explicit ImportRunPage(ImportWizard* wizard);
    ~ImportRunPage() override;
    void initializePage() override;
    bool isComplete() const override;

    /// Starts the import; `finished` follows.
    void start();
    /// Asks a running import to stop; the workspace stays as it was.
    void cancel();
    /// Cancels and waits until the worker has stopped (closing the wizard mid-import).
    void cancelAndWait();
    bool isRunning() const { return m_watcher.isRunning(); }
    /// Saves the issues as CSV (row, column, reason, original).
    Status saveIssues(const QString& path) const;
    ImportIssuesModel* issues() const { return m_issues; }
    /// What the last import did, once it finished.
    const std::optional<Result<ImportOutcome>>& outcome() const { return m_outcome; }

signals:
    void finished();

private:
    /// After a committed import, on the worker: scores the open leads again with the newest
    /// model, noting it (or why not) in the outcome's summary.
    static void rescore(Database& db, ImportOutcome& outcome);
    void onProgress(int percent, qint64 rows);
    void onFinished();
    /// Empties the list of issues, freeing a long one on a worker; `closing` when the page goes.
    void dropIssues(bool closing);

    ImportWizard* m_wizard;
    QThreadPool* m_workers; // the session's, which outlives the wizard
    QLabel* m_summary;
    QPushButton* m_start;
    QPushButton* m_cancel;
    QProgressBar* m_progress;
    QLabel* m_speed;
    QLabel* m_result;
    QLineEdit* m_filter;
    QTableView* m_table;
    QPushButton* m_save;
    ImportIssuesModel* m_issues;
    std::shared_ptr<std::atomic_bool> m_stop;
    QElapsedTimer m_clock;
    QFutureWatcher<Result<ImportOutcome>> m_watcher;
    std::optional<Result<ImportOutcome>> m_outcome;
};

} // namespace leadloop
