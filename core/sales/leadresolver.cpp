#include "leadresolver.h"

#include "store/database.h"
#include "store/statement.h"

using namespace Qt::StringLiterals;

namespace leadloop {

namespace {

/// The ids one query finds for a text.
QList<qint64> ids(Database& db, const char* sql, const QString& value)
{
    Statement query(db.handle(), sql);
    query.bind(1, value);
    QList<qint64> found;
    while (query.next())
        found.append(query.int64(0));
    return found;
}

QString emailOf(Database& db, qint64 contactId)
{
    Statement query(db.handle(), "SELECT coalesce(email, '') FROM contacts WHERE id = ?1");
    query.bind(1, contactId);
    return query.next() ? query.text(0) : QString();
}

} // namespace

QString LeadResolver::normalizedEmail(const QString& email)
{
    return email.trimmed().toLower();
}

Result<LeadRef> LeadResolver::resolve(Database& db, const QString& lead)
{
    const QString text = lead.trimmed();
    if (text.isEmpty())
        return Error{ErrorCode::InvalidArgument, tr("Name a lead: an e-mail, a contact id or a "
                                                    "deal id.")};
    LeadRef ref;
    if (text.contains(u'@')) {
        const QList<qint64> contacts =
            ids(db, "SELECT id FROM contacts WHERE email = ?1", normalizedEmail(text));
        if (contacts.isEmpty())
            return Error{ErrorCode::BadInput, tr("No lead has the e-mail %1.").arg(text)};
        ref.contactId = contacts.front();
        ref.email = normalizedEmail(text);
        return ref;
    }
    const bool dealPrefix = text.startsWith(u"deal:"_s, Qt::CaseInsensitive);
    const bool contactPrefix = text.startsWith(u"contact:"_s, Qt::CaseInsensitive);
    const QString value = dealPrefix ? text.mid(5) : contactPrefix ? text.mid(8) : text;
    bool numeric = false;
    (void)value.toLongLong(&numeric);

    QList<qint64> contacts, deals;
    if (!dealPrefix) {
        contacts = ids(db, "SELECT id FROM contacts WHERE external_id = ?1", value);
        if (contacts.isEmpty() && numeric)
            contacts = ids(db, "SELECT id FROM contacts WHERE id = ?1", value);
    }
    if (!contactPrefix) {
        deals = ids(db, "SELECT id FROM deals WHERE external_id = ?1", value);
        if (deals.isEmpty() && numeric && dealPrefix)
            deals = ids(db, "SELECT id FROM deals WHERE id = ?1", value);
    }
    if (!contacts.isEmpty() && !deals.isEmpty())
        return Error{
            ErrorCode::InvalidArgument,
            tr("'%1' names both a contact and a deal; write contact:%1 or deal:%1.").arg(value)};
    if (!deals.isEmpty()) {
        ref.dealId = deals.front();
        Statement owner(db.handle(), "SELECT contact_id FROM deals WHERE id = ?1");
        owner.bind(1, *ref.dealId);
        if (owner.next() && !owner.isNull(0))
            ref.contactId = owner.int64(0);
    } else if (!contacts.isEmpty()) {
        ref.contactId = contacts.front();
    } else {
        return Error{ErrorCode::BadInput,
                     tr("No lead or deal is called '%1' (give an e-mail, a contact id or "
                        "deal:ID).")
                         .arg(text)};
    }
    if (ref.contactId)
        ref.email = emailOf(db, *ref.contactId);
    return ref;
}

} // namespace leadloop
