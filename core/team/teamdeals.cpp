#include "teamdeals.h"

#include "pgconnection.h"
#include "store/database.h"
#include "store/statement.h"
#include "teamreplica.h"

namespace leadloop {

namespace {

/// Deals go up in batches of this many per statement.
constexpr int DealsPerStatement = 5000;

} // namespace

Result<qint64> TeamDeals::upload(Database& db, PgConnection& server)
{
    Statement query(db.handle(), "SELECT coalesce(external_id, ''), id, owner FROM deals");
    QStringList keys, owners;
    qint64 total = 0;
    const auto flush = [&]() -> Status {
        if (keys.isEmpty())
            return {};
        auto added = server.query(
            "INSERT INTO leadloop.deals AS d (deal_key, owner) SELECT * FROM unnest($1::text[], "
            "$2::text[]) ON CONFLICT (deal_key) DO UPDATE SET owner = EXCLUDED.owner WHERE "
            "d.owner IS DISTINCT FROM EXCLUDED.owner",
            {PgParam::textArray(keys), PgParam::textArray(owners)});
        if (!added)
            return added.error();
        total += keys.size();
        keys.clear();
        owners.clear();
        return {};
    };
    while (query.next()) {
        keys.append(TeamReplica::dealKey(query.text(0), query.int64(1)));
        owners.append(query.isNull(2) ? QString() : query.text(2));
        if (keys.size() == DealsPerStatement)
            if (Status sent = flush(); !sent)
                return sent.error();
    }
    if (Status read = query.status(); !read)
        return read.error();
    if (Status sent = flush(); !sent)
        return sent.error();
    return total;
}

} // namespace leadloop
