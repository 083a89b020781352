#include "leadfilter.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace leadloop {

bool LeadFilter::matches(const LeadRow& row) const
{
    if (!text.isEmpty() && !row.searchText.contains(text.toLower()))
        return false;
    if (!owners.isEmpty() && !owners.contains(row.owner))
        return false;
    if (!outcomes.isEmpty() && !outcomes.contains(row.outcome.isEmpty() ? u"none"_s : row.outcome))
        return false;
    if (!channels.isEmpty() && !channels.contains(row.channel))
        return false;
    if (!tiers.isEmpty() && !tiers.contains(row.tier.isEmpty() ? u"none"_s : row.tier))
        return false;
    if ((from && row.created < *from) || (to && row.created > *to))
        return false;
    if (!mine.isEmpty() && row.owner.compare(mine, Qt::CaseInsensitive) != 0)
        return false;
    if (contacts && !std::binary_search(contacts->begin(), contacts->end(), row.contactId))
        return false;
    if (withProperty &&
        !std::binary_search(withProperty->begin(), withProperty->end(), row.contactId))
        return false;
    return true;
}

} // namespace leadloop
