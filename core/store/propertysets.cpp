#include "propertysets.h"

#include "database.h"
#include "statement.h"

using namespace Qt::StringLiterals;

namespace leadloop {

namespace {

/// The current properties of each stale contact that has any, as a JSON object: names in the
/// order of the primary key (contact, name, import) the join reads them by (PropertyTable takes
/// any order). One pass per contact: a filter on a subquery's result would run it twice.
constexpr const char* PackStale =
    "SELECT s.contact_id, json_group_object(c.name, c.value) FROM contact_property_stale s JOIN "
    "current_contact_properties c ON c.contact_id = s.contact_id GROUP BY s.contact_id";

} // namespace

Status PropertySets::refresh(Database& db)
{
    auto stale = staleCount(db);
    if (!stale)
        return stale.error();
    if (*stale == 0)
        return {};
    Savepoint unit(db);
    if (!unit.isActive())
        return unit.error();
    const QByteArray pack = QByteArray("INSERT INTO contact_property_sets (contact_id, "
                                       "properties) ") +
                            PackStale;
    if (Status done =
            db.exec(u"DELETE FROM contact_property_sets WHERE contact_id IN (SELECT "
                    u"contact_id FROM contact_property_stale); "_s +
                    QString::fromLatin1(pack) + u"; DELETE FROM contact_property_stale"_s);
        !done)
        return done;
    return unit.release();
}

Status PropertySets::invalidate(Database& db)
{
    return db.exec(u"DELETE FROM contact_property_sets; INSERT OR IGNORE INTO "
                   u"contact_property_stale (contact_id) SELECT DISTINCT contact_id FROM "
                   u"contact_properties"_s);
}

Status PropertySets::read(Database& db, const Visit& visit)
{
    const QByteArray sql = QByteArray("SELECT contact_id, properties FROM contact_property_sets "
                                      "WHERE contact_id NOT IN (SELECT contact_id FROM "
                                      "contact_property_stale) UNION ALL ") +
                           PackStale;
    Statement rows(db.handle(), sql.constData());
    while (rows.next())
        visit(rows.int64(0), rows.utf8(1));
    return rows.status();
}

Result<qint64> PropertySets::staleCount(Database& db)
{
    Statement count(db.handle(), "SELECT count(*) FROM contact_property_stale");
    auto n = count.optionalInt64();
    if (!n)
        return n.error();
    return n->value_or(0);
}

} // namespace leadloop
