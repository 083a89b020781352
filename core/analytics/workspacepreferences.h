#pragma once

#include "common/result.h"
#include "store/workspacesettings.h"
#include "tracking/workspacechannels.h"

#include <QCoreApplication>
#include <QStringList>

namespace leadloop {

class Database;

/// What the preferences dialog edits in a workspace, as a value: the reporting currency, the
/// session timeout, the attribution lookback, the lost reasons and the channel grouping.
struct WorkspacePreferences
{
    Q_DECLARE_TR_FUNCTIONS(WorkspacePreferences)

public:
    QString currency = WorkspaceSettings::defaultReportingCurrency();
    int sessionTimeoutMinutes = WorkspaceSettings::DefaultSessionTimeoutMinutes;
    int lookbackDays = WorkspaceSettings::DefaultLookbackDays;
    QStringList lostReasons;
    WorkspaceChannels::Choice channels;

    bool operator==(const WorkspacePreferences&) const = default;

    static Result<WorkspacePreferences> load(Database& db);
    /// Changes the workspace from `from` to `to` in one transaction: all or nothing. A new
    /// channel grouping reclassifies every stored session.
    static Status apply(Database& db, const WorkspacePreferences& from,
                        const WorkspacePreferences& to);
};

} // namespace leadloop
