#pragma once

#include "common/result.h"

#include <QStringList>

namespace leadloop {

class Database;

/// The values a report filter can choose from in a workspace: the channels sessions have, the
/// campaigns of costs and sessions, and the owners of deals and contacts, each sorted.
struct FilterChoices
{
    QStringList channels;
    QStringList campaigns;
    QStringList owners;

    /// Reads them; fails with the database's error.
    static Result<FilterChoices> load(Database& db);
};

} // namespace leadloop
