#pragma once

#include "analytics/workspacepreferences.h"

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
    /// Runs a write on the workspace: directly, or on a worker (WorkspaceSession::runExclusive),
    /// since a new grouping reclassifies every session.
    using Runner = std::function<Status(const std::function<Status(Database&)>& write)>;

    WorkspacePreferencesCommand(Runner runner, WorkspacePreferences before,
                                WorkspacePreferences after, Done done);
    void redo() override;
    void undo() override;

private:
    Runner m_run;
    WorkspacePreferences m_before, m_after;
    Done m_done;
};

} // namespace leadloop
