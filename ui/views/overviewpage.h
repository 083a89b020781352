#pragma once

#include <QWidget>

class QLabel;
class QGridLayout;

namespace leadloop {

class TableCountsModel;
class WorkspaceSession;

/// The workspace at a glance: what it holds (visitors, sessions, leads, deals, campaigns) and
/// the row count of every table.
class OverviewPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewPage)

public:
    OverviewPage(WorkspaceSession& session, QWidget* parent = nullptr);

private:
    void refresh();
    QLabel* addFigure(QGridLayout* grid, int index, const QString& caption);

    WorkspaceSession& m_session;
    TableCountsModel* m_model;
    QLabel* m_title;
    QList<std::pair<QString, QLabel*>> m_figures; // table name, value label
};

} // namespace leadloop
