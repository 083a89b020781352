#pragma once

#include <functional>
#include <QWidget>

class QLabel;
class QTableView;

namespace leadloop {

class ImportBatchesModel;
class WorkspaceSession;

/// Lists every import batch of the workspace with its counts.
class ImportsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportsPage)

public:
    /// Asks the user to confirm a removal (its text says what goes); tests answer it.
    using Confirm = std::function<bool(const QString& question)>;

    ImportsPage(WorkspaceSession& session, QWidget* parent = nullptr);

    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
    /// Removes the selected batch with everything it brought, after asking; the returned text
    /// says what happened (or why not).
    QString removeSelected();
    QTableView* table() const { return m_table; }

signals:
    /// The user asked to import a file (the wizard opens).
    void importRequested();

private:
    void refresh();

    WorkspaceSession& m_session;
    ImportBatchesModel* m_model;
    QLabel* m_message; ///< why the list could not be read
    QTableView* m_table;
    Confirm m_confirm;
};

} // namespace leadloop
