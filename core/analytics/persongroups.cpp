#include "persongroups.h"

#include "store/database.h"
#include "store/statement.h"

using namespace Qt::StringLiterals;

namespace leadloop {

QStringList PersonGroups::dimensions()
{
    return {u"owner"_s, u"product"_s, u"account"_s};
}

Result<PersonGroups> PersonGroups::load(Database& db, const QString& dimension)
{
    // The deal column and the contact column of the dimension (a product is only a deal's).
    std::string dealColumn, contactColumn;
    if (dimension == u"owner") {
        dealColumn = "owner";
        contactColumn = "nullif(c.owner, '')";
    } else if (dimension == u"product") {
        dealColumn = "product";
        contactColumn = "NULL";
    } else if (dimension == u"account") {
        dealColumn = "account";
        contactColumn = "nullif(c.company, '')";
    } else {
        return Error{ErrorCode::InvalidArgument, u"not a people dimension: "_s + dimension};
    }
    // Read once each, without a look-up per row: each contact's own value, then the deals in
    // contact order (a contact without its own value takes its first deal's; a deal without
    // its own takes its contact's).
    PersonGroups groups;
    std::unordered_map<std::string, QString> names; // one QString per distinct value
    const auto name = [&](std::string_view text) -> const QString& {
        auto known = names.find(std::string(text));
        if (known == names.end())
            known = names
                        .emplace(std::string(text),
                                 QString::fromUtf8(text.data(), qsizetype(text.size())))
                        .first;
        return known->second;
    };
    const QString notSet = u"(not set)"_s;
    std::unordered_map<qint64, QString> ownValue; // contacts with a value of their own
    const std::string contacts = "SELECT c.id, " + contactColumn + " FROM contacts c";
    Statement contactRows(db.handle(), contacts.c_str());
    while (contactRows.next())
        if (!contactRows.isNull(1))
            ownValue.emplace(contactRows.int64(0), name(contactRows.utf8(1)));
        else
            groups.m_contacts.emplace(contactRows.int64(0), notSet); // until a deal says
    if (Status read = contactRows.status(); !read)
        return read.error();
    const std::string deals = "SELECT d.id, nullif(d." + dealColumn +
                              ", ''), coalesce(d.contact_id, 0) FROM deals d ORDER BY "
                              "d.contact_id, d.created_at, d.id";
    Statement dealRows(db.handle(), deals.c_str());
    qint64 previousContact = -1;
    while (dealRows.next()) {
        const qint64 contact = dealRows.int64(2);
        const bool first = contact != previousContact;
        previousContact = contact;
        const auto own = ownValue.find(contact);
        if (!dealRows.isNull(1)) {
            const QString& value = name(dealRows.utf8(1));
            groups.m_deals.emplace(dealRows.int64(0), value);
            if (first && own == ownValue.end()) // the contact's first deal names its group
                if (const auto known = groups.m_contacts.find(contact);
                    known != groups.m_contacts.end())
                    known->second = value;
        } else {
            groups.m_deals.emplace(dealRows.int64(0), own != ownValue.end() ? own->second : notSet);
        }
    }
    if (Status read = dealRows.status(); !read)
        return read.error();
    groups.m_contacts.merge(ownValue);
    return groups;
}

QString PersonGroups::ofContact(qint64 contact) const
{
    const auto it = m_contacts.find(contact);
    return it == m_contacts.end() ? u"(none)"_s : it->second;
}

QString PersonGroups::ofDeal(qint64 deal) const
{
    const auto it = m_deals.find(deal);
    return it == m_deals.end() ? u"(not set)"_s : it->second;
}

} // namespace leadloop
