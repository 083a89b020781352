#pragma once

#include "store/snapshots.h"

#include <optional>
#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace leadloop {

class SnapshotsModel;

/// File > Restore…: the snapshots kept of the open workspace, newest first, with when each was
/// taken and what came after it; the user picks one to put back (docs/workspaces.md).
class RestoreDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestoreDialog)

public:
    /// `snapshots`: the workspace's snapshots, or why they could not be listed.
    RestoreDialog(const QString& workspaceName, const Result<QList<Snapshot>>& snapshots,
                  const QString& folder, QWidget* parent = nullptr);

    /// The snapshot chosen, when the user pressed Restore.
    std::optional<Snapshot> chosen() const;
    QTableView* table() const { return m_table; }
    QPushButton* restoreButton() const { return m_restore; }

private:
    SnapshotsModel* m_model;
    QTableView* m_table;
    QPushButton* m_restore;
};

} // namespace leadloop
