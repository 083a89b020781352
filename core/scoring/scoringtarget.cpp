#include "scoringtarget.h"

#include "common/largebuffer.h"
#include "sales/contactproperties.h"
#include "store/database.h"
#include "store/statement.h"

#include <optional>
#include <QFileInfo>
#include <sqlite3.h>
#include <string>
#include <thread>
#include <unordered_map>

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

/// The current yes/no answers of one property (the newest import's value, when not empty), in
/// contact order. Each distinct text is read as yes/no once.
using Answers = std::vector<std::pair<qint64, bool>>;
Result<Answers> answers(Database& db, const QString& property)
{
    Statement query(db.handle(), "SELECT contact_id, value FROM current_contact_properties WHERE "
                                 "name = ?1 ORDER BY contact_id");
    query.bind(1, property);
    Answers out;
    std::unordered_map<std::string, bool> seen; // text → answer
    while (query.next()) {
        const std::string_view text = query.utf8(1);
        auto known = seen.find(std::string(text));
        if (known == seen.end()) {
            const QString value = query.text(1);
            const std::optional<bool> answer = ContactProperties::yesNo(value);
            if (!answer)
                return Error{ErrorCode::BadInput,
                             LeadOutcomes::tr("The property %1 is not yes/no (one value is "
                                              "\"%2\"), so it cannot be a target.")
                                 .arg(property, value)};
            known = seen.emplace(std::string(text), *answer).first;
        }
        out.emplace_back(query.int64(0), known->second);
    }
    if (Status read = query.status(); !read)
        return read.error();
    if (out.empty())
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
    // A property's answers come from its own query: on a connection of their own on a second
    // core while this one reads the deals, when nothing uncommitted would be missed.
    std::optional<Result<Answers>> answered;
    std::thread second;
    if (target.kind == ScoringTarget::Kind::Property) {
        if (sqlite3_get_autocommit(db.handle()) && QFileInfo(db.path()).isFile())
            second = std::thread([&] {
                auto own = Database::open(db.path(), Database::Access::ReadOnly);
                answered = own ? answers(**own, target.property) : Result<Answers>(own.error());
            });
        else
            answered = answers(db, target.property);
    }
    struct Deals
    {
        qint64 contact, created, wonAt, lostAt, deals, openDeals;
        bool won;
    };
    LargeVector<Deals> rows;
    Statement query(db.handle(), ContactDeals);
    while (query.next()) {
        // Plain values with flags: GCC 12 misreads optionals here (maybe-uninitialized).
        const bool won = !query.isNull(2);
        rows.push_back({query.int64(0), query.int64(1), won ? query.int64(2) : 0,
                        query.isNull(3) ? 0 : query.int64(3), query.int64(4), query.int64(5), won});
    }
    if (second.joinable())
        second.join();
    if (Status read = query.status(); !read)
        return read.error();
    Answers yes;
    if (answered) {
        if (!*answered)
            return answered->error();
        yes = std::move(**answered);
    }
    auto answer = yes.cbegin(); // both in contact order: one walk
    for (const Deals& row : rows) {
        const qint64 contact = row.contact, created = row.created;
        const bool won = row.won;
        const qint64 wonAt = row.wonAt, lostAt = row.lostAt;
        const qint64 deals = row.deals, openDeals = row.openDeals;
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
            while (answer != yes.cend() && answer->first < contact)
                ++answer;
            const bool hasAnswer = answer != yes.cend() && answer->first == contact;
            if (hasAnswer)
                cases.training.push_back({contact, created, created, answer->second ? 1 : 0});
            if (!hasAnswer || !answer->second)
                cases.open.push_back({contact, created, created, std::nullopt});
            break;
        }
        }
    }
    return cases;
}

} // namespace leadloop
