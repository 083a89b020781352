#pragma once

#include "common/settingvalue.h"
#include "snapshots.h"

namespace leadloop {

/// The user's snapshot settings (SnapshotPolicy), kept in the settings the desktop app and the
/// CLI share: whether to keep snapshots, how many, how large in all, and in which folder.
struct SnapshotSettings final
{
    SettingValue<bool> enabled{QStringLiteral("snapshots/enabled"), true};
    SettingValue<int> keep{QStringLiteral("snapshots/keep"), SnapshotPolicy{}.keep};
    SettingValue<int> maxMegabytes{QStringLiteral("snapshots/maxMegabytes"),
                                   int(SnapshotPolicy{}.maxBytes / (1024 * 1024))};
    /// Empty: beside each workspace.
    SettingValue<QString> folder{QStringLiteral("snapshots/folder")};

    SnapshotPolicy policy() const
    {
        SnapshotPolicy p;
        p.enabled = enabled.get();
        p.keep = std::max(1, keep.get());
        p.maxBytes = qint64(std::max(1, maxMegabytes.get())) * 1024 * 1024;
        p.folder = folder.get();
        return p;
    }
    void set(const SnapshotPolicy& p) const
    {
        enabled.set(p.enabled);
        keep.set(p.keep);
        maxMegabytes.set(int(p.maxBytes / (1024 * 1024)));
        folder.set(p.folder);
    }
};

} // namespace leadloop
