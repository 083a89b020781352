#include "identitystitcher.h"

#include "store/database.h"
#include "store/statement.h"

using namespace Qt::StringLiterals;

namespace leadloop {

Result<StitchCounts> IdentityStitcher::stitch(Database& db, qint64 now, std::optional<qint64> batch)
{
    StitchCounts counts;
    // Each visitor's e-mails, in the order they were first seen.
    Statement pairs(db.handle(),
                    "SELECT visitor_id, email, min(ts) FROM events WHERE email IS NOT NULL AND "
                    "email <> '' GROUP BY visitor_id, email ORDER BY min(ts), visitor_id");
    struct Pair
    {
        qint64 visitor;
        QString email;
        qint64 ts;
    };
    QList<Pair> found;
    while (pairs.next())
        found.append({pairs.int64(0), pairs.text(1), pairs.int64(2)});
    if (Status read = pairs.status(); !read)
        return read.error();

    Statement contactByEmail(db.handle(), "SELECT id FROM contacts WHERE email = ?1");
    Statement newContact(db.handle(), "INSERT INTO contacts (email, created_at, lifecycle_stage, "
                                      "batch_id) VALUES (?1, ?2, 'lead', ?3)");
    Statement linkOf(db.handle(), "SELECT contact_id, active FROM identity_links WHERE "
                                  "visitor_id = ?1");
    Statement addLink(db.handle(), "INSERT INTO identity_links (visitor_id, contact_id, method, "
                                   "linked_at, active, batch_id) VALUES (?1, ?2, 'form_email', ?3, "
                                   "1, ?4)");
    Statement logged(db.handle(), "SELECT 1 FROM identity_log WHERE visitor_id = ?1 AND "
                                  "contact_id = ?2 AND action = 'conflict'");
    Statement log(db.handle(), "INSERT INTO identity_log (visitor_id, contact_id, action, at, "
                               "by_user, reason) VALUES (?1, ?2, ?3, ?4, 'LeadLoop', ?5)");
    for (const Pair& pair : found) {
        qint64 contact = 0;
        contactByEmail.bind(1, pair.email);
        auto byEmail = contactByEmail.optionalInt64();
        if (!byEmail)
            return byEmail.error();
        contact = byEmail->value_or(0);
        if (!contact) {
            newContact.bind(1, pair.email).bind(2, pair.ts).bind(3, batch);
            auto id = newContact.insert();
            if (!id)
                return id.error();
            contact = *id;
            ++counts.contactsCreated;
        }
        QList<qint64> active;
        bool known = false; // this pair has a link row, active or removed by a user
        linkOf.bind(1, pair.visitor);
        while (linkOf.next()) {
            if (linkOf.int64(0) == contact)
                known = true;
            else if (linkOf.int64(1))
                active.append(linkOf.int64(0));
        }
        if (Status read = linkOf.status(); !read)
            return read.error();
        linkOf.reset();
        if (known)
            continue;
        if (active.isEmpty()) {
            if (Status done = addLink.bind(1, pair.visitor)
                                  .bind(2, contact)
                                  .bind(3, pair.ts)
                                  .bind(4, batch)
                                  .execute();
                !done)
                return done.error();
            if (Status done = log.bind(1, pair.visitor)
                                  .bind(2, contact)
                                  .bind(3, u"link"_s)
                                  .bind(4, now)
                                  .bind(5, tr("a form carried %1").arg(pair.email))
                                  .execute();
                !done)
                return done.error();
            ++counts.visitorsLinked;
            continue;
        }
        logged.bind(1, pair.visitor).bind(2, contact);
        auto already = logged.optionalInt64();
        if (!already)
            return already.error();
        if (*already)
            continue;
        if (Status done = log.bind(1, pair.visitor)
                              .bind(2, contact)
                              .bind(3, u"conflict"_s)
                              .bind(4, now)
                              .bind(5, tr("the cookie is linked to contact %1 and a form carried "
                                          "%2")
                                           .arg(active.front())
                                           .arg(pair.email))
                              .execute();
            !done)
            return done.error();
        ++counts.conflicts;
    }
    // A lead exists from its CRM creation or its first conversion, whichever is earlier.
    if (Status done = db.exec(
            u"UPDATE contacts SET created_at = (SELECT min(e.ts) FROM events e JOIN "
            u"identity_links l ON l.visitor_id = e.visitor_id AND l.active = 1 WHERE "
            u"l.contact_id = contacts.id AND e.is_conversion = 1) WHERE (SELECT min(e.ts) FROM "
            u"events e JOIN identity_links l ON l.visitor_id = e.visitor_id AND l.active = 1 WHERE "
            u"l.contact_id = contacts.id AND e.is_conversion = 1) < created_at"_s);
        !done)
        return done.error();
    return counts;
}

} // namespace leadloop
