#include "restoredialog.h"

#include "models/snapshotsmodel.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace leadloop {

RestoreDialog::RestoreDialog(const QString& workspaceName, const Result<QList<Snapshot>>& snapshots,
                             const QString& folder, QWidget* parent)
    : QDialog(parent)
    , m_model(new SnapshotsModel(this))
    , m_table(new QTableView(this))
{
    setWindowTitle(tr("Restore %1").arg(workspaceName));
    auto* intro = new QLabel(this);
    intro->setObjectName(u"restoreIntro"_s);
    intro->setWordWrap(true);
    if (!snapshots)
        intro->setText(snapshots.error().message);
    else if (snapshots->isEmpty())
        intro->setText(tr("No snapshots of this workspace have been kept yet. LeadLoop keeps "
                          "one before every import, removal and upgrade, in %1.")
                           .arg(QDir::toNativeSeparators(folder)));
    else
        intro->setText(
            tr("LeadLoop kept these states of the workspace before each change. Restoring one "
               "puts the workspace back as it was then; the workspace as it is now is kept as a "
               "snapshot of its own, so nothing is lost."));
    if (snapshots)
        m_model->setSnapshots(*snapshots);

    m_table->setObjectName(u"snapshots"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(SnapshotsModel::BeforeColumn,
                                                      QHeaderView::Stretch);
    m_table->resizeColumnToContents(SnapshotsModel::TakenColumn);
    m_table->setColumnWidth(SnapshotsModel::TakenColumn,
                            m_table->columnWidth(SnapshotsModel::TakenColumn) + 24);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_restore = buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    m_restore->setObjectName(u"restoreButton"_s);
    m_restore->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_restore->setEnabled(m_table->selectionModel()->hasSelection()); });
    connect(m_table, &QAbstractItemView::doubleClicked, this, &QDialog::accept);
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(720, 380);
}

std::optional<Snapshot> RestoreDialog::chosen() const
{
    if (result() != QDialog::Accepted || !m_table->selectionModel()->hasSelection())
        return std::nullopt;
    return m_model->snapshot(m_table->selectionModel()->selectedRows().value(0).row());
}

} // namespace leadloop
