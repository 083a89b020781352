#include "savefunnelcommand.h"

#include "analytics/savedfunnels.h"
#include "common/username.h"
#include "shell/workspacesession.h"

namespace leadloop {

SaveFunnelCommand::SaveFunnelCommand(WorkspaceSession& session, QString name,
                                     std::optional<FunnelDefinition> after, Done done)
    : m_session(session)
    , m_name(std::move(name))
    , m_after(std::move(after))
    , m_done(std::move(done))
{
    setText(m_after ? tr("Save funnel %1").arg(m_name) : tr("Remove funnel %1").arg(m_name));
}

Status SaveFunnelCommand::put(const std::optional<FunnelDefinition>& definition)
{
    if (!m_session.isOpen())
        return Error{ErrorCode::InvalidArgument, tr("No workspace is open.")};
    Database& db = m_session.workspace()->database();
    if (!definition) {
        const Status removed = SavedFunnels::remove(db, m_name);
        return removed || removed.error().code == ErrorCode::NotFound ? Status() : removed;
    }
    return SavedFunnels::save(db, m_name, *definition, currentUserName());
}

void SaveFunnelCommand::redo()
{
    if (!m_readBefore && m_session.isOpen()) {
        auto before = SavedFunnels::load(m_session.workspace()->database(), m_name);
        if (!before && before.error().code != ErrorCode::NotFound) {
            setObsolete(true);
            m_done(before.error().message);
            return;
        }
        if (before)
            m_before = *before;
        m_readBefore = true;
    }
    const Status done = put(m_after);
    if (!done)
        setObsolete(true); // nothing changed: the stack drops this step
    m_done(done ? QString() : done.error().message);
}

void SaveFunnelCommand::undo()
{
    const Status done = put(m_before);
    m_done(done ? QString() : done.error().message);
}

} // namespace leadloop
