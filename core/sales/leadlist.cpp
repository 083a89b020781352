#include "leadlist.h"

#include "store/database.h"
#include "store/statement.h"

#include <QDateTime>
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
    if (Status read = touches.status(); !read)
        return read.error();
    const std::string leadsSql =
        "SELECT c.id, d.id, trim(coalesce(c.first_name, '') || ' ' || coalesce(c.last_name, "
        "'')), coalesce(c.company, ''), coalesce(c.email, ''), coalesce(nullif(d.owner, ''), "
        "c.owner, ''), c.created_at, coalesce(d.stage, ''), coalesce(d.outcome, ''), "
        "d.amount_cents, coalesce(d.currency, ''), d.created_at, d.closed_at, coalesce(d.campaign, "
        "''), coalesce(c.external_id, ''), ls.score, coalesce(ls.tier, '') FROM contacts c LEFT "
        "JOIN "
        "deals d ON d.contact_id = c.id LEFT JOIN lead_scores ls ON ls.contact_id = c.id WHERE " +
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
        // A lead without a name is named by its e-mail, else by its id in the CRM (an export
        // such as X Education's has neither name nor e-mail), else by its number here.
        if (r.name.isEmpty())
            r.name = r.email;
        if (r.name.isEmpty())
            r.name = leads.text(14);
        if (r.name.isEmpty())
            r.name = u"#%1"_s.arg(r.contactId);
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
        if (!leads.isNull(15))
            r.score = int(leads.int64(15));
        r.tier = leads.text(16);
        const auto touch = first.find(r.contactId);
        r.channel = touch == first.end() ? u"(none)"_s : touch->second.channel;
        r.campaign = leads.text(13);
        r.searchText = (r.name + u'\n' + r.company + u'\n' + r.email).toLower();
        if (r.campaign.isEmpty() && touch != first.end())
            r.campaign = touch->second.campaign;
        rows.push_back(std::move(r));
    }
    if (Status read = leads.status(); !read)
        return read.error();
    return rows;
}

ResultTable LeadList::table(const std::vector<LeadRow>& rows, qint64 now)
{
    ResultTable t;
    for (const auto& [key, title] :
         {std::pair{u"contact_id"_s, tr("Contact")}, std::pair{u"deal_id"_s, tr("Deal")},
          std::pair{u"name"_s, tr("Name")}, std::pair{u"company"_s, tr("Company")},
          std::pair{u"email"_s, tr("E-mail")}, std::pair{u"owner"_s, tr("Owner")},
          std::pair{u"created"_s, tr("Created (UTC)")},
          std::pair{u"channel"_s, tr("First channel")}, std::pair{u"campaign"_s, tr("Campaign")},
          std::pair{u"stage"_s, tr("Deal stage")}, std::pair{u"outcome"_s, tr("Outcome")},
          std::pair{u"amount"_s, tr("Amount")}, std::pair{u"currency"_s, tr("Currency")},
          std::pair{u"days_open"_s, tr("Days open")}, std::pair{u"score"_s, tr("Score")},
          std::pair{u"tier"_s, tr("Tier")}})
        t.addColumn(key, title, ValueKind::Text);
    t.setKind({u"amount"_s}, ValueKind::Money);
    t.setKind({u"days_open"_s, u"score"_s}, ValueKind::Count);
    for (const LeadRow& r : rows) {
        const auto days = r.daysOpen(now);
        t.addRow({r.contactId, r.dealId ? QVariant(*r.dealId) : QVariant(), r.name, r.company,
                  r.email, r.owner,
                  QDateTime::fromMSecsSinceEpoch(r.created, Qt::UTC).toString(Qt::ISODate),
                  r.channel, r.campaign, r.stage, r.outcome,
                  r.amountCents ? QVariant(double(*r.amountCents) / 100) : QVariant(), r.currency,
                  days ? QVariant(*days) : QVariant(), r.score ? QVariant(*r.score) : QVariant(),
                  r.tier});
    }
    t.meta = {{u"leads"_s, qint64(rows.size())}};
    return t;
}

} // namespace leadloop
