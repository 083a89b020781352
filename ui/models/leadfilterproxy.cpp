#include "leadfilterproxy.h"

#include "leadsmodel.h"

namespace leadloop {

LeadFilterProxy::LeadFilterProxy(LeadsModel* source, QObject* parent)
    : QSortFilterProxyModel(parent)
    , m_source(source)
{
    setSourceModel(source);
    setSortRole(LeadsModel::SortRole);
    setDynamicSortFilter(true);
}

void LeadFilterProxy::setFilter(const LeadFilter& filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    invalidateFilter();
}

bool LeadFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    return !sourceParent.isValid() && m_filter.matches(m_source->row(sourceRow));
}

} // namespace leadloop
