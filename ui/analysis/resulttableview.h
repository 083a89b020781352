#pragma once

#include "common/resulttable.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace leadloop {

class ResultTableModel;

/// A report's table with what every analysis table offers: sorting on raw values, Copy (as
/// tab-separated text for a spreadsheet), Export CSV (as the CLI writes it) and XLSX, and
/// drilling into
/// a figure by double-clicking it (or Enter).
class ResultTableView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultTableView)

public:
    explicit ResultTableView(QWidget* parent = nullptr);
    void setTable(ResultTable table);
    ResultTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    /// Copies the whole table to the clipboard.
    void copy() const;
    /// Writes the table as CSV; false when the file cannot be written.
    bool exportCsv(const QString& path) const;
    /// Writes the table as an .xlsx workbook; false when the file cannot be written.
    bool exportXlsx(const QString& path) const;
    /// Asks to drill into the figure at a cell of the view (a proxy index), when it is drillable.
    void drill(const QModelIndex& viewIndex);
    /// The report's rows with a selected cell, ascending (rows of the table, not of the view).
    QList<int> selectedRows() const;
    /// A line beside the table's buttons (a comparison, a hint); empty hides it.
    void setNote(const QString& text);
    QString note() const;

signals:
    /// The selection changed (selectedRows()).
    void rowsSelected();
    /// A drillable figure was chosen: its row in the report's table and its column's key.
    void drillRequested(int row, const QString& key);

private:
    ResultTableModel* m_model;
    QTableView* m_view;
    QLabel* m_note;
};

} // namespace leadloop
