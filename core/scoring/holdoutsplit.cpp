#include "holdoutsplit.h"

#include <algorithm>
#include <cmath>
#include <QDateTime>
#include <QTimeZone>

namespace leadloop {

quint64 HoldoutSplit::mix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

HoldoutSplit::Parts HoldoutSplit::random(const std::vector<LeadCase>& leads, double fraction,
                                         quint64 seed)
{
    std::vector<std::pair<quint64, qint64>> draws; // (draw, index)
    draws.reserve(leads.size());
    for (size_t i = 0; i < leads.size(); ++i)
        draws.emplace_back(mix(mix(seed) ^ quint64(leads[i].contact)), qint64(i));
    std::sort(draws.begin(), draws.end());
    const size_t held =
        std::min(leads.size(), size_t(std::llround(double(leads.size()) * fraction)));
    std::vector<char> isHeld(leads.size(), 0);
    for (size_t i = 0; i < held; ++i)
        isHeld[size_t(draws[i].second)] = 1;
    Parts parts;
    for (size_t i = 0; i < leads.size(); ++i)
        (isHeld[i] ? parts.holdout : parts.train).push_back(qint64(i));
    return parts;
}

HoldoutSplit::Parts HoldoutSplit::byDate(const std::vector<LeadCase>& leads, const QDate& date)
{
    const qint64 from = QDateTime(date, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    Parts parts;
    for (size_t i = 0; i < leads.size(); ++i)
        (leads[i].created >= from ? parts.holdout : parts.train).push_back(qint64(i));
    return parts;
}

} // namespace leadloop
