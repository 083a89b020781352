#include "savedfunnels.h"

#include "store/database.h"
#include "store/statement.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace leadloop {

Status SavedFunnels::save(Database& db, const QString& name, const FunnelDefinition& definition,
                          const QString& user)
{
    if (name.trimmed().isEmpty())
        return Error{ErrorCode::InvalidArgument, tr("A saved funnel needs a name.")};
    FunnelDefinition named = definition;
    named.name = name.trimmed();
    Statement insert(db.handle(),
                     "INSERT INTO saved_funnels (name, definition, saved_at, saved_by) VALUES "
                     "(?1, ?2, ?3, ?4) ON CONFLICT (name) DO UPDATE SET definition = "
                     "excluded.definition, saved_at = excluded.saved_at, saved_by = "
                     "excluded.saved_by");
    insert.bind(1, named.name)
        .bind(2, QString::fromUtf8(QJsonDocument(named.toJson()).toJson(QJsonDocument::Compact)))
        .bind(3, QDateTime::currentMSecsSinceEpoch())
        .bind(4, user);
    return insert.execute();
}

Result<FunnelDefinition> SavedFunnels::load(Database& db, const QString& name)
{
    Statement query(db.handle(), "SELECT definition FROM saved_funnels WHERE name = ?1");
    query.bind(1, name.trimmed());
    auto json = query.optionalText();
    if (!json)
        return json.error();
    if (!*json)
        return Error{ErrorCode::NotFound, tr("There is no saved funnel named %1.").arg(name)};
    return FunnelDefinition::fromJson(json->value().toUtf8(), tr("the saved funnel %1").arg(name));
}

Status SavedFunnels::remove(Database& db, const QString& name)
{
    Statement remove(db.handle(), "DELETE FROM saved_funnels WHERE name = ?1");
    remove.bind(1, name.trimmed());
    if (Status done = remove.execute(); !done)
        return done;
    if (sqlite3_changes(db.handle()) == 0)
        return Error{ErrorCode::NotFound, tr("There is no saved funnel named %1.").arg(name)};
    return {};
}

Result<std::vector<FunnelDefinition>> SavedFunnels::loadAll(Database& db)
{
    Statement query(db.handle(), "SELECT name, definition FROM saved_funnels ORDER BY name");
    std::vector<FunnelDefinition> out;
    while (query.next()) {
        auto def = FunnelDefinition::fromJson(query.text(1).toUtf8(), query.text(0));
        if (!def)
            return def.error();
        def->name = query.text(0);
        out.push_back(std::move(*def));
    }
    if (Status read = query.status(); !read)
        return read.error();
    return out;
}

Result<ResultTable> SavedFunnels::list(Database& db)
{
    Statement query(db.handle(), "SELECT name, definition, saved_at, saved_by FROM saved_funnels "
                                 "ORDER BY name");
    ResultTable table;
    table.addColumn(u"name"_s, tr("Name"), ValueKind::Text);
    table.addColumn(u"steps"_s, tr("Steps"), ValueKind::Text);
    table.addColumn(u"saved_at"_s, tr("Saved (UTC)"), ValueKind::Text);
    table.addColumn(u"saved_by"_s, tr("By"), ValueKind::Text);
    while (query.next()) {
        auto def = FunnelDefinition::fromJson(query.text(1).toUtf8(), query.text(0));
        QStringList steps;
        if (def)
            for (const FunnelStep& s : def->steps)
                steps << s.describe();
        table.addRow(
            {query.text(0), def ? steps.join(u" → "_s) : def.error().message,
             QDateTime::fromMSecsSinceEpoch(query.int64(2), QTimeZone::utc()).toString(Qt::ISODate),
             query.text(3)});
    }
    if (Status read = query.status(); !read)
        return read.error();
    return table;
}

} // namespace leadloop
