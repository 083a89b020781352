#pragma once

#include "common/result.h"
#include "report/resulttable.h"

#include <QCoreApplication>

namespace leadloop {

class Database;

/// The workspace's own settings (docs/data-model.md, "settings"): the reporting currency, the
/// session timeout, the attribution lookback and the channel grouping. Values are checked before
/// they are stored.
class WorkspaceSettings final
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceSettings)

public:
    /// Every setting: key and value.
    static Result<ResultTable> list(Database& db);
    /// Sets one of reporting_currency (three letters), session_timeout_minutes (1–1440) or
    /// attribution_lookback_days (0 or more). The channel grouping changes through reclassify.
    static Status set(Database& db, const QString& key, const QString& value);
};

} // namespace leadloop
