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
    // One layout change rather than a removal or insertion per run of rows: with 100,000 rows
    // the view follows it ten times faster (tests/bench/bench_leadsview.cpp).
    invalidate();
}

bool LeadFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    return !sourceParent.isValid() && m_filter.matches(m_source->row(sourceRow));
}

bool LeadFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    return LeadsModel::less(m_source->row(left.row()), m_source->row(right.row()), left.column(),
                            m_source->now());
}

} // namespace leadloop
