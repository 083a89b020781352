#pragma once

#include "common/result.h"
#include "costimporter.h"
#include "crmimporter.h"
#include "trackingimporter.h"

#include <QJsonObject>

namespace leadloop {

class Workspace;

/// An import as a team's change log carries it (docs/team.md, "What syncs"): the options it
/// ran with as JSON, and the same import made again from its file and options on another
/// replica, so every member's workspace holds the same rows.
class ImportReplay final
{
    Q_DECLARE_TR_FUNCTIONS(ImportReplay)

public:
    static QJsonObject toJson(const TrackingImportOptions& options);
    static QJsonObject toJson(const CrmImportOptions& options);
    static QJsonObject toJson(const CostImportOptions& options);
    static Result<TrackingImportOptions> trackingOptions(const QJsonObject& json);
    static Result<CrmImportOptions> crmOptions(const QJsonObject& json);
    static CostImportOptions costOptions(const QJsonObject& json);

    /// Imports `path` as an import of `kind` (tracking, crm, costs, rates) with the recorded
    /// options, made by `byUser`; returns the committed batch.
    static Result<ImportBatch> run(Workspace& workspace, const QString& kind, const QString& path,
                                   const QJsonObject& options, const QString& byUser);
};

} // namespace leadloop
