#pragma once

#include "ingest/importissue.h"

#include <QAbstractTableModel>

namespace leadloop {

/// An import's issues: row, column, severity, message and the row's original text.
class ImportIssuesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportIssuesModel)

public:
    enum Column
    {
        RowColumn,
        ColumnColumn,
        SeverityColumn,
        MessageColumn,
        OriginalColumn,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1
    };

    explicit ImportIssuesModel(QObject* parent = nullptr);
    void setIssues(QList<ImportIssue> issues);
    const QList<ImportIssue>& issues() const { return m_issues; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<ImportIssue> m_issues;
};

} // namespace leadloop
