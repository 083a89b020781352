#pragma once

#include "store/importbatches.h"

#include <QAbstractTableModel>

namespace leadloop {

/// Import batches with what each one read, imported and rejected; newest first.
class ImportBatchesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportBatchesModel)

public:
    enum Column
    {
        IdColumn,
        KindColumn,
        SourceColumn,
        StartedColumn,
        ReadColumn,
        ImportedColumn,
        RejectedColumn,
        DuplicatesColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1
    };

    explicit ImportBatchesModel(QObject* parent = nullptr);

    void setBatches(QList<ImportBatch> batches);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString kindName(const QString& kind);

private:
    QVariant rawValue(const ImportBatch& batch, int column) const;
    QList<ImportBatch> m_batches;
};

} // namespace leadloop
