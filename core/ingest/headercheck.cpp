#include "headercheck.h"

#include <algorithm>

namespace leadloop {

std::optional<Error> HeaderCheck::duplicateUsedColumn(const QStringList& header,
                                                      const QList<int>& used)
{
    for (int column : used) {
        if (column < 0 || column >= header.size())
            continue;
        const QString name = header[column].trimmed().toLower();
        for (int other = 0; other < header.size(); ++other)
            if (other != column && header[other].trimmed().toLower() == name)
                return Error{ErrorCode::BadInput,
                             tr("The header names the column '%1' twice (columns %2 and %3), so "
                                "which one to read is unclear. Rename one of them.")
                                 .arg(header[column].trimmed())
                                 .arg(std::min(column, other) + 1)
                                 .arg(std::max(column, other) + 1)};
    }
    return std::nullopt;
}

} // namespace leadloop
