#include "resulttableview.h"

#include "export/xlsxexport.h"
#include "models/resulttablemodel.h"

#include <algorithm>
#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace leadloop {

ResultTableView::ResultTableView(QWidget* parent)
    : QWidget(parent)
    , m_model(new ResultTableModel(this))
    , m_view(new QTableView(this))
    , m_note(new QLabel(this))
{
    m_note->setObjectName(u"note"_s);
    m_note->setWordWrap(true);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_note->hide();
    auto* proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(ResultTableModel::SortRole);
    m_view->setModel(proxy);
    m_view->setSortingEnabled(true);
    // The report's own order (largest first) until the user clicks a header.
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    proxy->sort(-1);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    connect(m_view, &QTableView::activated, this, &ResultTableView::drill);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ResultTableView::rowsSelected);
    auto* copy = new QPushButton(tr("&Copy table"), this);
    auto* csv = new QPushButton(tr("Export &CSV…"), this);
    auto* xlsx = new QPushButton(tr("Export &XLSX…"), this);
    connect(xlsx, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export XLSX"), QString(),
                                                          tr("Excel workbooks (*.xlsx)"));
        if (!path.isEmpty())
            exportXlsx(path);
    });
    connect(copy, &QPushButton::clicked, this, &ResultTableView::copy);
    connect(csv, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export CSV"), QString(),
                                                          tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportCsv(path);
    });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_note, 3);
    buttons->addStretch(1);
    buttons->addWidget(copy);
    buttons->addWidget(csv);
    buttons->addWidget(xlsx);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
}

void ResultTableView::setTable(ResultTable table)
{
    m_model->setTable(std::move(table));
}

void ResultTableView::copy() const
{
    QApplication::clipboard()->setText(m_model->tabSeparated());
}

void ResultTableView::drill(const QModelIndex& viewIndex)
{
    const auto* proxy = static_cast<const QSortFilterProxyModel*>(m_view->model());
    const QModelIndex index = proxy->mapToSource(viewIndex);
    if (m_model->isDrillable(index))
        emit drillRequested(index.row(), m_model->table().columns[index.column()].key);
}

QList<int> ResultTableView::selectedRows() const
{
    const auto* proxy = static_cast<const QSortFilterProxyModel*>(m_view->model());
    QList<int> rows;
    for (const QModelIndex& index : m_view->selectionModel()->selectedIndexes())
        rows.append(proxy->mapToSource(index).row());
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    return rows;
}

void ResultTableView::setNote(const QString& text)
{
    m_note->setText(text);
    m_note->setVisible(!text.isEmpty());
}

QString ResultTableView::note() const
{
    return m_note->text();
}

bool ResultTableView::exportXlsx(const QString& path) const
{
    return XlsxExport::write(m_model->table(), path).ok();
}

bool ResultTableView::exportCsv(const QString& path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(m_model->csv());
    return file.commit();
}

} // namespace leadloop
