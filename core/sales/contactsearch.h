#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QStringList>

namespace leadloop {

class Database;

/// What a user can type to find a contact: one line per contact with an e-mail, "Name, Company
/// <e-mail>", sorted by name; the e-mail in angle brackets is what LeadResolver takes.
class ContactSearch final
{
    Q_DECLARE_TR_FUNCTIONS(ContactSearch)

public:
    static Result<QStringList> suggestions(Database& db);
};

} // namespace leadloop
