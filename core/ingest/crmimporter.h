#pragma once

#include "common/result.h"
#include "crmmapping.h"
#include "importissue.h"
#include "sales/crmmerger.h"
#include "store/importbatches.h"
#include "textformat.h"
#include "tracking/identitystitcher.h"

#include <functional>
#include <QCoreApplication>
#include <QTimeZone>

namespace leadloop {

class Workspace;

/// The options of `leadloop-cli import crm` (docs/crm.md); empty means "detect".
struct CrmImportOptions
{
    QString preset = QStringLiteral("auto");
    QHash<CrmField, QString> map;
    QStringList wonStages; ///< when set (or lostStages is), only these stages are won
    QStringList lostStages;
    char delimiter = 0;
    QString sheet;
    QByteArray encoding;
    QString timeFormat;
    QString timeZone = QStringLiteral("UTC");
    QString createdBy;
};

/// What a CRM import did.
struct CrmImportReport
{
    ImportBatch batch;
    QList<ImportIssue> issues;
    CrmMapping mapping;
    TextFormat format;
    CrmCounts counts;
    StitchCounts stitch; ///< what linking form e-mails to contacts did afterwards
};

/// Imports one CRM export (CSV in any delimiter and encoding, or XLSX) as one batch: contacts,
/// deals, stage changes and outcomes, merged into what the workspace holds (CrmMerger). Rows
/// that cannot be read are rejected with row, column and reason; everything else is written in
/// one transaction, so a failure or a cancel leaves the workspace as it was.
class CrmImporter final
{
    Q_DECLARE_TR_FUNCTIONS(CrmImporter)

public:
    using Progress = std::function<bool(qint64 rowsRead)>;
    static Result<CrmImportReport> run(Workspace& workspace, const QString& path,
                                       const CrmImportOptions& options,
                                       const Progress& progress = {});
    /// A CRM date: the --time-format when given, else ISO 8601 or epoch numbers, else
    /// M/D/YY[YY] (US exports, with an optional h:mm AM/PM time) or D.M.YYYY [HH:mm].
    static std::optional<qint64> parseDate(const QString& text, const QString& format,
                                           const QTimeZone& zone);
};

} // namespace leadloop
