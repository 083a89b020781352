#include "campaignlist.h"

#include "currencyconverter.h"
#include "store/changelog.h"
#include "store/database.h"
#include "store/statement.h"
#include "tracking/workspacechannels.h"

#include <cmath>
#include <map>
#include <QDateTime>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace leadloop {

Result<std::vector<CampaignRow>> CampaignList::load(Database& db)
{
    auto rules = WorkspaceChannels::current(db);
    if (!rules)
        return rules.error();
    auto converter = CurrencyConverter::load(db);
    if (!converter)
        return converter.error();
    // Sessions per (campaign, source, medium), in one pass over the sessions.
    std::map<std::tuple<QString, QString, QString>, qint64> traffic;
    Statement sessions(db.handle(),
                       "SELECT campaign, source, medium, count(*) FROM sessions "
                       "WHERE campaign IS NOT NULL AND campaign <> '' GROUP BY 1, 2, 3");
    while (sessions.next())
        traffic[{sessions.text(0), sessions.text(1), sessions.text(2)}] = sessions.int64(3);
    if (Status read = sessions.status(); !read)
        return read.error();
    std::vector<CampaignRow> rows;
    std::map<qint64, size_t> byId;
    Statement campaigns(db.handle(), "SELECT id, name, source, medium, starts_on, ends_on FROM "
                                     "campaigns ORDER BY name, source, medium");
    while (campaigns.next()) {
        CampaignRow r;
        r.id = campaigns.int64(0);
        r.name = campaigns.text(1);
        r.source = campaigns.text(2);
        r.medium = campaigns.text(3);
        if (!campaigns.isNull(4))
            r.firstDay = campaigns.int64(4);
        if (!campaigns.isNull(5))
            r.lastDay = campaigns.int64(5);
        r.channel = rules->classify({r.source, r.medium, r.name, {}, {}}).channel;
        const auto seen = traffic.find({r.name, r.source, r.medium});
        r.sessions = seen == traffic.end() ? 0 : seen->second;
        byId[r.id] = rows.size();
        rows.push_back(std::move(r));
    }
    if (Status read = campaigns.status(); !read)
        return read.error();
    Statement costs(db.handle(), "SELECT campaign_id, day, cost_cents, currency FROM "
                                 "campaign_costs");
    while (costs.next()) {
        const auto it = byId.find(costs.int64(0));
        if (it == byId.end())
            continue;
        CampaignRow& r = rows[it->second];
        const qint64 day = costs.int64(1);
        auto amount = converter->toReporting(costs.int64(2), costs.text(3), day);
        if (!amount)
            return amount.error();
        r.cost += *amount;
        ++r.costDays;
        if (!r.firstDay || day < *r.firstDay)
            r.firstDay = day;
        if (!r.lastDay || day > *r.lastDay)
            r.lastDay = day;
    }
    if (Status read = costs.status(); !read)
        return read.error();
    return rows;
}

Result<std::vector<CampaignDay>> CampaignList::days(Database& db, qint64 campaign)
{
    Statement query(db.handle(), "SELECT day, cost_cents, currency, clicks, impressions FROM "
                                 "campaign_costs WHERE campaign_id = ?1 ORDER BY day, currency");
    query.bind(1, campaign);
    std::vector<CampaignDay> out;
    while (query.next()) {
        CampaignDay d{query.int64(0), query.int64(1), query.text(2), {}, {}};
        if (!query.isNull(3))
            d.clicks = query.int64(3);
        if (!query.isNull(4))
            d.impressions = query.int64(4);
        out.push_back(std::move(d));
    }
    if (Status read = query.status(); !read)
        return read.error();
    return out;
}

