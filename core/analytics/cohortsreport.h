#pragma once

#include "common/result.h"
#include "common/resulttable.h"

#include <QCoreApplication>

namespace leadloop {

class Database;

/// Cohorts (docs/metrics.md, "Cohorts"): people grouped by the week or month of their first
/// visit or of becoming a lead, and per cohort the cumulative leads, customers or revenue by
/// weeks or months since: a triangle, each row ending at the last period the data reaches.
class CohortsReport final
{
    Q_DECLARE_TR_FUNCTIONS(CohortsReport)

public:
    struct Query
    {
        QString start = QStringLiteral("first-visit"); ///< first-visit or lead
        QString period = QStringLiteral("month");      ///< week or month
        QString metric = QStringLiteral("customers");  ///< leads, customers or revenue
    };
    static Result<ResultTable> run(Database& db, const Query& query);
};

} // namespace leadloop
