#pragma once

#include "common/result.h"
#include "common/resulttable.h"

#include <QCoreApplication>

namespace leadloop {

class Database;

/// The user's side of identity stitching (docs/identity.md): the links between visitors and
/// contacts, the review list of cookies seen with two e-mails, and the decisions on them. Every
/// decision is logged in identity_log with who, when and why.
class IdentityReview final
{
    Q_DECLARE_TR_FUNCTIONS(IdentityReview)

public:
    /// Active links: visitor, cookie, contact, e-mail, method, linked_at.
    static Result<ResultTable> links(Database& db);
    /// Cookies waiting for a decision: visitor, cookie, the contact it is linked to and the one
    /// a form or the CRM named, with their e-mails.
    static Result<ResultTable> conflicts(Database& db);

    /// Links the visitor (cookie id or visitor id) to the contact (e-mail or contact id) and
    /// makes that its only active link; resolves the visitor's conflicts.
    static Status link(Database& db, const QString& visitor, const QString& contact,
                       const QString& byUser, const QString& reason);
    /// Removes a link exactly: the visitor no longer belongs to the contact, and stitching does
    /// not link them again.
    static Status unlink(Database& db, const QString& visitor, const QString& contact,
                         const QString& byUser, const QString& reason);
    /// Leaves the visitor apart from the contact it was seen with; resolves the conflict.
    static Status keepApart(Database& db, const QString& visitor, const QString& contact,
                            const QString& byUser, const QString& reason);
    /// Puts a decided conflict back on the review list (the undo of link or keep-apart), in one
    /// transaction: the visitor's link to `contact` is removed if it has one, its links to the
    /// contacts in `restore` (ids) become active again, and a new conflict is logged. Nothing is
    /// deleted from the log.
    static Status reopen(Database& db, const QString& visitor, const QString& contact,
                         const QList<qint64>& restore, const QString& byUser);
};

} // namespace leadloop
