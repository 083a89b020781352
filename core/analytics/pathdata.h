#pragma once

#include "analytics/attributionmodels.h"
#include "common/result.h"

#include <QCoreApplication>
#include <vector>

namespace leadloop {

/// Aggregated journeys from another tool (docs/metrics.md, "Path data"): the ChannelAttribution
/// layout, one row per distinct path with `path` (channels joined by " > "),
/// `total_conversions`, and optionally `total_conversion_value` and `total_null`.
class PathData final
{
    Q_DECLARE_TR_FUNCTIONS(PathData)

public:
    /// Reads a CSV, TSV or semicolon file (detected) or an XLSX sheet; a bad row fails the whole
    /// read with a message naming the file, row and column.
    static Result<std::vector<attribution::Path>>
    read(const QString& file, const QString& separator = QStringLiteral(">"));
};

} // namespace leadloop
