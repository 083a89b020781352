#include "identityreview.h"

#include "sales/leadresolver.h"
#include "sales/outcometagger.h"
#include "store/changelog.h"
#include "store/database.h"
#include "store/statement.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace leadloop {

namespace {

Result<qint64> visitorId(Database& db, const QString& text)
{
    Statement byCookie(db.handle(), "SELECT id FROM visitors WHERE cookie_id = ?1");
    byCookie.bind(1, text.trimmed());
    auto cookie = byCookie.optionalInt64();
    if (!cookie)
        return cookie.error();
    if (*cookie)
        return **cookie;
    bool numeric = false;
    const qint64 id = text.trimmed().toLongLong(&numeric);
    if (numeric) {
        Statement byId(db.handle(), "SELECT id FROM visitors WHERE id = ?1");
        byId.bind(1, id);
        auto known = byId.optionalInt64();
        if (!known)
            return known.error();
        if (*known)
            return id;
    }
    return Error{ErrorCode::BadInput,
                 IdentityReview::tr("No visitor has the cookie id or number '%1'.").arg(text)};
}

Result<qint64> contactId(Database& db, const QString& text)
{
    auto lead = LeadResolver::resolve(db, text);
    if (!lead)
        return lead.error();
    if (!lead->contactId)
        return Error{ErrorCode::BadInput,
                     IdentityReview::tr("'%1' is a deal without a contact.").arg(text)};
    return *lead->contactId;
}

Status logAction(Database& db, qint64 visitor, qint64 contact, const char* action,
                 const QString& byUser, const QString& reason)
{
    Statement log(db.handle(), "INSERT INTO identity_log (visitor_id, contact_id, action, at, "
                               "by_user, reason) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    return log.bind(1, visitor)
        .bind(2, contact)
        .bind(3, QString::fromLatin1(action))
        .bind(4, QDateTime::currentMSecsSinceEpoch())
        .bind(5, byUser.trimmed().isEmpty() ? OutcomeTagger::defaultUser() : byUser.trimmed())
        .bind(6, reason.trimmed().isEmpty() ? QString() : reason.trimmed())
        .execute();
}

/// How every replica of a team names a contact: its e-mail, else its id.
Result<QString> contactKey(Database& db, qint64 contact)
{
    Statement query(db.handle(), "SELECT coalesce(email, '') FROM contacts WHERE id = ?1");
    query.bind(1, contact);
    auto email = query.optionalText();
    if (!email)
        return email.error();
    return *email && !(*email)->isEmpty() ? **email : QString::number(contact);
}

/// Runs a user's decision on a visitor and a contact, named as the user wrote them, in one
/// transaction, and records it for a team's other members (ChangeLog): `action` and `extra`
/// are what they need to make the same decision.
template <typename Body>
Status decide(Database& db, const QString& action, const QString& visitorText,
              const QString& contactText, QJsonObject extra, Body&& body)
{
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    auto visitor = visitorId(db, visitorText);
    if (!visitor)
        return visitor.error();
    auto contact = contactId(db, contactText);
    if (!contact)
        return contact.error();
    if (Status done = body(*visitor, *contact); !done)
        return done;
    Statement cookie(db.handle(), "SELECT cookie_id FROM visitors WHERE id = ?1");
    cookie.bind(1, *visitor);
    auto cookieId = cookie.optionalText();
    if (!cookieId)
        return cookieId.error();
    auto key = contactKey(db, *contact);
    if (!key)
        return key.error();
    extra.insert(u"action"_s, action);
    extra.insert(u"visitor"_s, cookieId->value_or(QString()));
    extra.insert(u"contact"_s, *key);
    if (Status recorded = ChangeLog::record(db, u"identity"_s, extra); !recorded)
        return recorded;
    return transaction.commit();
}

QString timeText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

} // namespace

Result<ResultTable> IdentityReview::links(Database& db)
{
    Statement query(db.handle(),
                    "SELECT l.visitor_id, v.cookie_id, l.contact_id, coalesce(c.email, ''), "
                    "l.method, l.linked_at FROM identity_links l JOIN visitors v ON v.id = "
                    "l.visitor_id JOIN contacts c ON c.id = l.contact_id WHERE l.active = 1 ORDER "
                    "BY l.contact_id, l.linked_at");
    ResultTable table;
    table.addColumn(u"visitor"_s, tr("Visitor"));
    table.addColumn(u"cookie"_s, tr("Cookie id"));
    table.addColumn(u"contact"_s, tr("Contact"));
    table.addColumn(u"email"_s, tr("E-mail"));
    table.addColumn(u"method"_s, tr("How"));
    table.addColumn(u"linked_at"_s, tr("Linked (UTC)"));
    while (query.next())
        table.addRow({query.int64(0), query.text(1), query.int64(2), query.text(3), query.text(4),
                      timeText(query.int64(5))});
    if (Status read = query.status(); !read)
        return read.error();
    table.meta = {{u"links"_s, table.rows.size()}};
    return table;
}

Result<ResultTable> IdentityReview::conflicts(Database& db)
{
    // A conflict stands until a later link or keep_apart decision on the same visitor.
    Statement query(
        db.handle(),
        "SELECT g.visitor_id, v.cookie_id, coalesce((SELECT group_concat(l.contact_id) FROM "
        "identity_links l WHERE l.visitor_id = g.visitor_id AND l.active = 1), ''), "
        "coalesce((SELECT group_concat(c2.email) FROM identity_links l JOIN contacts c2 ON c2.id "
        "= l.contact_id WHERE l.visitor_id = g.visitor_id AND l.active = 1), ''), g.contact_id, "
        "coalesce(c.email, ''), g.at, coalesce(g.reason, '') FROM identity_log g JOIN visitors v "
        "ON v.id = g.visitor_id JOIN contacts c ON c.id = g.contact_id WHERE g.action = "
        "'conflict' AND NOT EXISTS (SELECT 1 FROM identity_log d WHERE d.visitor_id = "
        "g.visitor_id AND d.action IN ('link', 'keep_apart', 'unlink') AND d.id > g.id) ORDER BY "
        "g.at, g.id");
    ResultTable table;
    table.addColumn(u"visitor"_s, tr("Visitor"));
    table.addColumn(u"cookie"_s, tr("Cookie id"));
    table.addColumn(u"linked_contact"_s, tr("Linked to"));
    table.addColumn(u"linked_email"_s, tr("Its e-mail"));
    table.addColumn(u"other_contact"_s, tr("Also seen as"));
    table.addColumn(u"other_email"_s, tr("That e-mail"));
    table.addColumn(u"seen_at"_s, tr("Seen (UTC)"));
    table.addColumn(u"reason"_s, tr("Why"));
    while (query.next())
        table.addRow({query.int64(0), query.text(1), query.text(2), query.text(3), query.int64(4),
                      query.text(5), timeText(query.int64(6)), query.text(7)});
    if (Status read = query.status(); !read)
        return read.error();
    table.meta = {{u"conflicts"_s, table.rows.size()}};
    return table;
}

Status IdentityReview::link(Database& db, const QString& visitorText, const QString& contactText,
                            const QString& byUser, const QString& reason)
{
    return decide(
        db, u"link"_s, visitorText, contactText, {{u"reason"_s, reason}, {u"by"_s, byUser}},
        [&](qint64 visitor, qint64 contact) -> Status {
            // One active link per visitor: others are removed, and logged as such.
            Statement others(db.handle(),
                             "SELECT contact_id FROM identity_links WHERE visitor_id = ?1 "
                             "AND active = 1 AND contact_id <> ?2");
            others.bind(1, visitor).bind(2, contact);
            QList<qint64> removed;
            while (others.next())
                removed.append(others.int64(0));
            if (Status read = others.status(); !read)
                return read.error();
            for (qint64 other : removed) {
                Statement off(db.handle(),
                              "UPDATE identity_links SET active = 0 WHERE visitor_id = ?1 AND "
                              "contact_id = ?2");
                if (Status done = off.bind(1, visitor).bind(2, other).execute(); !done)
                    return done;
                if (Status done = logAction(db, visitor, other, "unlink", byUser,
                                            tr("linked to contact %1 instead").arg(contact));
                    !done)
                    return done;
            }
            Statement upsert(
                db.handle(),
                "INSERT INTO identity_links (visitor_id, contact_id, method, linked_at, "
                "active) VALUES (?1, ?2, 'manual', ?3, 1) ON CONFLICT (visitor_id, "
                "contact_id) DO UPDATE SET active = 1, method = 'manual', linked_at = ?3");
            if (Status done = upsert.bind(1, visitor)
                                  .bind(2, contact)
                                  .bind(3, QDateTime::currentMSecsSinceEpoch())
                                  .execute();
                !done)
                return done;
            if (Status done = logAction(db, visitor, contact, "link", byUser, reason); !done)
                return done;
            return {};
        });
}

Status IdentityReview::unlink(Database& db, const QString& visitorText, const QString& contactText,
                              const QString& byUser, const QString& reason)
{
    return decide(
        db, u"unlink"_s, visitorText, contactText, {{u"reason"_s, reason}, {u"by"_s, byUser}},
        [&](qint64 visitor, qint64 contact) -> Status {
            Statement off(db.handle(),
                          "UPDATE identity_links SET active = 0 WHERE visitor_id = ?1 AND "
                          "contact_id = ?2 AND active = 1");
            if (Status done = off.bind(1, visitor).bind(2, contact).execute(); !done)
                return done;
            if (db.changes() == 0)
                return Error{ErrorCode::BadInput,
                             tr("Visitor %1 is not linked to %2.").arg(visitorText, contactText)};
            if (Status done = logAction(db, visitor, contact, "unlink", byUser, reason); !done)
                return done;
            return {};
        });
}

Status IdentityReview::keepApart(Database& db, const QString& visitorText,
                                 const QString& contactText, const QString& byUser,
                                 const QString& reason)
{
    return decide(
        db, u"keep_apart"_s, visitorText, contactText, {{u"reason"_s, reason}, {u"by"_s, byUser}},
        [&](qint64 visitor, qint64 contact) -> Status {
            // Recorded as a removed link, so stitching never links the pair by itself.
            Statement apart(db.handle(),
                            "INSERT INTO identity_links (visitor_id, contact_id, method, "
                            "linked_at, active) VALUES (?1, ?2, 'manual', ?3, 0) ON CONFLICT "
                            "(visitor_id, contact_id) DO UPDATE SET active = 0");
            if (Status done = apart.bind(1, visitor)
                                  .bind(2, contact)
                                  .bind(3, QDateTime::currentMSecsSinceEpoch())
                                  .execute();
                !done)
                return done;
            if (Status done = logAction(db, visitor, contact, "keep_apart", byUser, reason); !done)
                return done;
            return {};
        });
}

Status IdentityReview::reopen(Database& db, const QString& visitorText, const QString& contactText,
                              const QList<qint64>& restore, const QString& byUser)
{
    QJsonArray restoreKeys;
    for (qint64 previous : restore) {
        auto key = contactKey(db, previous);
        if (!key)
            return key.error();
        restoreKeys.append(*key);
    }
    return decide(
        db, u"reopen"_s, visitorText, contactText, {{u"restore"_s, restoreKeys}, {u"by"_s, byUser}},
        [&](qint64 visitor, qint64 contact) -> Status {
            const QString why = tr("undone");
            Statement off(db.handle(),
                          "UPDATE identity_links SET active = 0 WHERE visitor_id = ?1 AND "
                          "contact_id = ?2 AND active = 1");
            if (Status done = off.bind(1, visitor).bind(2, contact).execute(); !done)
                return done;
            if (db.changes() > 0)
                if (Status done = logAction(db, visitor, contact, "unlink", byUser, why); !done)
                    return done;
            for (qint64 previous : restore) {
                Statement on(db.handle(),
                             "UPDATE identity_links SET active = 1 WHERE visitor_id = ?1 "
                             "AND contact_id = ?2 AND active = 0");
                if (Status done = on.bind(1, visitor).bind(2, previous).execute(); !done)
                    return done;
                if (db.changes() > 0)
                    if (Status done = logAction(db, visitor, previous, "link", byUser, why); !done)
                        return done;
            }
            return logAction(db, visitor, contact, "conflict", byUser, why);
        });
}

} // namespace leadloop
