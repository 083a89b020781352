#pragma once

#include "analytics/reportfilter.h"
#include "common/resulttable.h"

#include <QWidget>

class QLabel;

namespace leadloop {

class AnalysisFilterBar;
class BarChart;
class FunnelChart;
class LineChart;
class ReportRunner;
class WorkspaceSession;

/// The Dashboard: the period's headline figures with their change against the period before
/// (docs/metrics.md, "Headlines"), a small funnel and revenue against cost by channel, and, on a
/// second tab, what the workspace holds.
class DashboardView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardView)

public:
    explicit DashboardView(WorkspaceSession& session, QWidget* parent = nullptr);

    AnalysisFilterBar* filterBar() const { return m_filter; }
    /// The headline table as last shown (tests compare it with the CLI).
    const ResultTable& headlines() const { return m_headlines; }
    /// A tile's value and change text, by metric key (tests).
    QString tileText(const QString& metric) const;
    LineChart* trend() const { return m_trend; }
    BarChart* channels() const { return m_channels; }
    /// The best and worst campaigns by ROI as shown (tests).
    QString campaignsText() const;
    void refresh();
    void waitForReport();

private:
    void showHeadlines(const ResultTable& table);
    /// Shows why the headline figures could not be read, in place of stale figures.
    void showHeadlineError(const QString& message);
    void refreshLower(const ReportFilter& filter);

    WorkspaceSession& m_session;
    AnalysisFilterBar* m_filter;
    /// One headline tile: its metric key, the figure, and the caption under it.
    struct Tile
    {
        QString key;
        QString caption;
        QLabel* value;
        QLabel* label;
    };
    QList<Tile> m_tiles;
    FunnelChart* m_funnel;
    BarChart* m_channels;
    LineChart* m_trend;
    QLabel* m_campaigns;
    QLabel* m_coverage; ///< what revenue leaves out, or why the figures could not be read
    ReportRunner* m_headlineRunner;
    ReportRunner* m_funnelRunner;
    ReportRunner* m_channelRunner;
    ReportRunner* m_trendRunner;
    ReportRunner* m_campaignRunner;
    ResultTable m_headlines;
};

} // namespace leadloop
