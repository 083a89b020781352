#pragma once

#include "analysisview.h"

namespace leadloop {

class FunnelChart;

/// The Funnel view: visitors, leads, opportunities and customers for the filter bar's period
/// and filters, drawn as a funnel with step rates, and the funnel report (docs/metrics.md,
/// "Funnel") by a chosen dimension with its median days between stages.
class FunnelView final : public AnalysisView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FunnelView)

public:
    explicit FunnelView(WorkspaceSession& session, QWidget* parent = nullptr);

    QComboBox* dimension() const { return m_dimension; }
    FunnelChart* chart() const { return m_chart; }

private:
    void startReport() override;
    void display(const ResultTable& table) override;
    DrillFigure drillFigure(int row, const QString& key) const override;

    QComboBox* m_dimension;
    QComboBox* m_position;
    FunnelChart* m_chart;
    PathQuery m_shownQuery; ///< what the table shows, for drilling into it
    attribution::Model m_shownModel = attribution::Model::Linear;
};

} // namespace leadloop
