#include "leadresolver.h"

#include "common/emailaddress.h"
#include "store/database.h"
#include "store/statement.h"

using namespace Qt::StringLiterals;

namespace leadloop {

namespace {

/// The ids one query finds for a text.
Result<QList<qint64>> ids(Database& db, const char* sql, const QString& value)
{
    Statement query(db.handle(), sql);
    query.bind(1, value);
    QList<qint64> found;
    while (query.next())
        found.append(query.int64(0));
    if (Status read = query.status(); !read)
        return read.error();
    return found;
}

Result<QString> emailOf(Database& db, qint64 contactId)
{
    Statement query(db.handle(), "SELECT coalesce(email, '') FROM contacts WHERE id = ?1");
    query.bind(1, contactId);
    auto email = query.optionalText();
    if (!email)
        return email.error();
    return email->value_or(QString());
}

} // namespace

Result<LeadRef> LeadResolver::resolve(Database& db, const QString& lead)
{
    const QString text = lead.trimmed();
    if (text.isEmpty())
        return Error{ErrorCode::InvalidArgument, tr("Name a lead: an e-mail, a contact id or a "
                                                    "deal id.")};
    LeadRef ref;
    if (text.contains(u'@')) {
        auto contacts = ids(db, "SELECT id FROM contacts WHERE email = ?1", normalizedEmail(text));
        if (!contacts)
            return contacts.error();
        if (contacts->isEmpty())
            return Error{ErrorCode::BadInput, tr("No lead has the e-mail %1.").arg(text)};
        ref.contactId = contacts->front();
        ref.email = normalizedEmail(text);
        return ref;
    }
    const bool dealPrefix = text.startsWith(u"deal:"_s, Qt::CaseInsensitive);
    const bool contactPrefix = text.startsWith(u"contact:"_s, Qt::CaseInsensitive);
    const QString value = dealPrefix ? text.mid(5) : contactPrefix ? text.mid(8) : text;
    bool numeric = false;
    (void)value.toLongLong(&numeric);

    QList<qint64> contacts, deals;
    const auto lookUp = [&](QList<qint64>& into, const char* sql) -> Status {
        auto found = ids(db, sql, value);
        if (!found)
            return found.error();
        into = *found;
        return {};
    };
    if (!dealPrefix) {
        if (Status s = lookUp(contacts, "SELECT id FROM contacts WHERE external_id = ?1"); !s)
            return s.error();
        if (contacts.isEmpty() && numeric)
            if (Status s = lookUp(contacts, "SELECT id FROM contacts WHERE id = ?1"); !s)
                return s.error();
    }
    if (!contactPrefix) {
        if (Status s = lookUp(deals, "SELECT id FROM deals WHERE external_id = ?1"); !s)
            return s.error();
        if (deals.isEmpty() && numeric && dealPrefix)
            if (Status s = lookUp(deals, "SELECT id FROM deals WHERE id = ?1"); !s)
                return s.error();
    }
    if (!contacts.isEmpty() && !deals.isEmpty())
        return Error{
            ErrorCode::InvalidArgument,
            tr("'%1' names both a contact and a deal; write contact:%1 or deal:%1.").arg(value)};
    if (!deals.isEmpty()) {
        ref.dealId = deals.front();
        Statement owner(db.handle(), "SELECT contact_id FROM deals WHERE id = ?1");
        owner.bind(1, *ref.dealId);
        auto contact = owner.optionalInt64();
        if (!contact)
            return contact.error();
        ref.contactId = *contact;
    } else if (!contacts.isEmpty()) {
        ref.contactId = contacts.front();
    } else {
        return Error{ErrorCode::BadInput,
                     tr("No lead or deal is called '%1' (give an e-mail, a contact id or "
                        "deal:ID).")
                         .arg(text)};
    }
    if (ref.contactId) {
        auto email = emailOf(db, *ref.contactId);
        if (!email)
            return email.error();
        ref.email = *email;
    }
    return ref;
}

} // namespace leadloop
