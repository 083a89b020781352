#pragma once

#include "analysisview.h"

class QStackedWidget;

namespace leadloop {

class BarChart;
class LineChart;

/// The Cohorts view: how long people take from one step to another (docs/metrics.md, "Time to
/// convert"), as a histogram with percentiles by group or by the first step's week or month;
/// and the cohort triangle ("Cohorts") of cumulative leads, customers or revenue by periods
/// since the first visit or the lead, shown as a heat map with each cohort's curve.
class CohortsView final : public AnalysisView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CohortsView)

public:
    explicit CohortsView(WorkspaceSession& session, QWidget* parent = nullptr);

    /// Time to convert (0) or the cohort triangle (1).
    QComboBox* mode() const { return m_show; }
    QComboBox* from() const { return m_from; }
    QComboBox* to() const { return m_to; }
    QComboBox* groups() const { return m_groups; }
    QComboBox* startStep() const { return m_start; }
    QComboBox* period() const { return m_period; }
    QComboBox* metric() const { return m_metric; }
    BarChart* histogram() const { return m_histogram; }
    LineChart* curves() const { return m_curves; }
    /// The heat map's colour of a triangle cell: its share of the largest (0 to 1; tests).
    double heat(int row, int column) const;

private:
    bool isTriangle() const;
    void showChoices();
    void startReport() override;
    void display(const ResultTable& table) override;
    DrillFigure drillFigure(int row, const QString& key) const override;
    void displayTimes(const ResultTable& table);
    void displayTriangle(const ResultTable& table);

    QComboBox* m_show;
    QComboBox* m_from;
    QComboBox* m_to;
    QComboBox* m_groups;
    QComboBox* m_start;
    QComboBox* m_period;
    QComboBox* m_metric;
    QStackedWidget* m_charts;
    BarChart* m_histogram;
    LineChart* m_curves;
    bool m_showingTriangle = false;
};

} // namespace leadloop
