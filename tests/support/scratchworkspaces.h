#pragma once

#include "store/workspace.h"
#include "testsupport.h"

#include <memory>

namespace leadloop::test {

/// Fresh, empty workspaces for tests, each in a file of its own in one scratch directory.
class ScratchWorkspaces
{
public:
    /// A new workspace, or null when it cannot be created (the caller's QVERIFY then fails).
    std::unique_ptr<Workspace> create()
    {
        auto ws = Workspace::create(m_dir.path(QStringLiteral("ws%1.leadloop").arg(++m_count)));
        return ws ? std::move(*ws) : nullptr;
    }
    QString path(const QString& name) const { return m_dir.path(name); }
    /// Writes a file into the directory and returns its path.
    QString file(const QString& name, const QByteArray& bytes) const
    {
        return m_dir.file(name, bytes);
    }

private:
    ScratchDir m_dir;
    int m_count = 0;
};

} // namespace leadloop::test
