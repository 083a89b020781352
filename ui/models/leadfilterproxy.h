#pragma once

#include "sales/leadfilter.h"

#include <QSortFilterProxyModel>

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
    LeadsModel* m_source;
    LeadFilter m_filter;
};

} // namespace leadloop
