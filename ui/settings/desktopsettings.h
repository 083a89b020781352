#pragma once

#include "common/applicationidentity.h"
#include "common/settingvalue.h"

#include <QByteArray>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace leadloop {

/// The desktop app's persistent settings, each a typed entry with its key and default in one place.
struct DesktopSettings final
{
    SettingValue<QByteArray> windowGeometry{u"window/geometry"_s};
    SettingValue<QByteArray> windowState{u"window/state"_s};
    SettingValue<QString> lastWorkspace{lastWorkspaceSettingKey()};
    SettingValue<QStringList> recentWorkspaces{u"workspace/recent"_s};
    SettingValue<int> lastView{u"window/lastView"_s, 0};
    /// Who tags leads ("tagged by", "my leads"); empty: the login name.
    SettingValue<QString> userName{u"user/name"_s};
    /// The interface language as a locale name ("pl"); empty: the system's.
    SettingValue<QString> language{u"ui/language"_s};
    /// "system", "light" or "dark".
    SettingValue<QString> theme{u"ui/theme"_s, QStringLiteral("system")};

    static constexpr int MaxRecent = 8;

    /// Puts `path` first in the recent list, without duplicates, at most MaxRecent entries.
    void addRecent(const QString& path) const
    {
        QStringList list = recentWorkspaces.get();
        list.removeAll(path);
        list.prepend(path);
        while (list.size() > MaxRecent)
            list.removeLast();
        recentWorkspaces.set(list);
    }
};

} // namespace leadloop
