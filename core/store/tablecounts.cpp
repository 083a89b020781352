#include "tablecounts.h"

#include "database.h"
#include "statement.h"

using namespace Qt::StringLiterals;

namespace leadloop {

QString quotedIdentifier(const QString& name)
{
    return u'"' + QString(name).replace(u"\""_s, u"\"\""_s) + u'"';
}

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
        // Names come from the file, which anyone may have crafted: quoted as identifiers, with
        // their own double quotes doubled.
        auto rows = db.scalar(u"SELECT count(*) FROM %1"_s.arg(quotedIdentifier(table)));
        if (!rows)
            return rows.error();
        counts.append({table, *rows});
    }
    return counts;
}

} // namespace leadloop
