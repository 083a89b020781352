#pragma once

#include "ingest/importissue.h"

#include <QAbstractTableModel>

namespace leadloop {

/// An import's issues: row, column, severity, message and the row's original text. It lists the
/// first ListedLimit of them (a file can have millions; sorting and filtering them all would
/// hold the window), and keeps every one for saving.
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

    static constexpr int ListedLimit = 10'000;

    explicit ImportIssuesModel(QObject* parent = nullptr);
    void setIssues(QList<ImportIssue> issues);
    /// Empties the model and hands its issues over (to be freed elsewhere: a million take a
    /// third of a second).
    QList<ImportIssue> takeIssues();
    /// Every issue, listed or not.
    const QList<ImportIssue>& issues() const { return m_issues; }
    /// Whether there are more issues than are listed.
    bool isTruncated() const { return m_issues.size() > ListedLimit; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<ImportIssue> m_issues;
};

} // namespace leadloop
