#pragma once

#include "analytics/funneldefinition.h"

#include <functional>
#include <optional>
#include <QUndoCommand>

namespace leadloop {

class WorkspaceSession;

/// Saves a custom funnel in the workspace under its name, or removes one, as one undoable step:
/// undo puts back what was there before (the funnel it replaced, or none). `done` hears of the
/// outcome (an empty message: it worked).
class SaveFunnelCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(SaveFunnelCommand)

public:
    using Done = std::function<void(const QString& error)>;

    /// `after` none: remove the funnel named `name`.
    SaveFunnelCommand(WorkspaceSession& session, QString name,
                      std::optional<FunnelDefinition> after, Done done);
    void redo() override;
    void undo() override;

private:
    Status put(const std::optional<FunnelDefinition>& definition);

    WorkspaceSession& m_session; ///< owns the undo stack this command is on
    QString m_name;
    std::optional<FunnelDefinition> m_before, m_after;
    bool m_readBefore = false;
    Done m_done;
};

} // namespace leadloop
