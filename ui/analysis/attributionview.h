#pragma once

#include "analysisview.h"

namespace leadloop {

class BarChart;

/// The Attribution view: every model side by side for a conversion kind (docs/metrics.md,
/// "Attribution"), as a table in which each row's highest and lowest credit stand out (each with
/// its bootstrap interval as a tooltip), a chart of four representative models with error bars,
/// and a plain-language line on each model.
class AttributionView final : public AnalysisView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttributionView)

public:
    explicit AttributionView(WorkspaceSession& session, QWidget* parent = nullptr);

    QComboBox* conversion() const { return m_conversion; }
    QComboBox* dimension() const { return m_dimension; }
    /// The bootstrap's resamples: 200 (the default) or none.
    QComboBox* intervals() const { return m_intervals; }
    BarChart* chart() const { return m_chart; }
    /// One sentence on what a model does, for people (translated).
    static QString explanation(const QString& modelId);

private:
    void startReport() override;
    void display(const ResultTable& table) override;
    DrillFigure drillFigure(int row, const QString& key) const override;

    QComboBox* m_conversion;
    QComboBox* m_dimension;
    QComboBox* m_intervals;
    BarChart* m_chart;
    PathQuery m_shownQuery; ///< what the table shows, for drilling into it
    attribution::Model m_shownModel = attribution::Model::Linear;
};

} // namespace leadloop
