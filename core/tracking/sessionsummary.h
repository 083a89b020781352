#pragma once

#include "common/result.h"
#include "common/resulttable.h"

#include <QCoreApplication>

namespace leadloop {

class Database;

/// Counts sessions, distinct visitors and page views per group of one dimension.
class SessionSummary final
{
    Q_DECLARE_TR_FUNCTIONS(SessionSummary)

public:
    /// The dimensions of `leadloop-cli sessions --by`: channel, source-medium, campaign,
    /// landing-page, rule. Their JSON keys: channel, source_medium, campaign, landing_page, rule.
    static QStringList dimensions();

    /// Columns: <dimension key>, sessions, visitors, pageviews; most sessions first, then by name.
    /// Fails with InvalidArgument for an unknown dimension.
    static Result<ResultTable> byDimension(Database& db, const QString& dimension);
};

} // namespace leadloop
