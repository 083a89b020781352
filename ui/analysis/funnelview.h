#pragma once

#include "analysis/drillfigure.h"
#include "common/resulttable.h"

#include <QWidget>

class QComboBox;
class QLabel;

namespace leadloop {

class AnalysisFilterBar;
class FunnelChart;
class ReportRunner;
class ResultTableView;
class WorkspaceSession;

/// The Funnel view: visitors, leads, opportunities and customers for the filter bar's period
/// and filters, drawn as a funnel with step rates, and the funnel report (docs/metrics.md,
/// "Funnel") by a chosen dimension with its median days between stages.
class FunnelView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FunnelView)

public:
    explicit FunnelView(WorkspaceSession& session, QWidget* parent = nullptr);

    AnalysisFilterBar* filterBar() const { return m_filter; }
    QComboBox* dimension() const { return m_dimension; }
    ResultTableView* table() const { return m_table; }
    FunnelChart* chart() const { return m_chart; }
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
    QComboBox* m_position;
    FunnelChart* m_chart;
    ResultTableView* m_table;
    QLabel* m_status;
    ReportRunner* m_runner;
    PathQuery m_shownQuery; ///< what the table shows, for drilling into it
    attribution::Model m_shownModel = attribution::Model::Linear;
};

} // namespace leadloop
