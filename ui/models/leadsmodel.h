#pragma once

#include "sales/leadlist.h"

#include <QAbstractTableModel>
#include <vector>

namespace leadloop {

/// The leads table: one row per contact and deal (LeadList), shown formatted, sorted on raw
/// values through SortRole.
class LeadsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeadsModel)

public:
    enum Column
    {
        NameColumn,
        CompanyColumn,
        EmailColumn,
        OwnerColumn,
        CreatedColumn,
        ChannelColumn,
        CampaignColumn,
        StageColumn,
        OutcomeColumn,
        AmountColumn,
        DaysOpenColumn,
        ScoreColumn, ///< the lead score 0-100 (docs/scoring.md), empty when not scored
        TierColumn,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1,
        ContactRole, ///< the contact's LeadLoop id
        DealRole     ///< the deal's LeadLoop id, or null
    };

    explicit LeadsModel(QObject* parent = nullptr);

    /// Replaces every row.
    void setRows(std::vector<LeadRow> rows);
    /// Replaces the rows of the contacts that `rows` holds (re-read after a tag), in place when
    /// each contact keeps its number of rows, else by a reset.
    void updateRows(const std::vector<LeadRow>& rows);
    const LeadRow& row(int index) const { return m_rows[size_t(index)]; }
    /// The "now" days open are counted to (UTC ms); tests set it.
    void setNow(qint64 now) { m_now = now; }
    qint64 now() const { return m_now; }
    /// Whether `a` sorts before `b` by a column's raw value (SortRole's order).
    static bool less(const LeadRow& a, const LeadRow& b, int column, qint64 now);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// An amount as people read it: grouped digits in the user's locale, then the currency.
    static QString amountText(qint64 cents, const QString& currency);
    /// An outcome's name for people (Won, Lost, Open), translated.
    static QString outcomeName(const QString& outcome);

private:
    QVariant raw(const LeadRow& row, int column) const;
    QVariant display(const LeadRow& row, int column) const;

    std::vector<LeadRow> m_rows;
    qint64 m_now;
};

} // namespace leadloop
