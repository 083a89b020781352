#include "workspacesettings.h"

#include "changelog.h"
#include "database.h"
#include "statement.h"

#include <algorithm>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace leadloop {

Result<ResultTable> WorkspaceSettings::list(Database& db)
{
    // A team replica's link and standing are shown by `team status`, not as settings.
    Statement query(db.handle(),
                    "SELECT key, value FROM settings WHERE key NOT LIKE 'team.%' ORDER BY key");
    if (!query.isValid())
        return Error{ErrorCode::Database, query.errorString()};
    ResultTable table;
    table.addColumn(u"key"_s, tr("Setting"));
    table.addColumn(u"value"_s, tr("Value"));
    while (query.next())
        table.addRow({query.text(0), query.text(1)});
    if (Status read = query.status(); !read)
        return read.error();
    return table;
}

Result<std::optional<QString>> WorkspaceSettings::value(Database& db, const QString& key)
{
    Statement query(db.handle(), "SELECT value FROM settings WHERE key = ?1");
    query.bind(1, key);
    return query.optionalText();
}

Result<QString> WorkspaceSettings::reportingCurrency(Database& db)
{
    auto stored = value(db, u"reporting_currency"_s);
    if (!stored)
        return stored.error();
    const QString code = stored->value_or(QString()).trimmed().toUpper();
    return code.isEmpty() ? defaultReportingCurrency() : code;
}

static Result<int> number(Database& db, const QString& key, int fallback, int min, int max)
{
    auto stored = WorkspaceSettings::value(db, key);
    if (!stored)
        return stored.error();
    bool ok = false;
    const int n = stored->value_or(QString()).trimmed().toInt(&ok);
    return ok && n >= min && n <= max ? n : fallback;
}

Result<int> WorkspaceSettings::sessionTimeoutMinutes(Database& db)
{
    return number(db, u"session_timeout_minutes"_s, DefaultSessionTimeoutMinutes, 1, 1440);
}

Result<int> WorkspaceSettings::attributionLookbackDays(Database& db)
{
    return number(db, u"attribution_lookback_days"_s, DefaultLookbackDays, 0, 1'000'000);
}

Status WorkspaceSettings::set(Database& db, const QString& key, const QString& value)
{
    QString stored = value.trimmed();
    if (key == u"reporting_currency") {
        stored = stored.toUpper();
        if (stored.size() != 3 ||
            !std::all_of(stored.begin(), stored.end(), [](QChar c) { return c.isLetter(); }))
            return Error{ErrorCode::BadInput,
                         tr("reporting_currency is a three-letter code such as EUR or PLN, not "
                            "'%1'.")
                             .arg(value)};
    } else if (key == u"session_timeout_minutes" || key == u"attribution_lookback_days") {
        bool ok = false;
        const int number = stored.toInt(&ok);
        const bool timeout = key == u"session_timeout_minutes";
        if (!ok || (timeout ? number < 1 || number > 1440 : number < 0))
            return Error{ErrorCode::BadInput,
                         timeout ? tr("session_timeout_minutes takes minutes from 1 to 1440.")
                                 : tr("attribution_lookback_days takes 0 (unlimited) or more "
                                      "days.")};
        stored = QString::number(number);
    } else {
        return Error{ErrorCode::InvalidArgument,
                     tr("'%1' is not a setting that can be set here (reporting_currency, "
                        "session_timeout_minutes, attribution_lookback_days; the channel grouping "
                        "changes with reclassify).")
                         .arg(key)};
    }
    // The value and, in a team replica, the change the next sync sends: both or neither.
    Savepoint unit(db);
    if (!unit.isActive())
        return unit.error();
    auto before = WorkspaceSettings::value(db, key);
    if (!before)
        return before.error();
    Statement upsert(db.handle(), "INSERT INTO settings (key, value) VALUES (?1, ?2) ON CONFLICT "
                                  "(key) DO UPDATE SET value = ?2");
    if (Status done = upsert.bind(1, key).bind(2, stored).execute(); !done)
        return done;
    QJsonObject change{{u"key"_s, key}, {u"value"_s, stored}};
    if (*before)
        change.insert(u"old"_s, **before);
    if (Status recorded = ChangeLog::record(db, u"setting"_s, change); !recorded)
        return recorded;
    return unit.release();
}

} // namespace leadloop
