#include "pathsreport.h"

#include <algorithm>
#include <cmath>
#include <map>

using namespace Qt::StringLiterals;

namespace leadloop {

Result<ResultTable> PathsReport::run(Database& db, const PathQuery& query, int top)
{
    if (top < 1)
        return Error{ErrorCode::InvalidArgument, tr("--top takes 1 or more.")};
    PathQuery q = query;
    q.withNonConverting = false;
    auto paths = ConversionPaths::build(db, q);
    if (!paths)
        return paths.error();
    struct Count
    {
        double conversions = 0;
        double value = 0;
        int touches = 0;
    };
    std::map<QString, Count> counts;
    double total = 0, totalValue = 0;
    for (const attribution::Path& p : *paths) {
        // Under a session filter, only paths through a kept session, shown whole.
        QStringList labels;
        bool kept = !q.filter.hasSessionFilter();
        for (const attribution::Touch& t : p.touches) {
            kept = kept || ConversionPaths::inScope(t.channel);
            labels.append(ConversionPaths::plain(t.channel));
        }
        if (!kept)
            continue;
        Count& c = counts[labels.isEmpty() ? u"(none)"_s : labels.join(u" > "_s)];
        c.conversions += p.conversions;
        c.value += p.value;
        c.touches = int(labels.size());
        total += p.conversions;
        totalValue += p.value;
    }
    std::vector<std::pair<QString, Count>> ordered(counts.begin(), counts.end());
    std::stable_sort(ordered.begin(), ordered.end(), [](const auto& a, const auto& b) {
        return a.second.conversions > b.second.conversions;
    });
    ResultTable table;
    table.addColumn(u"path"_s, tr("Path"), ValueKind::Text);
    table.addColumn(u"touches"_s, tr("Touches"), ValueKind::Count);
    table.addColumn(u"conversions"_s, tr("Conversions"), ValueKind::Count);
    table.addColumn(u"value"_s, tr("Value"), ValueKind::Money);
    table.addColumn(u"share"_s, tr("Share of conversions"), ValueKind::Percent);
    for (size_t i = 0; i < ordered.size() && int(i) < top; ++i) {
        const auto& [path, c] = ordered[i];
        table.addRow(
            {path, c.touches, c.conversions, std::round(c.value * 100) / 100,
             total > 0 ? QVariant(std::round(c.conversions / total * 10000) / 10000) : QVariant()});
    }
    table.meta = {{u"by"_s, q.dimension},
                  {u"top"_s, top},
                  {u"paths"_s, qint64(counts.size())},
                  {u"conversions"_s, total},
                  {u"value"_s, std::round(totalValue * 100) / 100},
                  {u"lookback_days"_s, q.lookbackDays},
                  {u"filter"_s, q.filter.describe()}};
    return table;
}

} // namespace leadloop
