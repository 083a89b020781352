#include "scoringtarget.h"

#include "sales/contactproperties.h"
#include "store/database.h"
#include "store/statement.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace leadloop {

namespace {

constexpr qint64 DayMs = 86'400'000;

/// Each contact with its creation, first won close, last lost close and open deals.
constexpr const char* ContactDeals =
    "SELECT c.id, c.created_at, min(CASE WHEN d.outcome = 'won' THEN coalesce(d.closed_at, "
    "d.created_at) END), max(CASE WHEN d.outcome = 'lost' THEN coalesce(d.closed_at, "
    "d.created_at) END), count(d.id), coalesce(sum(d.outcome = 'open'), 0) FROM contacts c LEFT "
    "JOIN deals d ON d.contact_id = c.id GROUP BY c.id ORDER BY c.id";

/// The current yes/no answers of one property (the newest import's value, when not empty).
Result<QHash<qint64, bool>> answers(Database& db, const QString& property)
{
    Statement query(db.handle(),
                    "SELECT contact_id, value FROM current_contact_properties WHERE name = ?1");
    query.bind(1, property);
    QHash<qint64, bool> out;
    while (query.next()) {
        const std::optional<bool> answer = ContactProperties::yesNo(query.text(1));
        if (!answer)
            return Error{ErrorCode::BadInput,
                         LeadOutcomes::tr("The property %1 is not yes/no (one value is \"%2\"), "
                                          "so it cannot be a target.")
                             .arg(property, query.text(1))};
        out.insert(query.int64(0), *answer);
    }
    if (Status read = query.status(); !read)
        return read.error();
    if (out.isEmpty())
        return Error{ErrorCode::NotFound,
                     LeadOutcomes::tr("No contact has a value for the property %1.").arg(property)};
    return out;
}

} // namespace

Result<ScoringTarget> ScoringTarget::parse(const QString& text)
{
    const QString t = text.trimmed();
    if (t.isEmpty() || t == u"customer"_s)
        return ScoringTarget{Kind::Customer, {}};
    if (t == u"won"_s)
        return ScoringTarget{Kind::Won, {}};
    if (t.startsWith(u"property:"_s) && t.size() > 9)
        return ScoringTarget{Kind::Property, t.mid(9)};
    return Error{ErrorCode::InvalidArgument,
                 tr("Unknown target \"%1\": use customer, won or property:NAME.").arg(text)};
}

QString ScoringTarget::toString() const
{
    switch (kind) {
    case Kind::Customer:
        return u"customer"_s;
    case Kind::Won:
        return u"won"_s;
    case Kind::Property:
        return u"property:"_s + property;
    }
    return {};
}

Result<qint64> LeadOutcomes::dataEnd(Database& db)
{
    auto end = db.scalar(u"SELECT max(coalesce((SELECT max(started_at) FROM sessions), 0), "
                         "coalesce((SELECT max(created_at) FROM contacts), 0), coalesce((SELECT "
                         "max(max(created_at, coalesce(closed_at, 0))) FROM deals), 0))"_s);
    if (!end)
        return end.error();
    if (*end <= 0)
        return Error{ErrorCode::NotFound, tr("The workspace holds no leads to score yet.")};
    return *end;
}

Result<LeadCases> LeadOutcomes::read(Database& db, const ScoringTarget& target)
{
    LeadCases cases;
    auto end = dataEnd(db);
    if (!end)
        return end.error();
    cases.dataEnd = *end;
    QHash<qint64, bool> yes;
    if (target.kind == ScoringTarget::Kind::Property) {
        auto read = answers(db, target.property);
        if (!read)
            return read.error();
        yes = std::move(*read);
    }
    Statement query(db.handle(), ContactDeals);
    while (query.next()) {
        const qint64 contact = query.int64(0), created = query.int64(1);
        // Plain values with flags: GCC 12 misreads optionals here (maybe-uninitialized).
        const bool won = !query.isNull(2);
        const qint64 wonAt = won ? query.int64(2) : 0;
        const qint64 lostAt = query.isNull(3) ? 0 : query.int64(3);
        const qint64 deals = query.int64(4), openDeals = query.int64(5);
        const bool closedLost = !won && deals > 0 && openDeals == 0;
        switch (target.kind) {
        case ScoringTarget::Kind::Customer:
            if (won)
                cases.training.push_back({contact, created, wonAt, 1});
            else if (closedLost)
                cases.training.push_back({contact, created, lostAt, 0});
            else {
                if (deals == 0 && created + QuietDays * DayMs <= cases.dataEnd)
                    cases.training.push_back({contact, created, created + QuietDays * DayMs, 0});
                cases.open.push_back({contact, created, cases.dataEnd, std::nullopt});
            }
            break;
        case ScoringTarget::Kind::Won:
            if (won)
                cases.training.push_back({contact, created, wonAt, 1});
            else if (closedLost)
                cases.training.push_back({contact, created, lostAt, 0});
            else if (openDeals > 0)
                cases.open.push_back({contact, created, cases.dataEnd, std::nullopt});
            break;
        case ScoringTarget::Kind::Property: {
            const auto answer = yes.constFind(contact);
            if (answer != yes.cend())
                cases.training.push_back({contact, created, created, *answer ? 1 : 0});
            if (answer == yes.cend() || !*answer)
                cases.open.push_back({contact, created, created, std::nullopt});
            break;
        }
        }
    }
    if (Status read = query.status(); !read)
        return read.error();
    return cases;
}

} // namespace leadloop
