#include "campaignspend.h"

#include "currencyconverter.h"
#include "store/database.h"
#include "store/statement.h"
#include "tracking/workspacechannels.h"

#include <map>
#include <tuple>

using namespace Qt::StringLiterals;

namespace leadloop {

bool CampaignSpend::groups(const QString& dimension)
{
    return QStringList{u"channel"_s, u"campaign"_s, u"source-medium"_s, u"source"_s, u"medium"_s}
        .contains(dimension);
}

QString CampaignSpend::Day::group(const QString& dimension) const
{
    if (dimension == u"channel")
        return channel;
    if (dimension == u"campaign")
        return campaign.isEmpty() ? u"(not set)"_s : campaign;
    if (dimension == u"source-medium")
        return source + u" / "_s + medium;
    if (dimension == u"source")
        return source;
    if (dimension == u"medium")
        return medium;
    return {};
}

Result<std::vector<CampaignSpend::Day>> CampaignSpend::load(Database& db,
                                                            const ReportFilter& filter)
{
    auto converter = CurrencyConverter::load(db);
    if (!converter)
        return converter.error();
    auto rules = WorkspaceChannels::current(db);
    if (!rules)
        return rules.error();
    Statement costs(db.handle(), "SELECT c.name, c.source, c.medium, k.cost_cents, k.currency, "
                                 "k.day FROM campaign_costs k JOIN campaigns c ON c.id = "
                                 "k.campaign_id WHERE (?1 IS NULL OR k.day >= ?1) AND (?2 IS "
                                 "NULL OR k.day <= ?2)");
    costs.bind(1, filter.from).bind(2, filter.to);
    std::map<std::tuple<QString, QString, QString>, QString> channelOf;
    std::vector<Day> days;
    while (costs.next()) {
        Day d{costs.int64(5), {}, costs.text(0), costs.text(1), costs.text(2), 0};
        auto key = std::make_tuple(d.campaign, d.source, d.medium);
        auto known = channelOf.find(key);
        if (known == channelOf.end())
            known =
                channelOf
                    .emplace(key, rules->classify({d.source, d.medium, d.campaign, {}, {}}).channel)
                    .first;
        d.channel = known->second;
        // Spend has no landing page: a landing-page filter keeps none of it.
        bool kept = true;
        for (const auto& [dimension, values] : filter.sessionLists())
            kept = kept && (values->isEmpty() || (CampaignSpend::groups(dimension) &&
                                                  values->contains(d.group(dimension))));
        if (!kept)
            continue;
        auto amount = converter->toReporting(costs.int64(3), costs.text(4), d.day);
        if (!amount)
            return amount.error();
        d.amount = *amount;
        days.push_back(std::move(d));
    }
    if (Status read = costs.status(); !read)
        return read.error();
    return days;
}

} // namespace leadloop
