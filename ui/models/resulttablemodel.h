#pragma once

#include "common/resulttable.h"

#include <functional>
#include <QAbstractTableModel>
#include <QSet>

namespace leadloop {

/// Any report's ResultTable as an item model: titles as headers, numbers formatted for the
/// user's locale (SortRole keeps the raw values), and the whole table as CSV or tab-separated
/// text for the clipboard.
class ResultTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultTableModel)

public:
    enum Role
    {
        SortRole = Qt::UserRole + 1,
        KeyRole ///< on a header: the column's key
    };

    explicit ResultTableModel(QObject* parent = nullptr);
    void setTable(ResultTable table);
    const ResultTable& table() const { return m_table; }
    /// The column of a key, or -1.
    int column(const QString& key) const;
    /// Extra roles for cells (a background to highlight, a tooltip), computed by the view that
    /// owns the model; returns an invalid QVariant for "nothing special".
    using Decorate = std::function<QVariant(int row, int column, int role)>;
    void setDecorate(Decorate decorate) { m_decorate = std::move(decorate); }
    /// The columns whose non-zero figures can be drilled into: underlined, with a tooltip.
    void setDrillable(QSet<QString> keys) { m_drillable = std::move(keys); }
    /// Whether a cell is a figure that can be drilled into.
    bool isDrillable(const QModelIndex& index) const;

    /// The table as RFC 4180 CSV (as the CLI writes it) or tab-separated text for pasting.
    QByteArray csv() const;
    QString tabSeparated() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    ResultTable m_table;
    QSet<QString> m_drillable;
    Decorate m_decorate;
};

} // namespace leadloop
