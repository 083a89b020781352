#pragma once

#include <QWidget>

namespace leadloop {

class ImportBatchesModel;
class WorkspaceSession;

/// Lists every import batch of the workspace with its counts.
class ImportsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportsPage)

public:
    ImportsPage(WorkspaceSession& session, QWidget* parent = nullptr);

signals:
    /// The user asked to import a file (the wizard opens).
    void importRequested();

private:
    void refresh();

    WorkspaceSession& m_session;
    ImportBatchesModel* m_model;
};

} // namespace leadloop
