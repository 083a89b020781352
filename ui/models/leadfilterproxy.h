#pragma once

#include "sales/leadfilter.h"

#include <map>
#include <QCollatorSortKey>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <vector>

namespace leadloop {

class LeadsModel;

/// Shows the leads a LeadFilter keeps, sorted on the model's raw values.
class LeadFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeadFilterProxy)

public:
    explicit LeadFilterProxy(LeadsModel* source, QObject* parent = nullptr);

    const LeadFilter& filter() const { return m_filter; }
    void setFilter(const LeadFilter& filter);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    /// Compares the rows' raw values directly (no QVariant per comparison).
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    /// The collation keys of a text column (name, company, owner) in the user's language,
    /// computed once per column and dropped when the rows or the language change.
    const std::vector<QCollatorSortKey>& keys(int column) const;

    LeadsModel* m_source;
    LeadFilter m_filter;
    mutable std::map<int, std::vector<QCollatorSortKey>> m_keys;
    mutable QLocale m_keysLocale;
};

} // namespace leadloop
