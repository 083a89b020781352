#pragma once

#include "analytics/conversionpaths.h"
#include "common/result.h"
#include "common/resulttable.h"

#include <QCoreApplication>

namespace leadloop {

class Database;

/// The `paths` report (docs/metrics.md, "Paths to conversion"): the most frequent sequences of
/// touches that led to a conversion, with their conversions, value and share.
class PathsReport final
{
    Q_DECLARE_TR_FUNCTIONS(PathsReport)

public:
    static Result<ResultTable> run(Database& db, const PathQuery& query, int top);
};

} // namespace leadloop