namespace {

QJsonValue optionalNumber(const std::optional<qint64>& value)
{
    return value ? QJsonValue(double(*value)) : QJsonValue();
}

QJsonObject dayJson(const std::optional<CampaignDay>& day)
{
    if (!day)
        return {};
    return {{u"cents"_s, double(day->cents)},
            {u"clicks"_s, optionalNumber(day->clicks)},
            {u"impressions"_s, optionalNumber(day->impressions)}};
}

/// A campaign's stored cost on a day, if any.
Result<std::optional<CampaignDay>> storedDay(Database& db, qint64 campaign, qint64 day,
                                             const QString& currency)
{
    Statement old(db.handle(), "SELECT cost_cents, clicks, impressions FROM campaign_costs "
                               "WHERE campaign_id = ?1 AND day = ?2 AND currency = ?3");
    old.bind(1, campaign).bind(2, day).bind(3, currency);
    std::optional<CampaignDay> stored;
    if (old.next()) {
        stored = CampaignDay{day, old.int64(0), currency, {}, {}};
        if (!old.isNull(1))
            stored->clicks = old.int64(1);
        if (!old.isNull(2))
            stored->impressions = old.int64(2);
    }
    if (Status read = old.status(); !read)
        return read.error();
    return stored;
}

/// Records a change of one cost day for a team's other members (ChangeLog): the campaign by
/// its name, source and medium, the day, and the value after and before (none: removed).
Status recordCost(Database& db, qint64 campaign, qint64 day, const QString& currency,
                  const std::optional<CampaignDay>& after, const std::optional<CampaignDay>& before)
{
    Statement named(db.handle(), "SELECT name, source, medium FROM campaigns WHERE id = ?1");
    named.bind(1, campaign);
    if (!named.next())
        return named.status()
                   ? Status(Error{ErrorCode::NotFound,
                                  CampaignList::tr("There is no campaign %1.").arg(campaign)})
                   : named.status();
    const QString name = named.text(0), source = named.text(1), medium = named.text(2);
    return ChangeLog::record(
        db, u"campaign_cost"_s,
        {{u"key"_s, QStringList{name, source, medium, QString::number(day), currency}.join(u'|')},
         {u"campaign"_s, name},
         {u"source"_s, source},
         {u"medium"_s, medium},
         {u"day"_s, double(day)},
         {u"currency"_s, currency},
         {u"value"_s, after ? QJsonValue(dayJson(after)) : QJsonValue()},
         {u"old"_s, before ? QJsonValue(dayJson(before)) : QJsonValue()}});
}

} // namespace

Result<std::optional<CampaignDay>> CampaignList::setCost(Database& db, qint64 campaign,
                                                         const CampaignDay& day)
{
    if (day.cents < 0)
        return Error{ErrorCode::InvalidArgument, tr("A cost cannot be negative.")};
    // The day and, in a team replica, the change the next sync sends: both or neither.
    Savepoint unit(db);
    if (!unit.isActive())
        return unit.error();
    auto before = storedDay(db, campaign, day.day, day.currency);
    if (!before)
        return before.error();
    Statement upsert(db.handle(),
                     "INSERT INTO campaign_costs (campaign_id, day, cost_cents, currency, clicks, "
                     "impressions) VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (campaign_id, day, "
                     "currency) DO UPDATE SET cost_cents = excluded.cost_cents, clicks = "
                     "excluded.clicks, impressions = excluded.impressions");
    upsert.bind(1, campaign)
        .bind(2, day.day)
        .bind(3, day.cents)
        .bind(4, day.currency)
        .bind(5, day.clicks)
        .bind(6, day.impressions);
    if (Status done = upsert.execute(); !done)
        return done.error();
    if (Status recorded = recordCost(db, campaign, day.day, day.currency, day, *before); !recorded)
        return recorded.error();
    if (Status released = unit.release(); !released)
        return released.error();
    return *before;
}

