#include "reporthighlights.h"

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace leadloop {

namespace {

int columnOf(const ResultTable& table, const QString& key)
{
    for (qsizetype c = 0; c < table.columns.size(); ++c)
        if (table.columns[c].key == key)
            return int(c);
    return -1;
}

} // namespace

RevenueAndCost RevenueAndCost::bottomUp() const
{
    RevenueAndCost out = *this;
    std::reverse(out.groups.begin(), out.groups.end());
    std::reverse(out.revenue.begin(), out.revenue.end());
    std::reverse(out.cost.begin(), out.cost.end());
    return out;
}

RevenueAndCost ReportHighlights::revenueAndCost(const ResultTable& report, int maxBars)
{
    const int revenueColumn = columnOf(report, u"revenue"_s);
    const int costColumn = columnOf(report, u"cost"_s);
    struct Group
    {
        QString name;
        double revenue, cost;
    };
    std::vector<Group> groups;
    for (const QVariantList& row : report.rows) {
        const double revenue = row.value(revenueColumn).toDouble();
        const double cost = row.value(costColumn).toDouble();
        if (revenue != 0 || cost != 0)
            groups.push_back({row.value(0).toString(), revenue, cost});
    }
    // Which get a bar of their own: channels with cost first (where the budget goes, largest
    // cost first), then the largest of the rest; one bar is kept for "Other".
    std::vector<size_t> order(groups.size());
    std::iota(order.begin(), order.end(), size_t(0));
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        const bool paidA = groups[a].cost != 0, paidB = groups[b].cost != 0;
        if (paidA != paidB)
            return paidA;
        return paidA ? groups[a].cost > groups[b].cost
                     : groups[a].revenue + groups[a].cost > groups[b].revenue + groups[b].cost;
    });
    const size_t own =
        maxBars > 0 && groups.size() > size_t(maxBars) ? size_t(maxBars) - 1 : groups.size();
    std::vector<bool> shown(groups.size(), false);
    for (size_t i = 0; i < own; ++i)
        shown[order[i]] = true;
    // The bars themselves by size, largest first.
    std::vector<size_t> bars;
    for (size_t i = 0; i < groups.size(); ++i)
        if (shown[i])
            bars.push_back(i);
    std::stable_sort(bars.begin(), bars.end(), [&](size_t a, size_t b) {
        return groups[a].revenue + groups[a].cost > groups[b].revenue + groups[b].cost;
    });
    RevenueAndCost out;
    for (size_t i : bars) {
        out.groups.append(groups[i].name);
        out.revenue.append(groups[i].revenue);
        out.cost.append(groups[i].cost);
    }
    if (own < groups.size()) {
        double revenue = 0, cost = 0;
        for (size_t i = 0; i < groups.size(); ++i)
            if (!shown[i]) {
                revenue += groups[i].revenue;
                cost += groups[i].cost;
            }
        out.groups.append(tr("Other (%n)", nullptr, int(groups.size() - own)));
        out.revenue.append(revenue);
        out.cost.append(cost);
    }
    return out;
}

ResultTable ReportHighlights::bestAndWorstByRoi(const ResultTable& byCampaign, int perSide)
{
    const QStringList keys{u"campaign"_s, u"cost"_s, u"revenue"_s, u"roi"_s, u"cac"_s};
    ResultTable out;
    out.addColumn(u"rank"_s, tr("Rank"), ValueKind::Text);
    QList<int> columns;
    for (const QString& key : keys) {
        const int c = columnOf(byCampaign, key);
        if (c < 0)
            continue;
        columns.append(c);
        out.columns.append(byCampaign.columns[c]);
    }
    const int roi = columnOf(byCampaign, u"roi"_s);
    std::vector<QVariantList> ranked;
    for (const QVariantList& row : byCampaign.rows) {
        if (!row.value(roi).isValid() || row.value(roi).isNull())
            continue;
        QVariantList picked;
        for (int c : columns)
            picked.append(row.value(c));
        ranked.push_back({row.value(roi).toDouble(), picked});
    }
    // Ties keep the report's order (its own ranking); the better half are the best.
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const QVariantList& a, const QVariantList& b) {
                         return a.value(0).toDouble() > b.value(0).toDouble();
                     });
    const size_t n = ranked.size();
    const size_t best = std::min<size_t>(size_t(perSide), (n + 1) / 2);
    const size_t worst = std::min<size_t>(size_t(perSide), n - best);
    for (size_t i = 0; i < best; ++i)
        out.addRow(QVariantList{tr("best %1").arg(i + 1)} + ranked[i].value(1).toList());
    for (size_t i = 0; i < worst; ++i)
        out.addRow(QVariantList{tr("worst %1").arg(i + 1)} + ranked[n - 1 - i].value(1).toList());
    out.meta = {{u"best"_s, qint64(best)}, {u"worst"_s, qint64(worst)}};
    return out;
}

} // namespace leadloop
