#pragma once

#include "common/result.h"
#include "common/resulttable.h"

#include <QCoreApplication>

namespace leadloop {

class Database;

/// The outcome audit trail as tables: one lead's history, and every tagged deal's latest
/// outcome in a shape a CRM can import back (docs/outcomes.md).
class OutcomeReports final
{
    Q_DECLARE_TR_FUNCTIONS(OutcomeReports)

public:
    /// Every outcome event of the lead's deals, oldest first.
    static Result<ResultTable> history(Database& db, const QString& lead);
    /// One row per deal with at least one outcome event: its latest outcome.
    static Result<ResultTable> exportRows(Database& db);
};

} // namespace leadloop
