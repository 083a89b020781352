#pragma once

#include "analysisview.h"

namespace leadloop {

class BarChart;

/// The Channels view: the channels report (docs/metrics.md, "Channels") for the filter bar's
/// period, filters and model, by a chosen dimension, as two bar charts (revenue and cost; leads
/// and customers) and a table with every ROI column.
class ChannelsView final : public AnalysisView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChannelsView)

public:
    explicit ChannelsView(WorkspaceSession& session, QWidget* parent = nullptr);

    QComboBox* dimension() const { return m_dimension; }
    BarChart* moneyChart() const { return m_money; }

private:
    void startReport() override;
    void display(const ResultTable& table) override;
    DrillFigure drillFigure(int row, const QString& key) const override;

    QComboBox* m_dimension;
    BarChart* m_money;
    BarChart* m_counts;
    PathQuery m_shownQuery; ///< what the table shows, for drilling into it
    attribution::Model m_shownModel = attribution::Model::Linear;
};

} // namespace leadloop
