#include "outcomereports.h"

#include "common/money.h"
#include "leadresolver.h"
#include "store/database.h"
#include "store/statement.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace leadloop {

namespace {

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

QVariant amountText(const Statement& row, int column)
{
    return row.isNull(column) ? QVariant() : QVariant(formatCents(row.int64(column)));
}

} // namespace

Result<ResultTable> OutcomeReports::history(Database& db, const QString& leadText)
{
    auto lead = LeadResolver::resolve(db, leadText);
    if (!lead)
        return lead.error();
    Statement query(db.handle(),
                    "SELECT e.id, e.deal_id, coalesce(d.name, ''), e.at, e.recorded_at, e.by_user, "
                    "e.old_outcome, e.new_outcome, e.amount_cents, coalesce(e.currency, ''), "
                    "coalesce(e.reason, ''), coalesce(e.note, ''), e.origin FROM outcome_events e "
                    "JOIN deals d ON d.id = e.deal_id WHERE (?1 IS NOT NULL AND e.deal_id = ?1) "
                    "OR (?1 IS NULL AND d.contact_id = ?2) ORDER BY e.recorded_at, e.id");
    if (lead->dealId)
        query.bind(1, *lead->dealId);
    else
        query.bindNull(1);
    query.bind(2, lead->contactId.value_or(-1));
    ResultTable table;
    table.addColumn(u"event"_s, tr("Event"));
    table.addColumn(u"deal"_s, tr("Deal"));
    table.addColumn(u"deal_name"_s, tr("Deal name"));
    table.addColumn(u"at"_s, tr("Took effect (UTC)"));
    table.addColumn(u"recorded_at"_s, tr("Recorded (UTC)"));
    table.addColumn(u"by"_s, tr("By"));
    table.addColumn(u"old_outcome"_s, tr("From"));
    table.addColumn(u"new_outcome"_s, tr("To"));
    table.addColumn(u"amount"_s, tr("Amount"));
    table.addColumn(u"currency"_s, tr("Currency"));
    table.addColumn(u"reason"_s, tr("Reason"));
    table.addColumn(u"note"_s, tr("Note"));
    table.addColumn(u"origin"_s, tr("Origin"));
    while (query.next())
        table.addRow({query.int64(0), query.int64(1), query.text(2), isoTime(query.int64(3)),
                      isoTime(query.int64(4)), query.text(5), query.text(6), query.text(7),
                      amountText(query, 8), query.text(9), query.text(10), query.text(11),
                      query.text(12)});
    if (Status read = query.status(); !read)
        return read.error();
    table.meta = {
        {u"lead"_s, leadText}, {u"email"_s, lead->email}, {u"events"_s, table.rows.size()}};
    if (lead->contactId)
        table.meta.insert(u"contact"_s, *lead->contactId);
    return table;
}

Result<ResultTable> OutcomeReports::exportRows(Database& db)
{
    Statement query(
        db.handle(),
        "SELECT d.id, coalesce(d.external_id, ''), coalesce(c.external_id, ''), "
        "coalesce(c.email, ''), e.new_outcome, e.amount_cents, coalesce(e.currency, ''), "
        "coalesce(e.reason, ''), e.by_user, e.at, coalesce(e.note, '') FROM deals d "
        "JOIN outcome_events e ON e.id = (SELECT id FROM outcome_events WHERE deal_id = d.id "
        "ORDER BY at DESC, id DESC LIMIT 1) LEFT JOIN contacts c ON c.id = d.contact_id "
        "ORDER BY d.id");
    if (!query.isValid())
        return Error{ErrorCode::Database, query.errorString()};
    ResultTable table;
    table.addColumn(u"leadloop_deal_id"_s, tr("LeadLoop deal"));
    table.addColumn(u"deal_id"_s, tr("CRM deal id"));
    table.addColumn(u"contact_id"_s, tr("CRM contact id"));
    table.addColumn(u"email"_s, tr("E-mail"));
    table.addColumn(u"outcome"_s, tr("Outcome"));
    table.addColumn(u"amount"_s, tr("Amount"));
    table.addColumn(u"currency"_s, tr("Currency"));
    table.addColumn(u"reason"_s, tr("Reason"));
    table.addColumn(u"tagged_by"_s, tr("Tagged by"));
    table.addColumn(u"tagged_at"_s, tr("Tagged at (UTC)"));
    table.addColumn(u"note"_s, tr("Note"));
    while (query.next())
        table.addRow({query.int64(0), query.text(1), query.text(2), query.text(3), query.text(4),
                      amountText(query, 5), query.text(6), query.text(7), query.text(8),
                      isoTime(query.int64(9)), query.text(10)});
    if (Status read = query.status(); !read)
        return read.error();
    table.meta = {{u"deals"_s, table.rows.size()}};
    return table;
}

} // namespace leadloop
