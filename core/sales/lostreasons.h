#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QStringList>

namespace leadloop {

class Database;

/// The workspace's list of reasons offered when a deal is tagged lost (editable; free text is
/// accepted too).
class LostReasons final
{
    Q_DECLARE_TR_FUNCTIONS(LostReasons)

public:
    static Result<QStringList> list(Database& db);
    static Status add(Database& db, const QString& reason);
    static Status remove(Database& db, const QString& reason);
    /// Puts the listed reasons in this order (others keep theirs, after them).
    static Status setOrder(Database& db, const QStringList& reasons);
    /// The list's spelling of a reason that matches one case-insensitively, else the trimmed
    /// text as given.
    static Result<QString> canonical(Database& db, const QString& reason);
    /// Makes the list exactly `reasons`, in this order (a team member's list, or an undo).
    static Status replace(Database& db, const QStringList& reasons);

private:
    static Status addOne(Database& db, const QString& reason);
    static Status removeOne(Database& db, const QString& reason);
    static Status order(Database& db, const QStringList& reasons);
};

} // namespace leadloop
