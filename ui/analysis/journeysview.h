#pragma once

#include "analytics/journeyreport.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QTabWidget;

namespace leadloop {

class ReportRunner;
class ResultTableView;
class TimelineChart;
class WorkspaceSession;

/// The Journeys view: pick a contact (search by name, e-mail or company) and see everything that
/// happened to them (docs/metrics.md, "Journey") as lanes on a time axis (visits by channel,
/// pages, conversions, CRM stages and tags, identity decisions), the event list, and how each
/// model credited this journey's touches.
class JourneysView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JourneysView)

public:
    explicit JourneysView(WorkspaceSession& session, QWidget* parent = nullptr);

    /// Shows the journey of a lead named as the CLI names it (e-mail, contact:ID, deal:ID).
    void showLead(const QString& lead);
    void waitForReport();
    TimelineChart* timeline() const { return m_timeline; }
    ResultTableView* events() const { return m_events; }
    ResultTableView* credit() const { return m_credit; }
    ResultTableView* score() const { return m_score; }

private:
    void fillCompleter();
    void display(const Journey& journey);
    void showScore(const Result<ResultTable>& score);

    WorkspaceSession& m_session;
    QLineEdit* m_search;
    QLabel* m_status;
    TimelineChart* m_timeline;
    ResultTableView* m_events;
    ResultTableView* m_credit;
    ResultTableView* m_score; ///< the lead score's factors (docs/scoring.md)
    QTabWidget* m_tables;
    ReportRunner* m_runner;
    ReportRunner* m_searchRunner; ///< the names the search offers
    ReportRunner* m_scoreRunner;  ///< the shown lead's score
};

} // namespace leadloop
