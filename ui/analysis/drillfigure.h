#pragma once

#include "analytics/drilldown.h"

namespace leadloop {

/// A figure of an analysis table turned into what drilling into it asks for, and a line that
/// names it for people ("Leads · Channel: Email · linear").
struct DrillFigure
{
    DrillRequest request;
    QString description;

    /// The figure at `row`, `key` of a report run with `query` and `model`: sessions and
    /// visitors list sessions; leads, opportunities, customers and revenue list the people of
    /// that conversion kind; `<model>_conversions` and `<model>_value` the people that model
    /// credits for the query's kind; any other key the query's kind under `model`.
    static DrillFigure of(const ResultTable& table, int row, const QString& key,
                          const PathQuery& query, attribution::Model model);
};

} // namespace leadloop
