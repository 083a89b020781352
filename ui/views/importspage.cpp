#include "importspage.h"

#include "models/importbatchesmodel.h"
#include "pagetitle.h"
#include "shell/workspacesession.h"
#include "store/workspace.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace leadloop {

ImportsPage::ImportsPage(WorkspaceSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new ImportBatchesModel(this))
{
    auto* title = pageTitle(tr("Imports"), this);
    auto* hint = new QLabel(tr("Every batch of data brought into this workspace. A batch is "
                               "stored whole or not at all."),
                            this);
    hint->setWordWrap(true);

    auto* proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(ImportBatchesModel::SortRole);
    auto* table = new QTableView(this);
    table->setObjectName(u"importBatchesView"_s);
    table->setModel(proxy);
    table->setSortingEnabled(true);
    table->sortByColumn(ImportBatchesModel::IdColumn, Qt::DescendingOrder);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(ImportBatchesModel::SourceColumn,
                                                    QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(ImportBatchesModel::StartedColumn,
                                                    QHeaderView::ResizeToContents);
    table->setAlternatingRowColors(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);

    auto* import = new QPushButton(tr("&Import…"), this);
    import->setObjectName(u"importButton"_s);
    connect(import, &QPushButton::clicked, this, &ImportsPage::importRequested);
    auto* top = new QHBoxLayout;
    top->addWidget(hint, 1);
    top->addWidget(import);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->addWidget(title);
    layout->addLayout(top);
    layout->addWidget(table, 1);

    connect(&m_session, &WorkspaceSession::workspaceChanged, this, &ImportsPage::refresh);
    connect(&m_session, &WorkspaceSession::countsChanged, this, &ImportsPage::refresh);
    connect(&m_session, &WorkspaceSession::dataChanged, this, &ImportsPage::refresh);
    refresh();
}

void ImportsPage::refresh()
{
    if (!m_session.isOpen()) {
        m_model->setBatches({});
        return;
    }
    auto batches = ImportBatches::list(m_session.workspace()->database());
    m_model->setBatches(batches.ok() ? batches.value() : QList<ImportBatch>{});
}

} // namespace leadloop
