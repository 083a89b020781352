#include "contactsearch.h"

#include "store/database.h"
#include "store/statement.h"

using namespace Qt::StringLiterals;

namespace leadloop {

Result<QStringList> ContactSearch::suggestions(Database& db)
{
    Statement contacts(db.handle(),
                       "SELECT trim(coalesce(first_name, '') || ' ' || coalesce(last_name, '')), "
                       "coalesce(company, ''), email FROM contacts WHERE email IS NOT NULL "
                       "ORDER BY 1");
    QStringList names;
    while (contacts.next()) {
        const QString company = contacts.text(1);
        names.append(u"%1%2 <%3>"_s.arg(
            contacts.text(0), company.isEmpty() ? QString() : u", "_s + company, contacts.text(2)));
    }
    if (Status read = contacts.status(); !read)
        return read.error();
    return names;
}

} // namespace leadloop
