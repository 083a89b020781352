#include "workspacepreferences.h"

#include "sales/lostreasons.h"
#include "store/database.h"
#include "store/workspacesettings.h"

using namespace Qt::StringLiterals;

namespace leadloop {

Result<WorkspacePreferences> WorkspacePreferences::load(Database& db)
{
    auto currency = WorkspaceSettings::reportingCurrency(db);
    if (!currency)
        return currency.error();
    auto timeout = WorkspaceSettings::sessionTimeoutMinutes(db);
    if (!timeout)
        return timeout.error();
    auto lookback = WorkspaceSettings::attributionLookbackDays(db);
    if (!lookback)
        return lookback.error();
    auto reasons = LostReasons::list(db);
    if (!reasons)
        return reasons.error();
    auto channels = WorkspaceChannels::stored(db);
    if (!channels)
        return channels.error();
    WorkspacePreferences p;
    p.currency = *currency;
    p.sessionTimeoutMinutes = *timeout;
    p.lookbackDays = *lookback;
    p.lostReasons = *reasons;
    p.channels = *channels;
    return p;
}

Status WorkspacePreferences::apply(Database& db, const WorkspacePreferences& from,
                                   const WorkspacePreferences& to)
{
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    const std::pair<QString, std::pair<QString, QString>> values[] = {
        {u"reporting_currency"_s, {from.currency, to.currency}},
        {u"session_timeout_minutes"_s,
         {QString::number(from.sessionTimeoutMinutes), QString::number(to.sessionTimeoutMinutes)}},
        {u"attribution_lookback_days"_s,
         {QString::number(from.lookbackDays), QString::number(to.lookbackDays)}}};
    for (const auto& [key, change] : values)
        if (change.first != change.second)
            if (Status set = WorkspaceSettings::set(db, key, change.second); !set)
                return set;
    for (const QString& reason : from.lostReasons)
        if (!to.lostReasons.contains(reason))
            if (Status removed = LostReasons::remove(db, reason); !removed)
                return removed;
    for (const QString& reason : to.lostReasons)
        if (!from.lostReasons.contains(reason))
            if (Status added = LostReasons::add(db, reason); !added)
                return added;
    if (from.lostReasons != to.lostReasons)
        if (Status ordered = LostReasons::setOrder(db, to.lostReasons); !ordered)
            return ordered;
    if (!(from.channels == to.channels))
        if (auto counts = WorkspaceChannels::applyChoice(db, to.channels); !counts)
            return counts.error();
    return transaction.commit();
}

} // namespace leadloop
