#pragma once

#include "common/result.h"
#include "common/resulttable.h"

#include <optional>
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
    static constexpr int DefaultSessionTimeoutMinutes = 30;
    static constexpr int DefaultLookbackDays = 90;
    static QString defaultReportingCurrency() { return QStringLiteral("EUR"); }

    /// One stored value, or nullopt when the workspace has no such setting.
    static Result<std::optional<QString>> value(Database& db, const QString& key);
    /// The currency every report converts money into (upper case); EUR when unset.
    static Result<QString> reportingCurrency(Database& db);
    /// Minutes of inactivity that end a session; 30 when unset or out of range.
    static Result<int> sessionTimeoutMinutes(Database& db);
    /// The attribution lookback in days, 0 for unlimited; 90 when unset or invalid.
    static Result<int> attributionLookbackDays(Database& db);
    /// Every setting: key and value.
    static Result<ResultTable> list(Database& db);
    /// Sets one of reporting_currency (three letters), session_timeout_minutes (1–1440) or
    /// attribution_lookback_days (0 or more). The channel grouping changes through reclassify.
    static Status set(Database& db, const QString& key, const QString& value);
};

} // namespace leadloop
