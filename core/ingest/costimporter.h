#pragma once

#include "common/result.h"
#include "importissue.h"
#include "store/importbatches.h"

#include <QCoreApplication>
#include <QHash>

namespace leadloop {

class Workspace;

/// The options of `leadloop-cli import costs` and `import rates` (docs/costs.md).
struct CostImportOptions
{
    QHash<QString, QString> map; ///< field → column, from --map
    char delimiter = 0;
    QString sheet;
    QByteArray encoding;
};

/// What a cost or rate import did.
struct CostImportReport
{
    ImportBatch batch;
    QList<ImportIssue> issues;
    QStringList mapping; ///< one line per field
    qint64 campaignsCreated = 0;
    qint64 days = 0;           ///< campaign-days written (a period counts each of its days)
    qint64 replaced = 0;       ///< campaign-days that replaced an earlier import's value
    qint64 unmatchedRows = 0;  ///< cost rows whose campaign no session carries
    qint64 totalCostCents = 0; ///< in the reporting currency
    QString reportingCurrency;
};

/// Imports campaign spend keyed like GA4's cost import (date, source, medium, campaign), daily
/// or per period, and the dated currency rates that convert it (docs/costs.md). A cost in another
/// currency needs a rate: a row without one is rejected, never converted 1:1. Cost rows whose
/// campaign no session carries are kept and reported. One transaction per file.
class CostImporter final
{
    Q_DECLARE_TR_FUNCTIONS(CostImporter)

public:
    static Result<CostImportReport> importCosts(Workspace& workspace, const QString& path,
                                                const CostImportOptions& options);
    static Result<CostImportReport> importRates(Workspace& workspace, const QString& path,
                                                const CostImportOptions& options);
    /// The --map field names of each kind.
    static QStringList costFields();
    static QStringList rateFields();
    /// The column each field would be read from, guessed from common names (field → column).
    static QHash<QString, QString> guessColumns(const QStringList& fields,
                                                const QStringList& header);
};

} // namespace leadloop
