#include "timetoconvert.h"

#include "conversionpaths.h"
#include "customfunnel.h"
#include "periods.h"
#include "quantile.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>

using namespace Qt::StringLiterals;

namespace leadloop {

namespace {

constexpr double DayMs = 24.0 * 3600.0 * 1000.0;

/// The histogram's buckets: upper bounds in days (the last has none).
struct Bucket
{
    const char16_t* key;
    double below;
};
constexpr Bucket Buckets[] = {{u"under_1_hour", 1.0 / 24}, {u"hours_1_to_24", 1},
                              {u"days_1_to_7", 7},         {u"days_7_to_30", 30},
                              {u"days_30_to_90", 90},      {u"over_90_days", 1e300}};

QVariant percentile(const std::vector<double>& sorted, double q)
{
    if (sorted.empty())
        return {};
    return std::round(quantileOfSorted(sorted, q) * 100) / 100;
}

} // namespace

std::vector<RateIntervals::Rate> TimeToConvert::rates()
{
    return {{u"conversion"_s, u"converted"_s, {u"people"_s}}};
}

QStringList TimeToConvert::histogramKeys()
{
    QStringList keys;
    for (const Bucket& b : Buckets)
        keys.append(QString::fromUtf16(b.key));
    return keys;
}

Result<FunnelStep> TimeToConvert::parseStep(const QString& text)
{
    const QString t = text.trimmed();
    FunnelStep step;
    const qsizetype colon = t.indexOf(u':');
    const QString kind = (colon < 0 ? t : t.left(colon)).toLower();
    const QString value = colon < 0 ? QString() : t.mid(colon + 1).trimmed();
    using T = FunnelStep::Type;
    const std::pair<const char16_t*, T> plain[] = {
        {u"first-visit", T::Visit}, {u"lead", T::Lead}, {u"opportunity", T::Opportunity},
        {u"customer", T::Won},      {u"lost", T::Lost}, {u"form", T::Form}};
    for (const auto& [name, type] : plain)
        if (kind == QString::fromUtf16(name) && value.isEmpty()) {
            step.type = type;
            return step;
        }
    if (!value.isEmpty()) {
        if (kind == u"event"_s) {
            step.type = T::Event;
            step.name = value;
            return step;
        }
        if (kind == u"page"_s) {
            step.type = T::Page;
            step.pattern = value;
            return step;
        }
        if (kind == u"deal-stage"_s || kind == u"lifecycle-stage"_s) {
            step.type = kind == u"deal-stage"_s ? T::DealStage : T::Lifecycle;
            step.stage = value;
            return step;
        }
        for (const QString& key : {u"channel"_s, u"source"_s, u"medium"_s, u"campaign"_s})
            if (kind == key) {
                step.type = T::Session;
                step.dimension = key;
                step.value = value;
                return step;
            }
    }
    return Error{ErrorCode::InvalidArgument,
                 tr("'%1' is not a step: write first-visit, lead, opportunity, customer, lost, "
                    "form, event:NAME, page:PATTERN, deal-stage:STAGE, lifecycle-stage:STAGE, "
                    "channel:NAME, source:NAME, medium:NAME or campaign:NAME.")
                     .arg(text)};
}

Result<ResultTable> TimeToConvert::run(Database& db, const Query& q)
{
    std::optional<Periods::Unit> cohort;
    if (!q.cohort.isEmpty()) {
        cohort = Periods::fromName(q.cohort);
        if (!cohort || (*cohort != Periods::Unit::Week && *cohort != Periods::Unit::Month))
            return Error{ErrorCode::InvalidArgument,
                         tr("A cohort is a week or a month, not '%1'.").arg(q.cohort)};
    }
    CustomFunnel::Query funnel;
    funnel.definition.steps = {q.from, q.to};
    funnel.dimension = cohort ? QString() : q.dimension;
    struct Group
    {
        qint64 people = 0;
        std::vector<double> days;
    };
    std::map<QString, Group> groups;
    funnel.progress = [&](qint64, const QString& group, const std::vector<qint64>& times) {
        const QString name =
            cohort ? Periods::label(Periods::start(times[0], *cohort), *cohort) : group;
        Group& g = groups[name];
        ++g.people;
        if (times.size() > 1)
            g.days.push_back(double(times[1] - times[0]) / DayMs);
    };
    auto counted = CustomFunnel::run(db, funnel);
    if (!counted)
        return counted.error();

    ResultTable table;
    const QString groupKey = cohort                  ? u"cohort"_s
                             : q.dimension.isEmpty() ? u"group"_s
                                                     : ConversionPaths::dimensionKey(q.dimension);
    table.addColumn(groupKey,
                    cohort                  ? tr("Cohort")
                    : q.dimension.isEmpty() ? tr("Group")
                                            : ConversionPaths::dimensionTitle(q.dimension),
                    ValueKind::Text);
    table.addColumn(u"people"_s, tr("Took the first step"), ValueKind::Count);
    table.addColumn(u"converted"_s, tr("Then the second"), ValueKind::Count);
    table.addColumn(u"conversion"_s, tr("Conversion"), ValueKind::Percent);
    table.addColumn(u"mean_days"_s, tr("Mean days"), ValueKind::Decimal, 2);
    table.addColumn(u"p10_days"_s, tr("10th percentile days"), ValueKind::Decimal, 2);
    table.addColumn(u"p25_days"_s, tr("25th percentile days"), ValueKind::Decimal, 2);
    table.addColumn(u"median_days"_s, tr("Median days"), ValueKind::Decimal, 2);
    table.addColumn(u"p75_days"_s, tr("75th percentile days"), ValueKind::Decimal, 2);
    table.addColumn(u"p90_days"_s, tr("90th percentile days"), ValueKind::Decimal, 2);
    const QString bucketTitles[] = {tr("Under 1 hour"), tr("1 to 24 hours"), tr("1 to 7 days"),
                                    tr("7 to 30 days"), tr("30 to 90 days"), tr("Over 90 days")};
    for (size_t b = 0; b < std::size(Buckets); ++b)
        table.addColumn(QString::fromUtf16(Buckets[b].key), bucketTitles[b], ValueKind::Count);
    std::vector<std::pair<QString, Group*>> ordered;
    for (auto& [name, g] : groups)
        ordered.emplace_back(name, &g);
    if (!cohort)
        std::stable_sort(ordered.begin(), ordered.end(), [](const auto& a, const auto& b) {
            return a.second->people > b.second->people;
        });
    for (auto& [name, g] : ordered) {
        std::vector<double>& days = g->days;
        std::sort(days.begin(), days.end());
        const qint64 converted = qint64(days.size());
        QVariantList row{
            name,
            g->people,
            converted,
            g->people ? QVariant(std::round(double(converted) / double(g->people) * 10000) / 10000)
                      : QVariant(),
            days.empty() ? QVariant()
                         : QVariant(std::round(std::accumulate(days.begin(), days.end(), 0.0) /
                                               double(days.size()) * 100) /
                                    100),
            percentile(days, 0.1),
            percentile(days, 0.25),
            percentile(days, 0.5),
            percentile(days, 0.75),
            percentile(days, 0.9)};
        double lower = -1;
        for (const Bucket& bucket : Buckets) {
            row << qint64(std::count_if(days.begin(), days.end(),
                                        [&](double d) { return d >= lower && d < bucket.below; }));
            lower = bucket.below;
        }
        table.addRow(row);
    }
    table.meta = {{u"from"_s, q.from.describe()}, {u"to"_s, q.to.describe()}};
    if (cohort)
        table.meta.insert(u"cohort"_s, q.cohort);
    else if (!q.dimension.isEmpty())
        table.meta.insert(u"by"_s, q.dimension);
    return table;
}

} // namespace leadloop
