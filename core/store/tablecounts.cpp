#include "tablecounts.h"

#include "database.h"
#include "statement.h"

using namespace Qt::StringLiterals;

namespace leadloop {

Result<QList<TableCount>> countTableRows(Database& db)
{
    QStringList tables;
    {
        Statement list(db.handle(), "SELECT name FROM sqlite_master WHERE type = 'table' AND "
                                    "name NOT LIKE 'sqlite_%' ORDER BY name");
        while (list.next())
            tables.append(list.text(0));
        if (Status read = list.status(); !read)
            return read.error();
        if (!list.isValid())
            return Error{ErrorCode::Database, list.errorString()};
    }
    QList<TableCount> counts;
    for (const QString& table : tables) {
        // Names come from sqlite_master, quoted as identifiers.
        auto rows = db.scalar(u"SELECT count(*) FROM \"%1\""_s.arg(table));
        if (!rows)
            return rows.error();
        counts.append({table, *rows});
    }
    return counts;
}

} // namespace leadloop
