#include "headlinereport.h"

#include "campaignspend.h"
#include "dealsreport.h"
#include "funnelreport.h"

#include <cmath>
#include <map>

using namespace Qt::StringLiterals;

namespace leadloop {

namespace {

/// The figures of one period.
Result<std::map<QString, QVariant>> figures(Database& db, const ReportFilter& filter)
{
    FunnelReport::Query funnel;
    funnel.filter = filter;
    auto stages = FunnelReport::run(db, funnel);
    if (!stages)
        return stages.error();
    auto deals = DealsReport::run(db, u"owner"_s, filter);
    if (!deals)
        return deals.error();
    std::map<QString, QVariant> out;
    for (const char* key : {"visitors", "leads", "customers", "revenue"})
        out[QString::fromLatin1(key)] = stages->meta.value(QString::fromLatin1(key));
    double cost = 0;
    if (!filter.hasPeopleFilter()) {
        auto spend = CampaignSpend::load(db, filter);
        if (!spend)
            return spend.error();
        for (const CampaignSpend::Day& day : *spend)
            cost += day.amount;
    }
    const double revenue = stages->meta.value(u"revenue"_s).toDouble();
    out[u"cost"_s] = std::round(cost * 100) / 100;
    out[u"roi"_s] =
        cost > 0 ? QVariant(std::round((revenue - cost) / cost * 10000) / 10000) : QVariant();
    out[u"win_rate"_s] = deals->meta.value(u"win_rate"_s);
    out[u"won_without_contact"_s] = deals->meta.value(u"won_without_contact"_s);
    out[u"won_value_without_contact"_s] = deals->meta.value(u"won_value_without_contact"_s);
    out[u"currency"_s] = stages->meta.value(u"currency"_s);
    return out;
}

} // namespace

Result<ResultTable> HeadlineReport::run(Database& db, const ReportFilter& filter)
{
    auto now = figures(db, filter);
    if (!now)
        return now.error();
    std::optional<std::map<QString, QVariant>> before;
    ReportFilter previous = filter;
    if (filter.from && filter.to) {
        const qint64 length = *filter.to - *filter.from + 1;
        previous.from = *filter.from - length;
        previous.to = *filter.from - 1;
        auto earlier = figures(db, previous);
        if (!earlier)
            return earlier.error();
        before = std::move(*earlier);
    }
    ResultTable table;
    table.addColumn(u"metric"_s, tr("Figure"), ValueKind::Text);
    table.addColumn(u"value"_s, tr("This period"), ValueKind::ByRow);
    table.addColumn(u"previous"_s, tr("Period before"), ValueKind::ByRow);
    table.addColumn(u"change"_s, tr("Change"), ValueKind::Percent);
    const std::pair<QString, QString> metrics[] = {
        {u"visitors"_s, tr("Visitors")},   {u"leads"_s, tr("Leads")},
        {u"customers"_s, tr("Customers")}, {u"revenue"_s, tr("Revenue")},
        {u"cost"_s, tr("Cost")},           {u"roi"_s, tr("ROI")},
        {u"win_rate"_s, tr("Win rate")}};
    for (const auto& [key, title] : metrics) {
        const QVariant value = (*now)[key];
        const QVariant earlier = before ? (*before)[key] : QVariant();
        QVariant change;
        if (value.isValid() && earlier.isValid() && earlier.toDouble() != 0)
            change = std::round((value.toDouble() - earlier.toDouble()) /
                                std::abs(earlier.toDouble()) * 10000) /
                     10000;
        table.addRow({key, value, earlier, change});
        table.rowKinds.append(key == u"revenue" || key == u"cost"   ? ValueKind::Money
                              : key == u"roi" || key == u"win_rate" ? ValueKind::Percent
                                                                    : ValueKind::Count);
    }
    table.meta = {{u"currency"_s, (*now)[u"currency"_s]},
                  {u"filter"_s, filter.describe()},
                  {u"previous_from"_s, previous.from ? QVariant(*previous.from) : QVariant()},
                  {u"previous_to"_s, previous.to ? QVariant(*previous.to) : QVariant()},
                  {u"won_without_contact"_s, (*now)[u"won_without_contact"_s]},
                  {u"won_value_without_contact"_s, (*now)[u"won_value_without_contact"_s]}};
    return table;
}

} // namespace leadloop
