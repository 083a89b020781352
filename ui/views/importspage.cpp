#include "importspage.h"

#include "models/importbatchesmodel.h"
#include "pagetitle.h"
#include "scoring/leadscoring.h"
#include "shell/workspacesession.h"
#include "store/batchremoval.h"
#include "store/workspace.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
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
    , m_message(new QLabel(this))
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
    m_table = table;
    m_confirm = [this](const QString& question) {
        return QMessageBox::question(this, tr("Remove import"), question) == QMessageBox::Yes;
    };
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
    auto* remove = new QPushButton(tr("&Remove…"), this);
    remove->setObjectName(u"removeButton"_s);
    remove->setToolTip(tr("Remove the selected import and everything it brought."));
    connect(remove, &QPushButton::clicked, this, [this] {
        const QString result = removeSelected();
        if (!result.isEmpty())
            QMessageBox::information(this, tr("Remove import"), result);
    });
    top->addWidget(remove);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->addWidget(title);
    layout->addLayout(top);
    m_message->setObjectName(u"importsMessage"_s);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(u"color: #b00020"_s);
    m_message->hide();
    layout->addWidget(m_message);
    layout->addWidget(table, 1);

    connect(&m_session, &WorkspaceSession::workspaceChanged, this, &ImportsPage::refresh);
    connect(&m_session, &WorkspaceSession::countsChanged, this, &ImportsPage::refresh);
    connect(&m_session, &WorkspaceSession::dataChanged, this, &ImportsPage::refresh);
    refresh();
}

QString ImportsPage::removeSelected()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid() || !m_session.isOpen())
        return tr("Select the import to remove.");
    const qint64 batch = current.siblingAtColumn(ImportBatchesModel::IdColumn)
                             .data(ImportBatchesModel::SortRole)
                             .toLongLong();
    const QString path = m_session.path();
    Database& db = m_session.workspace()->database();
    auto blocked = BatchRemoval::blocker(db, batch);
    if (!blocked)
        return blocked.error().message;
    if (*blocked)
        return **blocked;
    auto preview = BatchRemoval::preview(db, batch);
    if (!preview)
        return preview.error().message;
    QStringList what;
    for (const auto& [table, rows] : *preview)
        what.append(tr("%Ln rows of %1", nullptr, int(rows)).arg(table));
    if (!m_confirm(tr("Remove import %1 and everything it brought (%2)? This cannot be undone.")
                       .arg(batch)
                       .arg(what.isEmpty() ? tr("no rows") : what.join(u", "_s))))
        return {};
    // The question ran an event loop: the workspace may have been closed or replaced meanwhile.
    if (!m_session.isOpen() || m_session.path() != path)
        return tr("The workspace was closed; nothing was removed.");
    auto removed = BatchRemoval::remove(*m_session.workspace(), batch);
    if (!removed)
        return removed.error().message;
    // The open leads' scores follow the data (docs/scoring.md, "Scores").
    auto scored = LeadScoring::rescore(m_session.workspace()->database(),
                                       QDateTime::currentMSecsSinceEpoch());
    m_session.refreshCounts();
    m_session.notifyDataChanged();
    if (!scored)
        return tr("Import %1 was removed, but the lead scores could not be computed again: %2")
            .arg(batch)
            .arg(scored.error().message);
    return tr("Import %1 was removed.").arg(batch);
}

void ImportsPage::refresh()
{
    if (!m_session.isOpen()) {
        m_model->setBatches({});
        return;
    }
    auto batches = ImportBatches::list(m_session.workspace()->database());
    m_model->setBatches(batches.ok() ? batches.value() : QList<ImportBatch>{});
    m_message->setText(
        batches ? QString() : tr("The imports could not be read: %1").arg(batches.error().message));
    m_message->setVisible(!batches);
}

} // namespace leadloop
