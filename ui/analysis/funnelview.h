#pragma once

#include "analysisview.h"
#include "analytics/customfunnel.h"

#include <optional>
#include <vector>

class QPushButton;
class QTimer;

namespace leadloop {

class FunnelChart;
class FunnelStepEditor;
class ReportRunner;

/// The Funnel view: the standard funnel (visitors, leads, opportunities and customers by a
/// dimension, docs/metrics.md "Funnel") or a custom funnel of web and CRM steps ("Custom
/// funnels"), chosen from the funnels saved in the workspace or made anew in a step editor whose
/// every change previews at once. Each rate carries its 95 % Wilson interval; double-clicking a
/// step's people or drop-off lists those people.
class FunnelView final : public AnalysisView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FunnelView)

public:
    explicit FunnelView(WorkspaceSession& session, QWidget* parent = nullptr);

    QComboBox* dimension() const { return m_dimension; }
    /// The funnel shown: the standard one, a saved one by name, or a new one.
    QComboBox* funnel() const { return m_funnel; }
    QComboBox* breakdown() const { return m_breakdown; }
    FunnelChart* chart() const { return m_chart; }
    FunnelStepEditor* editor() const { return m_editor; }
    /// Saves the funnel being edited under `name` (one undoable step of the workspace).
    void saveFunnel(const QString& name);
    /// Removes the saved funnel shown (one undoable step).
    void removeFunnel();
    /// Blocks until the saved funnels are listed (tests).
    void waitForSavedFunnels();

private:
    void startReport() override;
    void display(const ResultTable& table) override;
    DrillFigure drillFigure(int row, const QString& key) const override;

    bool isCustom() const;
    /// Shows the funnel chosen in the Funnel box: the editor for a custom one.
    void showChosenFunnel();
    /// Lists the saved funnels again, then shows `select` (a name; empty: keep the choice).
    void loadSavedFunnels(const QString& select = {});
    void displayStandard(const ResultTable& table);
    void displayCustom(const ResultTable& table);

    QComboBox* m_funnel;
    QComboBox* m_dimension;
    QComboBox* m_position;
    QComboBox* m_breakdown;
    FunnelChart* m_chart;
    FunnelStepEditor* m_editor;
    QWidget* m_editorPanel;
    QPushButton* m_save;
    QPushButton* m_remove;
    QTimer* m_preview;
    ReportRunner* m_savedRunner;
    std::vector<FunnelDefinition> m_saved;
    PathQuery m_shownQuery; ///< what the table shows, for drilling into it
    attribution::Model m_shownModel = attribution::Model::Linear;
    std::optional<CustomFunnel::Query> m_shownCustom; ///< the custom funnel shown, for drilling
};

} // namespace leadloop
