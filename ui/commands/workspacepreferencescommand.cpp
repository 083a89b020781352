#include "workspacepreferencescommand.h"

namespace leadloop {

WorkspacePreferencesCommand::WorkspacePreferencesCommand(Runner runner, WorkspacePreferences before,
                                                         WorkspacePreferences after, Done done)
    : m_run(std::move(runner))
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_done(std::move(done))
{
    setText(tr("Change workspace settings"));
}

void WorkspacePreferencesCommand::redo()
{
    const Status applied =
        m_run([this](Database& db) { return WorkspacePreferences::apply(db, m_before, m_after); });
    if (!applied)
        setObsolete(true); // nothing changed: the stack drops this step
    m_done(applied ? QString() : applied.error().message);
}

void WorkspacePreferencesCommand::undo()
{
    const Status applied =
        m_run([this](Database& db) { return WorkspacePreferences::apply(db, m_after, m_before); });
    m_done(applied ? QString() : applied.error().message);
}

} // namespace leadloop
