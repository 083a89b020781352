#pragma once

#include "analysis/drillfigure.h"
#include "common/resulttable.h"

#include <QWidget>

class QComboBox;
class QLabel;

namespace leadloop {

class AnalysisFilterBar;
class BarChart;
class ReportRunner;
class ResultTableView;
class WorkspaceSession;

/// The Deals view, for the sales manager: the deals report (docs/metrics.md, "Deals") by owner,
/// product, account, channel, stage or lost reason, as won value and win rate charts and the
/// full table (deals, open, won, lost, win rate, average won deal, median days to close).
class DealsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DealsView)

public:
    explicit DealsView(WorkspaceSession& session, QWidget* parent = nullptr);

    AnalysisFilterBar* filterBar() const { return m_filter; }
    QComboBox* dimension() const { return m_dimension; }
    ResultTableView* table() const { return m_table; }
    void refresh();
    void waitForReport();

signals:
    /// A figure of the table was double-clicked: list what is behind it.
    void drillDown(const DrillFigure& figure);

private:
    void display(const ResultTable& table);

    WorkspaceSession& m_session;
    AnalysisFilterBar* m_filter;
    QComboBox* m_dimension;
    BarChart* m_value;
    BarChart* m_rate;
    ResultTableView* m_table;
    QLabel* m_status;
    ReportRunner* m_runner;
    PathQuery m_shownQuery; ///< what the table shows, for drilling into it
    attribution::Model m_shownModel = attribution::Model::Linear;
};

} // namespace leadloop
