#include "leadfilterproxy.h"

#include "leadsmodel.h"

#include <QCollator>

namespace leadloop {

LeadFilterProxy::LeadFilterProxy(LeadsModel* source, QObject* parent)
    : QSortFilterProxyModel(parent)
    , m_source(source)
{
    setSourceModel(source);
    setSortRole(LeadsModel::SortRole);
    setDynamicSortFilter(true);
    const auto drop = [this] { m_keys.clear(); };
    connect(source, &QAbstractItemModel::modelReset, this, drop);
    connect(source, &QAbstractItemModel::dataChanged, this, drop);
    connect(source, &QAbstractItemModel::rowsInserted, this, drop);
    connect(source, &QAbstractItemModel::rowsRemoved, this, drop);
}

const std::vector<QCollatorSortKey>& LeadFilterProxy::keys(int column) const
{
    if (m_keysLocale != QLocale()) {
        m_keys.clear();
        m_keysLocale = QLocale();
    }
    auto found = m_keys.find(column);
    if (found != m_keys.end())
        return found->second;
    QCollator collator(m_keysLocale);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::vector<QCollatorSortKey> built;
    built.reserve(size_t(m_source->rowCount()));
    for (int r = 0; r < m_source->rowCount(); ++r) {
        const LeadRow& row = m_source->row(r);
        built.push_back(collator.sortKey(column == LeadsModel::NameColumn      ? row.name
                                         : column == LeadsModel::CompanyColumn ? row.company
                                                                               : row.owner));
    }
    return m_keys.emplace(column, std::move(built)).first->second;
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
    // Text in the order of the user's language (Ł after L in Polish, Å after Z in Swedish),
    // through keys computed once: collating each comparison took 0.5 s on 100,000 leads.
    if (left.column() == LeadsModel::NameColumn || left.column() == LeadsModel::CompanyColumn ||
        left.column() == LeadsModel::OwnerColumn) {
        const auto& k = keys(left.column());
        return k[size_t(left.row())].compare(k[size_t(right.row())]) < 0;
    }
    return LeadsModel::less(m_source->row(left.row()), m_source->row(right.row()), left.column(),
                            m_source->now());
}

} // namespace leadloop
