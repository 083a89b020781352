#pragma once

#include "settings/workspacepreferences.h"

#include <functional>
#include <QUndoCommand>

namespace leadloop {

/// Changes a workspace's preferences as one undoable step (undo puts the previous values back,
/// reclassifying sessions again when the channel grouping changed). `done` hears of failures.
class WorkspacePreferencesCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(WorkspacePreferencesCommand)

public:
    using Done = std::function<void(const QString& error)>;

    WorkspacePreferencesCommand(Database& db, WorkspacePreferences before,
                                WorkspacePreferences after, Done done);
    void redo() override;
    void undo() override;

private:
    Database& m_db;
    WorkspacePreferences m_before, m_after;
    Done m_done;
};

} // namespace leadloop
