#include "campaignspage.h"

#include "analytics/currencyconverter.h"
#include "commands/setcampaigncostcommand.h"
#include "models/campaignsmodel.h"
#include "models/leadsmodel.h"
#include "pagetitle.h"
#include "shell/workspacesession.h"
#include "store/workspace.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QtConcurrent/QtConcurrentRun>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace leadloop {

CampaignsPage::CampaignsPage(WorkspaceSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new CampaignsModel(this))
    , m_dayModel(new CampaignDaysModel(this))
    , m_campaigns(new QTableView(this))
    , m_days(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_daysTitle(new QLabel(this))
{
    auto* title = pageTitle(tr("Campaigns"), this);
    auto* import = new QPushButton(tr("&Import costs…"), this);
    import->setObjectName(u"importCosts"_s);
    connect(import, &QPushButton::clicked, this, &CampaignsPage::importRequested);
    auto* top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(import);

    auto* proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(CampaignsModel::SortRole);
    m_campaigns->setObjectName(u"campaignsView"_s);
    m_campaigns->setModel(proxy);
    m_campaigns->setSortingEnabled(true);
    m_campaigns->sortByColumn(CampaignsModel::CostColumn, Qt::DescendingOrder);
    m_campaigns->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_campaigns->setSelectionMode(QAbstractItemView::SingleSelection);
    m_campaigns->setAlternatingRowColors(true);
    m_campaigns->verticalHeader()->hide();
    m_campaigns->horizontalHeader()->setSectionResizeMode(CampaignsModel::NameColumn,
                                                          QHeaderView::Stretch);
    connect(m_campaigns->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CampaignsPage::showDays);

    m_days->setObjectName(u"campaignDaysView"_s);
    m_days->setModel(m_dayModel);
    m_days->setAlternatingRowColors(true);
    m_days->verticalHeader()->hide();
    m_days->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_days->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    m_dayModel->setEdit([this](const CampaignDay& day) {
        const qint64 campaign = currentCampaign();
        if (!campaign || !m_session.isOpen())
            return false;
        const QModelIndex current = m_campaigns->selectionModel()->currentIndex();
        const QString name = current.siblingAtColumn(CampaignsModel::NameColumn).data().toString();
        m_session.undoStack()->push(new SetCampaignCostCommand(
            m_session.workspace()->database(), campaign, name, day,
            [this](qint64 changed, const QString& error) {
                if (!error.isEmpty()) {
                    QMessageBox::warning(this, tr("Cost not changed"), error);
                    return;
                }
                m_keepCampaign = changed;
                reload();
            }));
        return true;
    });
    m_daysTitle->setObjectName(u"daysTitle"_s);
    auto* lower = new QWidget(this);
    auto* lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 6, 0, 0);
    lowerLayout->addWidget(m_daysTitle);
    lowerLayout->addWidget(m_days, 1);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_campaigns);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->addWidget(title);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    connect(&m_loader, &QFutureWatcherBase::finished, this, [this] {
        auto result = m_loader.result();
        const qint64 keep = m_keepCampaign ? m_keepCampaign : currentCampaign();
        if (result)
            m_model->setRows(std::move(result->rows), result->currency);
        else
            m_model->setRows({}, {});
        double cost = 0;
        int unmatched = 0;
        for (int i = 0; i < m_model->rowCount(); ++i) {
            cost += m_model->row(i).cost;
            unmatched += m_model->row(i).unmatched() ? 1 : 0;
        }
        QString text = tr("%1 campaigns, %2 spent in total.")
                           .arg(QLocale().toString(m_model->rowCount()),
                                LeadsModel::amountText(qint64(std::llround(cost * 100)),
                                                       result ? result->currency : QString()));
        if (unmatched > 0)
            text +=
                u' ' + tr("%Ln with cost but no sessions (shown in red).", nullptr, int(unmatched));
        if (!result)
            text = result.error().message;
        m_summary->setText(text);
        // Keep the campaign that was selected.
        auto* proxy = m_campaigns->model();
        for (int r = 0; r < proxy->rowCount(); ++r)
            if (proxy->index(r, 0).data(CampaignsModel::IdRole).toLongLong() == keep)
                m_campaigns->selectRow(r);
        m_keepCampaign = 0;
        showDays();
        emit loaded();
    });
    connect(&m_session, &WorkspaceSession::workspaceChanged, this, &CampaignsPage::reload);
    connect(&m_session, &WorkspaceSession::dataChanged, this, &CampaignsPage::reload);
    reload();
}

CampaignsPage::~CampaignsPage()
{
    m_loader.waitForFinished();
}

void CampaignsPage::reload()
{
    if (!m_session.isOpen()) {
        m_model->setRows({}, {});
        m_dayModel->setDays({});
        return;
    }
    m_loader.waitForFinished();
    const QString path = m_session.path();
    m_loader.setFuture(QtConcurrent::run(m_session.workers(), [path]() -> Result<Loaded> {
        auto reader = Workspace::open(path, Workspace::Access::ReadOnly);
        if (!reader)
            return reader.error();
        Database& db = (*reader)->database();
        auto rows = CampaignList::load(db);
        if (!rows)
            return rows.error();
        auto converter = CurrencyConverter::load(db);
        if (!converter)
            return converter.error();
        return Loaded{std::move(*rows), converter->reportingCurrency()};
    }));
}

void CampaignsPage::waitForLoaded()
{
    m_loader.waitForFinished();
    QCoreApplication::processEvents();
}

qint64 CampaignsPage::currentCampaign() const
{
    const QModelIndex current = m_campaigns->selectionModel()->currentIndex();
    return current.isValid() ? current.data(CampaignsModel::IdRole).toLongLong() : 0;
}

void CampaignsPage::showDays()
{
    const qint64 campaign = currentCampaign();
    if (!campaign || !m_session.isOpen()) {
        m_dayModel->setDays({});
        m_daysTitle->setText(tr("Select a campaign to see and edit its daily costs."));
        return;
    }
    auto days = CampaignList::days(m_session.workspace()->database(), campaign);
    if (!days) {
        m_dayModel->setDays({});
        m_daysTitle->setText(
            tr("The daily costs could not be read: %1").arg(days.error().message.toHtmlEscaped()));
        return;
    }
    m_dayModel->setDays(std::move(*days));
    const QModelIndex current = m_campaigns->selectionModel()->currentIndex();
    m_daysTitle->setText(
        tr("<b>Daily costs of %1</b> — double-click a cost to change it; Edit > Undo takes it "
           "back.")
            .arg(current.siblingAtColumn(CampaignsModel::NameColumn)
                     .data()
                     .toString()
                     .toHtmlEscaped()));
}

} // namespace leadloop
