#include "importbatchesmodel.h"

#include <algorithm>
#include <QDateTime>
#include <QLocale>

namespace leadloop {

ImportBatchesModel::ImportBatchesModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void ImportBatchesModel::setBatches(QList<ImportBatch> batches)
{
    std::reverse(batches.begin(), batches.end());
    beginResetModel();
    m_batches = std::move(batches);
    endResetModel();
}

int ImportBatchesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_batches.size());
}

int ImportBatchesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ImportBatchesModel::kindName(const QString& kind)
{
    if (kind == u"tracking")
        return tr("Tracking");
    if (kind == u"crm")
        return tr("CRM");
    if (kind == u"costs")
        return tr("Costs");
    if (kind == u"rates")
        return tr("Currency rates");
    if (kind == u"demo")
        return tr("Demo data");
    return kind;
}

QVariant ImportBatchesModel::rawValue(const ImportBatch& b, int column) const
{
    switch (column) {
    case IdColumn:
        return b.id;
    case KindColumn:
        return kindName(b.kind);
    case SourceColumn:
        return b.sourceName;
    case StartedColumn:
        return b.startedAt;
    case ReadColumn:
        return b.rowsRead;
    case ImportedColumn:
        return b.rowsImported;
    case RejectedColumn:
        return b.rowsRejected;
    case DuplicatesColumn:
        return b.duplicates;
    case StatusColumn:
        return b.status == u"committed" ? tr("Committed") : tr("Incomplete");
    default:
        return {};
    }
}

QVariant ImportBatchesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImportBatch& batch = m_batches[index.row()];
    const int column = index.column();
    if (role == SortRole)
        return rawValue(batch, column);
    if (role == Qt::TextAlignmentRole) {
        const bool number =
            column == IdColumn || (column >= ReadColumn && column <= DuplicatesColumn);
        return number ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    }
    if (role != Qt::DisplayRole)
        return {};
    const QVariant raw = rawValue(batch, column);
    if (column == StartedColumn)
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(batch.startedAt).toLocalTime(),
                                  QLocale::ShortFormat);
    if (column >= ReadColumn && column <= DuplicatesColumn)
        return QLocale().toString(raw.toLongLong());
    return raw;
}

QVariant ImportBatchesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("Batch");
    case KindColumn:
        return tr("Kind");
    case SourceColumn:
        return tr("Source");
    case StartedColumn:
        return tr("Imported");
    case ReadColumn:
        return tr("Rows read");
    case ImportedColumn:
        return tr("Imported rows");
    case RejectedColumn:
        return tr("Rejected");
    case DuplicatesColumn:
        return tr("Duplicates");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace leadloop
