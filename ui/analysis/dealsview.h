#pragma once

#include "analysisview.h"

namespace leadloop {

class BarChart;

/// The Deals view, for the sales manager: the deals report (docs/metrics.md, "Deals") by owner,
/// product, account, channel, stage or lost reason, as won value and win rate charts and the
/// full table (deals, open, won, lost, win rate, average won deal, median days to close).
class DealsView final : public AnalysisView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DealsView)

public:
    explicit DealsView(WorkspaceSession& session, QWidget* parent = nullptr);

    QComboBox* dimension() const { return m_dimension; }

private:
    void startReport() override;
    void display(const ResultTable& table) override;
    DrillFigure drillFigure(int row, const QString& key) const override;

    QComboBox* m_dimension;
    BarChart* m_value;
    BarChart* m_rate;
    PathQuery m_shownQuery; ///< what the table shows, for drilling into it
};

} // namespace leadloop
