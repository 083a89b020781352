#pragma once

#include "report/resulttable.h"

#include <QWidget>

class QTableView;

namespace leadloop {

class ResultTableModel;

/// A report's table with what every analysis table offers: sorting on raw values, Copy (as
/// tab-separated text for a spreadsheet) and Export CSV (as the CLI writes it).
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

private:
    ResultTableModel* m_model;
    QTableView* m_view;
};

} // namespace leadloop
