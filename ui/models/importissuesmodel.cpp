#include "importissuesmodel.h"

#include <algorithm>
#include <QBrush>
#include <QColor>
#include <utility>

using namespace Qt::StringLiterals;

namespace leadloop {

ImportIssuesModel::ImportIssuesModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void ImportIssuesModel::setIssues(QList<ImportIssue> issues)
{
    beginResetModel();
    m_issues = std::move(issues);
    endResetModel();
}

QList<ImportIssue> ImportIssuesModel::takeIssues()
{
    beginResetModel();
    QList<ImportIssue> out = std::exchange(m_issues, {});
    endResetModel();
    return out;
}

int ImportIssuesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(std::min<qsizetype>(m_issues.size(), ListedLimit));
}

int ImportIssuesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportIssuesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ImportIssue& issue = m_issues[index.row()];
    if (role == Qt::ForegroundRole && index.column() == SeverityColumn &&
        issue.severity == u"error")
        return QBrush(QColor(0xb0, 0x2a, 0x2a));
    if (role == SortRole && index.column() == RowColumn)
        return issue.row;
    if (role != Qt::DisplayRole && role != SortRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case RowColumn:
        return issue.row;
    case ColumnColumn:
        return issue.column;
    case SeverityColumn:
        return issue.severity == u"error" ? tr("rejected") : tr("warning");
    case MessageColumn:
        return issue.message;
    case OriginalColumn:
        return issue.raw;
    default:
        return {};
    }
}

QVariant ImportIssuesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    const QString titles[] = {tr("Row"), tr("Column"), tr("Outcome"), tr("Message"),
                              tr("Original row")};
    return section >= 0 && section < ColumnCount ? titles[section] : QString();
}

} // namespace leadloop