Status CampaignList::removeCost(Database& db, qint64 campaign, qint64 day, const QString& currency)
{
    Savepoint unit(db);
    if (!unit.isActive())
        return unit.error();
    auto before = storedDay(db, campaign, day, currency);
    if (!before)
        return before.error();
    if (!*before)
        return {}; // nothing to remove
    Statement remove(db.handle(), "DELETE FROM campaign_costs WHERE campaign_id = ?1 AND day = "
                                  "?2 AND currency = ?3");
    remove.bind(1, campaign).bind(2, day).bind(3, currency);
    if (Status done = remove.execute(); !done)
        return done;
    if (Status recorded = recordCost(db, campaign, day, currency, std::nullopt, *before); !recorded)
        return recorded;
    return unit.release();
}

std::optional<CampaignDay> CampaignList::dayFromJson(qint64 day, const QString& currency,
                                                     const QJsonValue& json)
{
    if (!json.isObject())
        return std::nullopt;
    const QJsonObject o = json.toObject();
    CampaignDay d{day, qint64(o.value(u"cents"_s).toDouble()), currency, {}, {}};
    if (o.value(u"clicks"_s).isDouble())
        d.clicks = qint64(o.value(u"clicks"_s).toDouble());
    if (o.value(u"impressions"_s).isDouble())
        d.impressions = qint64(o.value(u"impressions"_s).toDouble());
    return d;
}

Status CampaignList::applyCost(Database& db, const QJsonObject& change, const char* which)
{
    Statement find(db.handle(), "SELECT id FROM campaigns WHERE name = ?1 AND source = ?2 AND "
                                "medium = ?3");
    find.bind(1, change.value(u"campaign"_s).toString())
        .bind(2, change.value(u"source"_s).toString())
        .bind(3, change.value(u"medium"_s).toString());
    auto campaign = find.optionalInt64();
    if (!campaign)
        return campaign.error();
    if (!*campaign)
        return Error{
            ErrorCode::NotFound,
            tr("There is no campaign %1 here.").arg(change.value(u"campaign"_s).toString())};
    const qint64 day = qint64(change.value(u"day"_s).toDouble());
    const QString currency = change.value(u"currency"_s).toString();
    if (auto value = dayFromJson(day, currency, change.value(QLatin1StringView(which)))) {
        auto set = setCost(db, **campaign, *value);
        return set ? Status() : Status(set.error());
    }
    return removeCost(db, **campaign, day, currency);
}

ResultTable CampaignList::table(const std::vector<CampaignRow>& rows, const QString& currency)
{
    ResultTable t;
    for (const auto& [key, title] :
         {std::pair{u"id"_s, tr("Id")}, std::pair{u"campaign"_s, tr("Campaign")},
          std::pair{u"source"_s, tr("Source")}, std::pair{u"medium"_s, tr("Medium")},
          std::pair{u"channel"_s, tr("Channel")}, std::pair{u"first_day"_s, tr("From")},
          std::pair{u"last_day"_s, tr("To")}, std::pair{u"cost"_s, tr("Cost")},
          std::pair{u"cost_days"_s, tr("Cost days")}, std::pair{u"sessions"_s, tr("Sessions")},
          std::pair{u"unmatched"_s, tr("No sessions")}})
        t.addColumn(key, title, ValueKind::Text);
    t.setKind({u"cost"_s}, ValueKind::Money);
    t.setKind({u"cost_days"_s, u"sessions"_s}, ValueKind::Count);
    const auto day = [](std::optional<qint64> ms) {
        return ms ? QVariant(
                        QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC).date().toString(Qt::ISODate))
                  : QVariant();
    };
    double total = 0;
    for (const CampaignRow& r : rows) {
        total += r.cost;
        t.addRow({r.id, r.name, r.source, r.medium, r.channel, day(r.firstDay), day(r.lastDay),
                  std::round(r.cost * 100) / 100, r.costDays, r.sessions, r.unmatched()});
    }
    t.meta = {{u"campaigns"_s, qint64(rows.size())},
              {u"cost"_s, std::round(total * 100) / 100},
              {u"currency"_s, currency}};
    return t;
}

} // namespace leadloop
