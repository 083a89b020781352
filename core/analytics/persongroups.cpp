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
    std::string contacts =
        "SELECT c.id, coalesce(" + contactColumn + ", (SELECT nullif(d." + dealColumn +
        ", '') FROM deals d WHERE d.contact_id = c.id ORDER BY d.created_at, d.id LIMIT 1), "
        "'(not set)') FROM contacts c";
    std::string deals = "SELECT d.id, coalesce(nullif(d." + dealColumn + ", ''), " + contactColumn +
                        ", '(not set)') FROM deals d LEFT JOIN contacts c ON c.id = "
                        "d.contact_id";
    PersonGroups groups;
    std::unordered_map<std::string, QString> names; // one QString per distinct value
    for (const auto& [sql, into] :
         {std::pair{&contacts, &groups.m_contacts}, std::pair{&deals, &groups.m_deals}}) {
        Statement rows(db.handle(), sql->c_str());
        if (!rows.isValid())
            return Error{ErrorCode::Database, rows.errorString()};
        while (rows.next()) {
            const std::string_view text = rows.utf8(1);
            auto name = names.find(std::string(text));
            if (name == names.end())
                name = names
                           .emplace(std::string(text),
                                    QString::fromUtf8(text.data(), qsizetype(text.size())))
                           .first;
            into->emplace(rows.int64(0), name->second);
        }
        if (Status read = rows.status(); !read)
            return read.error();
    }
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
