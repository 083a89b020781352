#include "teamhistory.h"

#include "store/database.h"
#include "store/statement.h"
#include "teamreplica.h"

#include <QDateTime>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace leadloop {

Result<ResultTable> TeamHistory::table(Database& db)
{
    // Tags are outcome events (team_events); a refused tag is kept in team_changes only.
    Statement query(db.handle(),
                    "SELECT * FROM (SELECT c.seq AS seq, c.at AS at, c.by_user, c.kind, c.payload, "
                    "CASE WHEN c.refused IS NOT "
                    "NULL THEN 'refused' WHEN c.seq IS NULL THEN 'unsent' ELSE 'sent' END, "
                    "coalesce(c.refused, ''), NULL, NULL, NULL FROM team_changes c UNION ALL "
                    "SELECT t.seq, o.recorded_at, o.by_user, 'tag', NULL, CASE WHEN t.seq IS NULL "
                    "THEN 'unsent' ELSE 'sent' END, '', coalesce(d.external_id, ''), d.id, "
                    "o.new_outcome FROM team_events t JOIN outcome_events o ON o.id = t.event_id "
                    "JOIN deals d ON d.id = o.deal_id) ORDER BY seq IS NULL, seq, at");
    ResultTable table;
    table.addColumn(u"seq"_s, tr("#"), ValueKind::Text);
    table.addColumn(u"at"_s, tr("Made at"), ValueKind::Text);
    table.addColumn(u"by"_s, tr("By"), ValueKind::Text);
    table.addColumn(u"kind"_s, tr("Kind"), ValueKind::Text);
    table.addColumn(u"change"_s, tr("Change"), ValueKind::Text);
    table.addColumn(u"state"_s, tr("State"), ValueKind::Text);
    table.addColumn(u"reason"_s, tr("Refused because"), ValueKind::Text);
    while (query.next()) {
        const QString kind = query.text(3);
        // Tags are outcome events (team_events); a refused tag is kept in team_changes only.
        const QJsonObject payload =
            query.isNull(4)
                ? QJsonObject{{u"deal"_s, TeamReplica::dealKey(query.text(7), query.int64(8))},
                              {u"outcome"_s, query.text(9)}}
                : QJsonDocument::fromJson(query.text(4).toUtf8()).object();
        table.addRow({query.isNull(0) ? QVariant() : QVariant(query.int64(0)),
                      QDateTime::fromMSecsSinceEpoch(query.int64(1), Qt::UTC).toString(Qt::ISODate),
                      query.text(2), kind, describe(kind, payload), query.text(5), query.text(6)});
    }
    if (Status read = query.status(); !read)
        return read.error();
    return table;
}

QString TeamHistory::describe(const QString& kind, const QJsonObject& p)
{
    if (kind == u"tag")
        return tr("tag of %1 as %2")
            .arg(p.value(u"deal"_s).toString().remove(u"deal:"_s),
                 p.value(u"outcome"_s).toString());
    if (kind == u"setting")
        return tr("setting %1 = %2")
            .arg(p.value(u"key"_s).toString(), p.value(u"value"_s).toString());
    if (kind == u"import")
        return tr("import of %1 (%2)")
            .arg(p.value(u"source_name"_s).toString(), p.value(u"kind"_s).toString());
    if (kind == u"lost_reasons")
        return tr("lost reasons: %1")
            .arg(p.value(u"names"_s).toVariant().toStringList().join(u", "_s));
    if (kind == u"channel_rules")
        return tr("channel grouping %1").arg(p.value(u"id"_s).toString());
    if (kind == u"identity")
        return tr("identity: %1 %2 and %3")
            .arg(p.value(u"action"_s).toString(), p.value(u"visitor"_s).toString(),
                 p.value(u"contact"_s).toString());
    if (kind == u"consent")
        return tr("consent of %1: %2 %3")
            .arg(p.value(u"contact"_s).toString(), p.value(u"signal"_s).toString(),
                 p.value(u"state"_s).toString());
    if (kind == u"campaign_cost")
        return tr("cost of %1 on %2: %3")
            .arg(p.value(u"campaign"_s).toString(),
                 QDateTime::fromMSecsSinceEpoch(qint64(p.value(u"day"_s).toDouble()), Qt::UTC)
                     .date()
                     .toString(Qt::ISODate),
                 p.value(u"value"_s).isObject()
                     ? QString::number(p.value(u"value"_s)[u"cents"_s].toDouble() / 100.0, 'f', 2) +
                           u' ' + p.value(u"currency"_s).toString()
                     : tr("removed"));
    if (kind == u"batch_removed")
        return tr("removal of import %1").arg(p.value(u"batch"_s).toString());
    return kind;
}

} // namespace leadloop
