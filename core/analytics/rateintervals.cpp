#include "rateintervals.h"

#include "proportions.h"

#include <algorithm>
#include <cmath>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace leadloop {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RateIntervals)
};

qsizetype columnOf(const ResultTable& table, const QString& key)
{
    for (qsizetype i = 0; i < table.columns.size(); ++i)
        if (table.columns[i].key == key)
            return i;
    return -1;
}

} // namespace

void RateIntervals::insertBounds(
    ResultTable& table, const QString& key,
    const std::function<std::optional<std::pair<double, double>>(const QVariantList& row)>& of)
{
    const qsizetype at = columnOf(table, key);
    if (at < 0)
        return;
    const QString title = table.columns[at].title;
    table.columns.insert(at + 1,
                         {key + u"_low"_s, Tr::tr("%1 (low)").arg(title), ValueKind::Percent, -1});
    table.columns.insert(
        at + 2, {key + u"_high"_s, Tr::tr("%1 (high)").arg(title), ValueKind::Percent, -1});
    for (QVariantList& row : table.rows) {
        QVariant low, high;
        if (const auto bounds = of(row)) {
            low = std::round(bounds->first * 10000) / 10000;
            high = std::round(bounds->second * 10000) / 10000;
        }
        while (row.size() < table.columns.size() - 2)
            row.append(QVariant());
        row.insert(at + 1, low);
        row.insert(at + 2, high);
    }
}

std::optional<Proportions::Comparison>
RateIntervals::compareRows(const ResultTable& table, int row1, int row2, const Rate& rate)
{
    const qsizetype x = columnOf(table, rate.numerator);
    if (x < 0 || row1 < 0 || row2 < 0 || row1 >= table.rows.size() || row2 >= table.rows.size())
        return std::nullopt;
    double counts[2][2] = {};
    for (int i = 0; i < 2; ++i) {
        const QVariantList& row = table.rows[i == 0 ? row1 : row2];
        if (!row.value(x).isValid())
            return std::nullopt;
        counts[i][0] = row.value(x).toDouble();
        for (const QString& key : rate.denominators) {
            const qsizetype n = columnOf(table, key);
            if (n < 0 || !row.value(n).isValid())
                return std::nullopt;
            counts[i][1] += row.value(n).toDouble();
        }
        if (counts[i][1] <= 0)
            return std::nullopt;
    }
    return Proportions::compare(counts[0][0], counts[0][1], counts[1][0], counts[1][1]);
}

void RateIntervals::add(ResultTable& table, const std::vector<Rate>& rates)
{
    for (const Rate& rate : rates) {
        const qsizetype x = columnOf(table, rate.numerator);
        std::vector<qsizetype> n;
        for (const QString& key : rate.denominators)
            n.push_back(columnOf(table, key));
        if (x < 0 || n.empty() || std::find(n.begin(), n.end(), -1) != n.end())
            continue;
        insertBounds(table, rate.key,
                     [&](const QVariantList& row) -> std::optional<std::pair<double, double>> {
                         bool counted = row.value(x).isValid();
                         double ns = 0;
                         for (const qsizetype column : n) {
                             counted = counted && row.value(column).isValid();
                             ns += row.value(column).toDouble();
                         }
                         if (!counted || ns <= 0)
                             return std::nullopt;
                         const Proportions::Interval w =
                             Proportions::wilson(row.value(x).toDouble(), ns);
                         return std::pair{w.low, w.high};
                     });
    }
}

} // namespace leadloop
