#include "filterchoices.h"

#include "store/database.h"
#include "store/statement.h"

namespace leadloop {

static Result<QStringList> values(Database& db, const char* sql)
{
    Statement query(db.handle(), sql);
    QStringList out;
    while (query.next())
        out.append(query.text(0));
    if (Status read = query.status(); !read)
        return read.error();
    return out;
}

Result<FilterChoices> FilterChoices::load(Database& db)
{
    FilterChoices choices;
    const std::pair<QStringList*, const char*> lists[] = {
        {&choices.channels, "SELECT DISTINCT channel FROM sessions ORDER BY 1"},
        {&choices.campaigns, "SELECT DISTINCT name FROM campaigns UNION SELECT DISTINCT campaign "
                             "FROM sessions WHERE campaign <> '' ORDER BY 1"},
        {&choices.owners, "SELECT DISTINCT owner FROM deals WHERE owner <> '' UNION SELECT "
                          "DISTINCT owner FROM contacts WHERE owner <> '' ORDER BY 1"}};
    for (const auto& [into, sql] : lists) {
        auto read = values(db, sql);
        if (!read)
            return read.error();
        *into = std::move(*read);
    }
    return choices;
}

} // namespace leadloop
