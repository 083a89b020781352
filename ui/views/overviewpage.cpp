#include "overviewpage.h"

#include "models/tablecountsmodel.h"
#include "shell/workspacesession.h"

#include <QFrame>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace leadloop {

OverviewPage::OverviewPage(WorkspaceSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new TableCountsModel(this))
    , m_title(new QLabel(this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    auto* grid = new QGridLayout;
    grid->setSpacing(12);
    const QList<std::pair<QString, QString>> figures = {
        {u"visitors"_s, tr("Visitors")},    {u"sessions"_s, tr("Sessions")},
        {u"pageviews"_s, tr("Page views")}, {u"contacts"_s, tr("Leads")},
        {u"deals"_s, tr("Deals")},          {u"campaigns"_s, tr("Campaigns")}};
    for (int i = 0; i < figures.size(); ++i)
        m_figures.append({figures[i].first, addFigure(grid, i, figures[i].second)});

    auto* proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(TableCountsModel::SortRole);
    auto* table = new QTableView(this);
    table->setObjectName(u"tableCountsView"_s);
    table->setModel(proxy);
    table->setSortingEnabled(true);
    table->sortByColumn(TableCountsModel::TableColumn, Qt::AscendingOrder);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(TableCountsModel::TableColumn,
                                                    QHeaderView::Stretch);
    table->setAlternatingRowColors(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);

    auto* tablesLabel = new QLabel(tr("What the workspace holds"), this);
    QFont bold = tablesLabel->font();
    bold.setBold(true);
    tablesLabel->setFont(bold);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->addWidget(m_title);
    layout->addLayout(grid);
    layout->addSpacing(8);
    layout->addWidget(tablesLabel);
    layout->addWidget(table, 1);

    connect(&m_session, &WorkspaceSession::countsChanged, this, &OverviewPage::refresh);
    connect(&m_session, &WorkspaceSession::workspaceChanged, this, &OverviewPage::refresh);
    refresh();
}

QLabel* OverviewPage::addFigure(QGridLayout* grid, int index, const QString& caption)
{
    auto* card = new QFrame(this);
    card->setFrameShape(QFrame::StyledPanel);
    card->setMinimumWidth(150);
    auto* value = new QLabel(u"–"_s, card);
    QFont big = value->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    value->setFont(big);
    auto* label = new QLabel(caption, card);
    auto* column = new QVBoxLayout(card);
    column->addWidget(value);
    column->addWidget(label);
    grid->addWidget(card, index / 3, index % 3);
    return value;
}

void OverviewPage::refresh()
{
    m_title->setText(m_session.isOpen() ? tr("Workspace “%1”").arg(m_session.displayName())
                                        : tr("No workspace open"));
    m_model->setCounts(m_session.tableCounts());
    const bool counted = !m_session.tableCounts().isEmpty();
    for (const auto& [table, label] : m_figures)
        label->setText(counted ? QLocale().toString(m_session.rowCount(table)) : u"–"_s);
}

} // namespace leadloop
