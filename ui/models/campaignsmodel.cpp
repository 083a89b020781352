#include "campaignsmodel.h"

#include "common/cellformat.h"
#include "common/money.h"
#include "leadsmodel.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace leadloop {

namespace {

QString dayText(std::optional<qint64> ms)
{
    return ms ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC).date(),
                                   QLocale::ShortFormat)
              : QString();
}

} // namespace

CampaignsModel::CampaignsModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void CampaignsModel::setRows(std::vector<CampaignRow> rows, QString currency)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_currency = std::move(currency);
    endResetModel();
}

int CampaignsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CampaignsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CampaignsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const CampaignRow& r = m_rows[size_t(index.row())];
    const int column = index.column();
    if (role == IdRole)
        return r.id;
    if (role == Qt::ToolTipRole && r.unmatched())
        return tr("Cost but no sessions: no visit carries this campaign, source and medium. "
                  "Check the UTM tags of its links.");
    if (role == Qt::ForegroundRole && r.unmatched() && column == SessionsColumn)
        return QBrush(QColor(0xb0, 0x2a, 0x2a));
    if (role == Qt::TextAlignmentRole && (column == CostColumn || column == SessionsColumn))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const bool sort = role == SortRole;
    switch (column) {
    case NameColumn:
        return r.name;
    case SourceColumn:
        return r.source;
    case MediumColumn:
        return r.medium;
    case ChannelColumn:
        return r.channel;
    case FromColumn:
        return sort ? QVariant(r.firstDay.value_or(0)) : QVariant(dayText(r.firstDay));
    case ToColumn:
        return sort ? QVariant(r.lastDay.value_or(0)) : QVariant(dayText(r.lastDay));
    case CostColumn:
        return sort ? QVariant(r.cost)
                    : QVariant(
                          LeadsModel::amountText(qint64(std::llround(r.cost * 100)), m_currency));
    case SessionsColumn:
        return sort ? QVariant(r.sessions)
                    : QVariant(r.unmatched() ? tr("none") : QLocale().toString(r.sessions));
    default:
        return {};
    }
}

QVariant CampaignsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    const QString titles[] = {tr("Campaign"), tr("Source"), tr("Medium"), tr("Channel"),
                              tr("From"),     tr("To"),     tr("Cost"),   tr("Sessions")};
    return section >= 0 && section < ColumnCount ? titles[section] : QString();
}

CampaignDaysModel::CampaignDaysModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void CampaignDaysModel::setDays(std::vector<CampaignDay> days)
{
    beginResetModel();
    m_days = std::move(days);
    endResetModel();
}

int CampaignDaysModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_days.size());
}

int CampaignDaysModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CampaignDaysModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const CampaignDay& d = m_days[size_t(index.row())];
    if (role == Qt::TextAlignmentRole && index.column() != DayColumn &&
        index.column() != CurrencyColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::EditRole && index.column() == CostColumn)
        return formatCents(d.cents);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case DayColumn:
        return dayText(d.day);
    case CostColumn:
        return CellFormat::display(ValueKind::Money, -1, double(d.cents) / 100, QLocale());
    case CurrencyColumn:
        return d.currency;
    case ClicksColumn:
        return d.clicks ? QVariant(QLocale().toString(*d.clicks)) : QVariant();
    case ImpressionsColumn:
        return d.impressions ? QVariant(QLocale().toString(*d.impressions)) : QVariant();
    default:
        return {};
    }
}

bool CampaignDaysModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::EditRole ||
        index.column() != CostColumn || !m_edit)
        return false;
    const auto cents = parseMoneyCents(value.toString());
    if (!cents || *cents < 0)
        return false;
    CampaignDay changed = m_days[size_t(index.row())];
    changed.cents = *cents;
    return m_edit(changed); // the command re-reads the days when it has run
}

Qt::ItemFlags CampaignDaysModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == CostColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant CampaignDaysModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    const QString titles[] = {tr("Day"), tr("Cost"), tr("Currency"), tr("Clicks"),
                              tr("Impressions")};
    return section >= 0 && section < ColumnCount ? titles[section] : QString();
}

} // namespace leadloop
