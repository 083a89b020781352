#include "reportscope.h"

#include "store/database.h"
#include "store/statement.h"

namespace leadloop {

Result<ReportScope> ReportScope::load(Database& db, const ReportFilter& filter)
{
    ReportScope scope;
    if (!filter.hasPeopleFilter())
        return scope;
    scope.m_everyone = false;
    // A deal's owner is its own, else its contact's.
    const std::string dealOwner = "coalesce(nullif(d.owner, ''), c.owner)";
    SqlParams dealParams, contactParams;
    std::string deals = "SELECT d.id FROM deals d LEFT JOIN contacts c ON c.id = "
                        "d.contact_id WHERE " +
                        filter.contactCondition(dealParams) + " AND " +
                        ReportFilter::sqlAnyOf(dealOwner, filter.owners, dealParams) + " AND " +
                        ReportFilter::sqlAnyOf("d.product", filter.products, dealParams);
    // A contact is kept by its own owner or a deal's, and by a deal of a listed product.
    std::string contacts =
        "SELECT c.id FROM contacts c WHERE " + filter.contactCondition(contactParams);
    if (!filter.owners.isEmpty())
        contacts += " AND (" + ReportFilter::sqlAnyOf("c.owner", filter.owners, contactParams) +
                    " OR EXISTS (SELECT 1 FROM deals d WHERE d.contact_id = c.id AND " +
                    ReportFilter::sqlAnyOf(dealOwner, filter.owners, contactParams) + "))";
    if (!filter.products.isEmpty())
        contacts += " AND EXISTS (SELECT 1 FROM deals d WHERE d.contact_id = c.id AND " +
                    ReportFilter::sqlAnyOf("d.product", filter.products, contactParams) + ")";
    for (const auto& [sql, params, into] :
         {std::tuple{&deals, &dealParams, &scope.m_deals},
          std::tuple{&contacts, &contactParams, &scope.m_contacts}}) {
        Statement ids(db.handle(), sql->c_str());
        if (Status bound = params->bindTo(ids); !bound)
            return bound.error();
        while (ids.next())
            into->insert(ids.int64(0));
        if (Status read = ids.status(); !read)
            return read.error();
    }
    return scope;
}

} // namespace leadloop
