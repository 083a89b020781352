#include "lostreasons.h"

#include "store/changelog.h"
#include "store/database.h"
#include "store/statement.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace leadloop {

Result<QStringList> LostReasons::list(Database& db)
{
    Statement query(db.handle(), "SELECT name FROM lost_reasons ORDER BY position, name");
    if (!query.isValid())
        return Error{ErrorCode::Database, query.errorString()};
    QStringList reasons;
    while (query.next())
        reasons.append(query.text(0));
    if (Status read = query.status(); !read)
        return read.error();
    return reasons;
}

Result<QString> LostReasons::canonical(Database& db, const QString& reason)
{
    const QString text = reason.trimmed();
    auto reasons = list(db);
    if (!reasons)
        return reasons.error();
    for (const QString& known : *reasons)
        if (known.compare(text, Qt::CaseInsensitive) == 0)
            return known;
    return text;
}

namespace {

/// Runs one edit of the list and, in a team replica, records the list before and after it
/// (ChangeLog), both or neither.
template <typename Edit> Status editList(Database& db, Edit&& edit)
{
    Savepoint unit(db);
    if (!unit.isActive())
        return unit.error();
    auto before = LostReasons::list(db);
    if (!before)
        return before.error();
    if (Status done = edit(); !done)
        return done;
    auto after = LostReasons::list(db);
    if (!after)
        return after.error();
    if (*after != *before)
        if (Status recorded = ChangeLog::record(db, u"lost_reasons"_s,
                                                {{u"names"_s, QJsonArray::fromStringList(*after)},
                                                 {u"old"_s, QJsonArray::fromStringList(*before)}});
            !recorded)
            return recorded;
    return unit.release();
}

} // namespace

Status LostReasons::add(Database& db, const QString& reason)
{
    return editList(db, [&] { return addOne(db, reason); });
}

Status LostReasons::remove(Database& db, const QString& reason)
{
    return editList(db, [&] { return removeOne(db, reason); });
}

Status LostReasons::setOrder(Database& db, const QStringList& reasons)
{
    return editList(db, [&] { return order(db, reasons); });
}

Status LostReasons::replace(Database& db, const QStringList& reasons)
{
    return editList(db, [&]() -> Status {
        if (Status cleared = db.exec(u"DELETE FROM lost_reasons"_s); !cleared)
            return cleared;
        Statement insert(db.handle(), "INSERT INTO lost_reasons (name, position) VALUES (?1, ?2)");
        for (qsizetype i = 0; i < reasons.size(); ++i)
            if (Status done = insert.bind(1, reasons[i]).bind(2, qint64(i + 1)).execute(); !done)
                return done;
        return {};
    });
}

Status LostReasons::addOne(Database& db, const QString& reason)
{
    const QString text = reason.trimmed();
    if (text.isEmpty())
        return Error{ErrorCode::InvalidArgument, tr("A lost reason cannot be empty.")};
    auto known = canonical(db, text);
    if (!known)
        return known.error();
    auto reasons = list(db);
    if (!reasons)
        return reasons.error();
    if (*known != text || reasons->contains(text))
        return Error{ErrorCode::AlreadyExists, tr("'%1' is already a lost reason.").arg(*known)};
    Statement insert(db.handle(), "INSERT INTO lost_reasons (name, position) VALUES (?1, "
                                  "(SELECT coalesce(max(position), 0) + 1 FROM lost_reasons))");
    return insert.bind(1, text).execute();
}

Status LostReasons::removeOne(Database& db, const QString& reason)
{
    auto text = canonical(db, reason);
    if (!text)
        return text.error();
    Statement erase(db.handle(), "DELETE FROM lost_reasons WHERE name = ?1");
    if (Status done = erase.bind(1, *text).execute(); !done)
        return done;
    if (db.changes() == 0)
        return Error{ErrorCode::BadInput, tr("'%1' is not a lost reason.").arg(reason.trimmed())};
    return {};
}

Status LostReasons::order(Database& db, const QStringList& reasons)
{
    // Positions below every other reason's (which start at 1), in the listed order.
    Statement move(db.handle(), "UPDATE lost_reasons SET position = ?2 WHERE name = ?1");
    for (qsizetype i = 0; i < reasons.size(); ++i)
        if (Status moved = move.bind(1, reasons[i]).bind(2, qint64(i - reasons.size())).execute();
            !moved)
            return moved;
    return {};
}

} // namespace leadloop
