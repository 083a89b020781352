#pragma once

#include <QString>

namespace leadloop {

/// Sets the organisation and application names that QSettings and QStandardPaths use, so the
/// desktop app and the CLI share one settings file and one data folder.
void applyApplicationIdentity();

/// Where the desktop app keeps the workspace it opened last, or the default new workspace
/// (`<data folder>/default.leadloop`) when it has opened none; the CLI uses the same path.
QString defaultWorkspacePath();

/// The demo workspace that "Open demo workspace" creates: `<data folder>/demo.leadloop`.
QString demoWorkspacePath();

/// The setting that remembers the last workspace the desktop app opened.
QString lastWorkspaceSettingKey();

} // namespace leadloop
