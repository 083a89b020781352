#pragma once

#include "analysis/drillfigure.h"
#include "analytics/rateintervals.h"
#include "common/result.h"
#include "common/resulttable.h"

#include <functional>
#include <QWidget>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QSplitter;

namespace leadloop {

class AnalysisFilterBar;
class Database;
class ReportRunner;
class ResultTableView;
class WorkspaceSession;

/// What the Funnel, Channels, Attribution and Deals views share: a title, the filter bar, a row
/// of choices with a status line (and Save chart… when there is a chart to save), the view's
/// charts over its table, its report run on a worker with any error shown in the status line,
/// and drilling into a figure. A view adds only its choices, its charts and its columns.
class AnalysisView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnalysisView)

public:
    AnalysisFilterBar* filterBar() const { return m_filter; }
    ResultTableView* table() const { return m_table; }
    /// Runs the report again (on a worker thread), unless no workspace is open.
    void refresh();
    /// Blocks until the report shown is the latest asked for (tests).
    void waitForReport();

signals:
    /// A report's table and charts are on screen.
    void shown();
    /// A figure of the table was double-clicked: list what is behind it.
    void drillDown(const DrillFigure& figure);

protected:
    /// `withModel`: the filter bar offers the attribution model and lookback.
    AnalysisView(WorkspaceSession& session, const QString& title, bool withModel, QWidget* parent);
    ~AnalysisView() override;

    /// A choice in the row above the charts, after `label` (none when empty); once start() has
    /// run, changing it runs the report again.
    QComboBox* addChoice(const QString& label, const QString& objectName);
    /// The view's charts, above the table at `height` pixels; `save` (when set) writes the main
    /// chart to a PNG or SVG file, `fileName` being the name offered.
    void setCharts(QWidget* charts, int height, std::function<bool(const QString& path)> save = {},
                   const QString& fileName = {});
    /// Starts following the workspace and the filter bar; the last line of a view's
    /// constructor (refresh() calls the view's own functions).
    void start();

    /// Runs `report`; when its table arrives (and is still the latest asked for), `accepted`
    /// records what was asked (for drilling) and display() shows it.
    void runReport(std::function<Result<ResultTable>(Database&)> report,
                   std::function<void()> accepted);
    void setStatus(const QString& text);
    /// With two rows of the table selected, the line under it compares their `rate` in plain
    /// words, prefixed by `what` ("Lead to customer"); otherwise it says how to ask for that.
    void compareSelectedRows(const RateIntervals::Rate& rate, const QString& what);
    /// No comparison under the table from now on.
    void stopComparing();

    /// Asks for the view's report with the current choices (through runReport).
    virtual void startReport() = 0;
    /// Shows a report's table: columns that drill, charts, the status line.
    virtual void display(const ResultTable& table) = 0;
    /// What is behind the figure in `row` and the column `key`.
    virtual DrillFigure drillFigure(int row, const QString& key) const = 0;

    WorkspaceSession& session() const { return m_session; }

private:
    WorkspaceSession& m_session;
    AnalysisFilterBar* m_filter;
    ResultTableView* m_table;
    QLabel* m_status;
    QHBoxLayout* m_choices;
    QList<QComboBox*> m_boxes;
    QSplitter* m_splitter;
    ReportRunner* m_runner;
    std::optional<std::pair<RateIntervals::Rate, QString>> m_compared;
    void showComparison();
};

} // namespace leadloop
