#include "dealbook.h"

#include "currencyconverter.h"
#include "store/database.h"
#include "store/statement.h"

#include <algorithm>
#include <string>
#include <tuple>
#include <unordered_map>

using namespace Qt::StringLiterals;

namespace leadloop {

Result<DealBook> DealBook::load(Database& db)
{
    auto converter = CurrencyConverter::load(db);
    if (!converter)
        return converter.error();
    // Each won deal's latest won tag: its amount and currency, when it gave them.
    struct Tag
    {
        std::optional<qint64> cents;
        QString currency;
    };
    auto maxId = db.scalar(u"SELECT coalesce(max(id), 0) FROM deals"_s);
    if (!maxId)
        return maxId.error();
    // By deal id (dense from 1); a tag of a deal id above them all (none) is left out.
    std::vector<std::optional<Tag>> latestWon(size_t(*maxId) + 1);
    Statement tags(db.handle(),
                   "SELECT deal_id, amount_cents, nullif(currency, '') FROM "
                   "outcome_events WHERE new_outcome = 'won' ORDER BY deal_id, at, id");
    while (tags.next())
        if (const qint64 deal = tags.int64(0); deal > 0 && deal <= *maxId)
            latestWon[size_t(deal)] =
                Tag{tags.isNull(1) ? std::nullopt : std::optional<qint64>(tags.int64(1)),
                    tags.isNull(2) ? QString() : tags.text(2)};
    if (Status read = tags.status(); !read)
        return read.error();
    // In table order; sorted below, which is faster than SQLite's sorter here.
    Statement rows(db.handle(), "SELECT id, coalesce(contact_id, 0), created_at, closed_at, "
                                "outcome, amount_cents, currency FROM deals");
    DealBook book;
    book.m_currency = converter->reportingCurrency();
    book.m_deals.reserve(size_t(*maxId));
    // Deals share a few currencies: each text is made once and shared.
    std::string lastCode;
    QString lastCurrency;
    while (rows.next()) {
        Deal d;
        d.id = rows.int64(0);
        d.contact = rows.int64(1);
        d.created = rows.int64(2);
        if (!rows.isNull(3))
            d.closed = rows.int64(3);
        const std::string_view outcome = rows.utf8(4);
        d.outcome = outcome == "won"    ? Outcome::Won
                    : outcome == "lost" ? Outcome::Lost
                                        : Outcome::Open;
        qint64 cents = rows.isNull(5) ? 0 : rows.int64(5);
        QString currency;
        if (!rows.isNull(6)) {
            if (const std::string_view code = rows.utf8(6);
                code != lastCode || lastCurrency.isNull()) {
                lastCode = code;
                lastCurrency = QString::fromUtf8(code.data(), qsizetype(code.size()));
            }
            currency = lastCurrency;
        }
        qint64 day = d.created;
        if (d.outcome == Outcome::Won) {
            if (d.id > 0 && size_t(d.id) < latestWon.size() && latestWon[size_t(d.id)]) {
                const Tag& tag = *latestWon[size_t(d.id)];
                if (tag.cents)
                    cents = *tag.cents;
                if (!tag.currency.isEmpty())
                    currency = tag.currency;
            }
            day = d.closed.value_or(d.created);
        }
        d.nativeCents = cents;
        d.nativeCurrency = currency;
        auto value = converter->toReporting(cents, currency, day);
        if (value)
            d.value = *value;
        else
            d.valueError = value.error();
        book.m_deals.push_back(std::move(d));
    }
    if (Status read = rows.status(); !read)
        return read.error();
    std::sort(book.m_deals.begin(), book.m_deals.end(), [](const Deal& a, const Deal& b) {
        return std::tie(a.contact, a.created, a.id) < std::tie(b.contact, b.created, b.id);
    });
    for (size_t i = 0; i < book.m_deals.size(); ++i) {
        const qint64 id = book.m_deals[i].id;
        if (size_t(id) >= book.m_byId.size())
            book.m_byId.resize(size_t(id) + 1, -1);
        book.m_byId[size_t(id)] = qint32(i);
    }
    return book;
}

Result<double> DealBook::Deal::valued() const
{
    if (valueError)
        return *valueError;
    return value;
}

const DealBook::Deal* DealBook::find(qint64 id) const
{
    if (id <= 0 || size_t(id) >= m_byId.size() || m_byId[size_t(id)] < 0)
        return nullptr;
    return &m_deals[size_t(m_byId[size_t(id)])];
}

} // namespace leadloop
