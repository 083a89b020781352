#pragma once

#include "common/error.h"

#include <optional>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace leadloop {

/// Checks of a table file's header that every importer makes: a column LeadLoop reads must be
/// named once (compared trimmed and in lower case), or which of the two it read is a guess.
class HeaderCheck final
{
    Q_DECLARE_TR_FUNCTIONS(HeaderCheck)

public:
    /// BadInput naming the column and its two places when one of the `used` columns' names
    /// appears twice in `header`; nothing when every used name is unique. Negative indexes are
    /// skipped.
    static std::optional<Error> duplicateUsedColumn(const QStringList& header,
                                                    const QList<int>& used);
};

} // namespace leadloop
