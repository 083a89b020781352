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

void RateIntervals::add(ResultTable& table, const std::vector<Rate>& rates)
{
    for (const Rate& rate : rates) {
        const qsizetype at = columnOf(table, rate.key);
        const qsizetype x = columnOf(table, rate.numerator);
        std::vector<qsizetype> n;
        for (const QString& key : rate.denominators)
            n.push_back(columnOf(table, key));
        if (at < 0 || x < 0 || n.empty() || std::find(n.begin(), n.end(), -1) != n.end())
            continue;
        const QString title = table.columns[at].title;
        table.columns.insert(
            at + 1, {rate.key + u"_low"_s, Tr::tr("%1 (low)").arg(title), ValueKind::Percent, -1});
        table.columns.insert(at + 2, {rate.key + u"_high"_s, Tr::tr("%1 (high)").arg(title),
                                      ValueKind::Percent, -1});
        for (QVariantList& row : table.rows) {
            QVariant low, high;
            bool counted = row.value(x).isValid();
            double ns = 0;
            for (const qsizetype column : n) {
                counted = counted && row.value(column).isValid();
                ns += row.value(column).toDouble();
            }
            if (counted && ns > 0) {
                const Proportions::Interval w = Proportions::wilson(row.value(x).toDouble(), ns);
                low = std::round(w.low * 10000) / 10000;
                high = std::round(w.high * 10000) / 10000;
            }
            while (row.size() < table.columns.size() - 2)
                row.append(QVariant());
            row.insert(at + 1, low);
            row.insert(at + 2, high);
        }
    }
}

} // namespace leadloop
