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

/// The Attribution view: every model side by side for a conversion kind (docs/metrics.md,
/// "Attribution"), as a table in which each row's highest and lowest credit stand out, a chart
/// of four representative models, and a plain-language line on each model.
class AttributionView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttributionView)

public:
    explicit AttributionView(WorkspaceSession& session, QWidget* parent = nullptr);

    AnalysisFilterBar* filterBar() const { return m_filter; }
    QComboBox* conversion() const { return m_conversion; }
    QComboBox* dimension() const { return m_dimension; }
    ResultTableView* table() const { return m_table; }
    BarChart* chart() const { return m_chart; }
    void refresh();
    void waitForReport();
    /// One sentence on what a model does, for people (translated).
    static QString explanation(const QString& modelId);

signals:
    /// A figure of the table was double-clicked: list what is behind it.
    void drillDown(const DrillFigure& figure);

private:
    void display(const ResultTable& table);

    WorkspaceSession& m_session;
    AnalysisFilterBar* m_filter;
    QComboBox* m_conversion;
    QComboBox* m_dimension;
    BarChart* m_chart;
    ResultTableView* m_table;
    QLabel* m_status;
    ReportRunner* m_runner;
    PathQuery m_shownQuery; ///< what the table shows, for drilling into it
    attribution::Model m_shownModel = attribution::Model::Linear;
};

} // namespace leadloop
