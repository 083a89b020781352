#pragma once

#include "analytics/campaignlist.h"

#include <QAbstractTableModel>

namespace leadloop {

/// Campaigns with channel, dates, total cost and sessions; cost without sessions is flagged.
class CampaignsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignsModel)

public:
    enum Column
    {
        NameColumn,
        SourceColumn,
        MediumColumn,
        ChannelColumn,
        FromColumn,
        ToColumn,
        CostColumn,
        SessionsColumn,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1,
        IdRole
    };

    explicit CampaignsModel(QObject* parent = nullptr);
    void setRows(std::vector<CampaignRow> rows, QString currency);
    const CampaignRow& row(int index) const { return m_rows[size_t(index)]; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<CampaignRow> m_rows;
    QString m_currency;
};

/// One campaign's daily costs; the cost cell is editable, each edit going through `edit`
/// (an undoable command) rather than into the model directly.
class CampaignDaysModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignDaysModel)

public:
    enum Column
    {
        DayColumn,
        CostColumn,
        CurrencyColumn,
        ClicksColumn,
        ImpressionsColumn,
        ColumnCount
    };
    using Edit = std::function<bool(const CampaignDay& day)>;

    explicit CampaignDaysModel(QObject* parent = nullptr);
    void setDays(std::vector<CampaignDay> days);
    void setEdit(Edit edit) { m_edit = std::move(edit); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<CampaignDay> m_days;
    Edit m_edit;
};

} // namespace leadloop
