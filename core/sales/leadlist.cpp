#include "leadlist.h"

#include "store/database.h"
#include "store/statement.h"

#include <unordered_map>

using namespace Qt::StringLiterals;

namespace leadloop {

std::optional<int> LeadRow::daysOpen(qint64 now) const
{
    if (!dealCreated)
        return std::nullopt;
    const qint64 end = outcome == u"open" ? now : closed.value_or(now);
    return int(std::max<qint64>(0, end - *dealCreated) / 86'400'000);
}

Result<std::vector<LeadRow>> LeadList::load(Database& db,
                                            const std::optional<QList<qint64>>& contacts)
{
    std::string only = "1";
    if (contacts) {
        only = "c.id IN (";
        for (qsizetype i = 0; i < contacts->size(); ++i)
            only += (i ? "," : "") + std::to_string(contacts->at(i));
        only += ")";
    }
    // Each person's first session: its channel and campaign.
    struct First
    {
        qint64 at;
        QString channel, campaign;
    };
    std::unordered_map<qint64, First> first;
    const std::string touchesSql =
        "SELECT l.contact_id, s.started_at, s.channel, coalesce(s.campaign, '') FROM "
        "identity_links l JOIN sessions s ON s.visitor_id = l.visitor_id JOIN contacts c ON c.id "
        "= l.contact_id WHERE l.active = 1 AND " +
        only;
    Statement touches(db.handle(), touchesSql.c_str());
    if (!touches.isValid())
        return Error{ErrorCode::Database, touches.errorString()};
    while (touches.next()) {
        const qint64 at = touches.int64(1);
        auto [it, added] = first.try_emplace(touches.int64(0));
        if (added || at < it->second.at)
            it->second = {at, touches.text(2), touches.text(3)};
    }
    const std::string leadsSql =
        "SELECT c.id, d.id, trim(coalesce(c.first_name, '') || ' ' || coalesce(c.last_name, "
        "'')), coalesce(c.company, ''), coalesce(c.email, ''), coalesce(nullif(d.owner, ''), "
        "c.owner, ''), c.created_at, coalesce(d.stage, ''), coalesce(d.outcome, ''), "
        "d.amount_cents, coalesce(d.currency, ''), d.created_at, d.closed_at, coalesce(d.campaign, "
        "'') FROM contacts c LEFT JOIN deals d ON d.contact_id = c.id WHERE " +
        only + " ORDER BY c.id, d.created_at, d.id";
    Statement leads(db.handle(), leadsSql.c_str());
    if (!leads.isValid())
        return Error{ErrorCode::Database, leads.errorString()};
    std::vector<LeadRow> rows;
    while (leads.next()) {
        LeadRow r;
        r.contactId = leads.int64(0);
        if (!leads.isNull(1))
            r.dealId = leads.int64(1);
        r.name = leads.text(2);
        r.company = leads.text(3);
        r.email = leads.text(4);
        if (r.name.isEmpty())
            r.name = r.email;
        r.owner = leads.text(5);
        r.created = leads.int64(6);
        r.stage = leads.text(7);
        r.outcome = leads.text(8);
        if (!leads.isNull(9))
            r.amountCents = leads.int64(9);
        r.currency = leads.text(10);
        if (!leads.isNull(11))
            r.dealCreated = leads.int64(11);
        if (!leads.isNull(12))
            r.closed = leads.int64(12);
        const auto touch = first.find(r.contactId);
        r.channel = touch == first.end() ? u"(none)"_s : touch->second.channel;
        r.campaign = leads.text(13);
        if (r.campaign.isEmpty() && touch != first.end())
            r.campaign = touch->second.campaign;
        rows.push_back(std::move(r));
    }
    return rows;
}

} // namespace leadloop
