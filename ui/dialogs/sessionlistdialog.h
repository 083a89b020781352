#pragma once

#include "common/resulttable.h"

#include <QDialog>

class QLabel;

namespace leadloop {

class ResultTableView;

/// The sessions behind a report's figure (docs/metrics.md, "Drilling down"): a table that can be
/// copied and exported like every analysis table, under a line naming the figure.
class SessionListDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionListDialog)

public:
    SessionListDialog(const QString& description, QWidget* parent = nullptr);
    /// Shows the sessions (DrillDown::run's table), or why there are none.
    void setTable(const ResultTable& table);
    void setError(const QString& message);
    ResultTableView* table() const { return m_table; }
    QLabel* status() const { return m_status; }

private:
    ResultTableView* m_table;
    QLabel* m_status;
};

} // namespace leadloop
