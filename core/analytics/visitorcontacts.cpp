#include "visitorcontacts.h"

#include "store/database.h"
#include "store/statement.h"

namespace leadloop {

Result<VisitorContacts> VisitorContacts::load(Database& db)
{
    VisitorContacts out;
    Statement links(db.handle(),
                    "SELECT visitor_id, contact_id FROM identity_links WHERE active = 1");
    while (links.next())
        out.m_links[links.int64(0)].push_back(links.int64(1));
    if (Status read = links.status(); !read)
        return read.error();
    return out;
}

} // namespace leadloop
