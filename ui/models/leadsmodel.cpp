#include "leadsmodel.h"

#include "common/cellformat.h"
#include "sales/leadscores.h"

#include <QBrush>
#include <QCollator>
#include <QColor>
#include <QDateTime>
#include <QLocale>
#include <unordered_map>

using namespace Qt::StringLiterals;

namespace leadloop {

LeadsModel::LeadsModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_now(QDateTime::currentMSecsSinceEpoch())
{}

void LeadsModel::setRows(std::vector<LeadRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void LeadsModel::updateRows(const std::vector<LeadRow>& rows)
{
    std::unordered_map<qint64, std::vector<const LeadRow*>> fresh;
    for (const LeadRow& r : rows)
        fresh[r.contactId].push_back(&r);
    std::unordered_map<qint64, std::vector<size_t>> current;
    for (size_t i = 0; i < m_rows.size(); ++i)
        if (fresh.count(m_rows[i].contactId))
            current[m_rows[i].contactId].push_back(i);
    for (const auto& [contact, replacement] : fresh) {
        if (current[contact].size() != replacement.size()) {
            // A contact gained or lost rows: rebuild, keeping the others.
            std::vector<LeadRow> all;
            for (const LeadRow& r : m_rows)
                if (!fresh.count(r.contactId))
                    all.push_back(r);
            all.insert(all.end(), rows.begin(), rows.end());
            std::stable_sort(all.begin(), all.end(), [](const LeadRow& a, const LeadRow& b) {
                return a.contactId < b.contactId;
            });
            setRows(std::move(all));
            return;
        }
    }
    for (const auto& [contact, indexes] : current) {
        const auto& replacement = fresh[contact];
        for (size_t k = 0; k < indexes.size(); ++k) {
            m_rows[indexes[k]] = *replacement[k];
            emit dataChanged(index(int(indexes[k]), 0), index(int(indexes[k]), ColumnCount - 1));
        }
    }
}

int LeadsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LeadsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString LeadsModel::amountText(qint64 cents, const QString& currency)
{
    const QString number =
        CellFormat::display(ValueKind::Money, -1, double(cents) / 100, QLocale());
    return currency.isEmpty() ? number : number + QChar(0x00a0) + currency;
}

QString LeadsModel::outcomeName(const QString& outcome)
{
    if (outcome == u"won")
        return tr("Won");
    if (outcome == u"lost")
        return tr("Lost");
    if (outcome == u"open")
        return tr("Open");
    return {};
}

bool LeadsModel::less(const LeadRow& a, const LeadRow& b, int column, qint64 now)
{
    // Names in the order of the user's language (Ł after L in Polish, Å after Z in Swedish),
    // ignoring case; one collator per thread, renewed when the language changes.
    const auto text = [](const QString& x, const QString& y) {
        thread_local QCollator collator = [] {
            QCollator c{QLocale()};
            c.setCaseSensitivity(Qt::CaseInsensitive);
            return c;
        }();
        if (collator.locale() != QLocale()) {
            collator = QCollator(QLocale());
            collator.setCaseSensitivity(Qt::CaseInsensitive);
        }
        return collator.compare(x, y) < 0;
    };
    switch (column) {
    case NameColumn:
        return text(a.name, b.name);
    case CompanyColumn:
        return text(a.company, b.company);
    case EmailColumn:
        return a.email < b.email;
    case OwnerColumn:
        return text(a.owner, b.owner);
    case CreatedColumn:
        return a.created < b.created;
    case ChannelColumn:
        return a.channel < b.channel;
    case CampaignColumn:
        return a.campaign < b.campaign;
    case StageColumn:
        return a.stage < b.stage;
    case OutcomeColumn:
        return a.outcome < b.outcome;
    case AmountColumn:
        return a.amountCents.value_or(-1) < b.amountCents.value_or(-1);
    case DaysOpenColumn:
        return a.daysOpen(now).value_or(-1) < b.daysOpen(now).value_or(-1);
    case ScoreColumn:
    case TierColumn: // tiers follow the score
        return a.score.value_or(-1) < b.score.value_or(-1);
    default:
        return false;
    }
}

QVariant LeadsModel::raw(const LeadRow& r, int column) const
{
    switch (column) {
    case NameColumn:
        return r.name.toLower();
    case CompanyColumn:
        return r.company.toLower();
    case EmailColumn:
        return r.email;
    case OwnerColumn:
        return r.owner;
    case CreatedColumn:
        return r.created;
    case ChannelColumn:
        return r.channel;
    case CampaignColumn:
        return r.campaign;
    case StageColumn:
        return r.stage;
    case OutcomeColumn:
        return r.outcome;
    case AmountColumn:
        return r.amountCents ? QVariant(*r.amountCents) : QVariant(-1LL);
    case DaysOpenColumn: {
        const auto days = r.daysOpen(m_now);
        return days ? QVariant(*days) : QVariant(-1);
    }
    case ScoreColumn:
    case TierColumn:
        return r.score.value_or(-1);
    default:
        return {};
    }
}

QVariant LeadsModel::display(const LeadRow& r, int column) const
{
    switch (column) {
    case CreatedColumn:
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(r.created, Qt::UTC).date(),
                                  QLocale::ShortFormat);
    case OutcomeColumn:
        return outcomeName(r.outcome);
    case AmountColumn:
        return r.amountCents ? QVariant(amountText(*r.amountCents, r.currency)) : QVariant();
    case DaysOpenColumn: {
        const auto days = r.daysOpen(m_now);
        return days ? QVariant(*days) : QVariant();
    }
    case ScoreColumn:
        return r.score ? QVariant(*r.score) : QVariant();
    case TierColumn:
        return LeadScores::tierName(r.tier);
    default:
        return raw(r, column);
    }
}

QVariant LeadsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const LeadRow& r = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == NameColumn || index.column() == CompanyColumn)
            return index.column() == NameColumn ? r.name : r.company;
        return display(r, index.column());
    case SortRole:
        return raw(r, index.column());
    case ContactRole:
        return r.contactId;
    case DealRole:
        return r.dealId ? QVariant(*r.dealId) : QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == AmountColumn || index.column() == DaysOpenColumn ||
            index.column() == ScoreColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == OutcomeColumn && r.outcome == u"won")
            return QBrush(QColor(0x1b, 0x7f, 0x3b));
        if (index.column() == OutcomeColumn && r.outcome == u"lost")
            return QBrush(QColor(0xb0, 0x2a, 0x2a));
        return {};
    default:
        return {};
    }
}

QVariant LeadsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case CompanyColumn:
        return tr("Company");
    case EmailColumn:
        return tr("E-mail");
    case OwnerColumn:
        return tr("Owner");
    case CreatedColumn:
        return tr("Created");
    case ChannelColumn:
        return tr("First channel");
    case CampaignColumn:
        return tr("Campaign");
    case StageColumn:
        return tr("Deal stage");
    case OutcomeColumn:
        return tr("Outcome");
    case AmountColumn:
        return tr("Amount");
    case DaysOpenColumn:
        return tr("Days open");
    case ScoreColumn:
        return tr("Score");
    case TierColumn:
        return tr("Tier");
    default:
        return {};
    }
}

} // namespace leadloop
