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

/// The Channels view: the channels report (docs/metrics.md, "Channels") for the filter bar's
/// period, filters and model, by a chosen dimension, as two bar charts (revenue and cost; leads
/// and customers) and a table with every ROI column.
class ChannelsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChannelsView)

public:
    explicit ChannelsView(WorkspaceSession& session, QWidget* parent = nullptr);

    AnalysisFilterBar* filterBar() const { return m_filter; }
    QComboBox* dimension() const { return m_dimension; }
    ResultTableView* table() const { return m_table; }
    BarChart* moneyChart() const { return m_money; }
    /// Runs the report again (on a worker thread).
    void refresh();
    /// Blocks until the report shown is the latest asked for (tests).
    void waitForReport();

signals:
    void shown();
    /// A figure of the table was double-clicked: list what is behind it.
    void drillDown(const DrillFigure& figure);

private:
    void display(const ResultTable& table);

    WorkspaceSession& m_session;
    AnalysisFilterBar* m_filter;
    QComboBox* m_dimension;
    BarChart* m_money;
    BarChart* m_counts;
    ResultTableView* m_table;
    QLabel* m_status;
    ReportRunner* m_runner;
    PathQuery m_shownQuery; ///< what the table shows, for drilling into it
    attribution::Model m_shownModel = attribution::Model::Linear;
};

} // namespace leadloop
