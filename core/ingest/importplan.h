#pragma once

#include "common/result.h"
#include "importissue.h"
#include "store/importbatches.h"

#include <atomic>
#include <functional>
#include <optional>
#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace leadloop {

class Workspace;

/// What a file holds, for the import wizard (docs/import.md, "The import wizard").
enum class ImportKind
{
    Tracking,
    Crm,
    Costs,
    Rates,
};

/// One import as the wizard sets it up: the file, how to read it, and which column feeds each
/// field (by the --map field names); a field left out is guessed or not imported.
struct ImportPlan
{
    ImportKind kind = ImportKind::Tracking;
    QString path;
    QByteArray encoding; ///< empty: detect
    char delimiter = 0;  ///< 0: detect
    QString sheet;       ///< for .xlsx; empty: the first
    QString timeZone = QStringLiteral("UTC");
    QHash<QString, QString> map; ///< field → column name
    QString createdBy;
};

/// What an import did, whatever its kind.
struct ImportOutcome
{
    ImportBatch batch;
    QList<ImportIssue> issues;
    QStringList summary; ///< a few lines on what was created, linked and skipped
};

/// The kinds of import, their fields, recognising a file's kind from its header, guessing a
/// mapping, and running a plan through the importer of its kind.
class ImportPlans final
{
    Q_DECLARE_TR_FUNCTIONS(ImportPlans)

public:
    static QList<ImportKind> kinds();
    static QString kindId(ImportKind kind);   ///< tracking, crm, costs, rates
    static QString kindName(ImportKind kind); ///< translated
    /// The fields a kind maps, by their --map names; required() those it cannot do without.
    static QStringList fields(ImportKind kind);
    static QStringList required(ImportKind kind);
    /// The kind a header most likely belongs to: costs and rates by their columns, tracking by a
    /// visitor and a time, CRM by a contact or a deal; nothing when none fits.
    static std::optional<ImportKind> recognise(const QStringList& header);
    /// The kind of a file: a JSON or NDJSON export is tracking (GA4, Universal Analytics,
    /// Snowplow); a table file by its header (recognise()).
    static std::optional<ImportKind> recogniseFile(const QString& path);
    /// LeadLoop's guess of the column each field is read from (field → column name).
    static QHash<QString, QString> guess(ImportKind kind, const QStringList& header);
    /// Imports the plan as one batch; `progress` (0–100) may be called from this thread, and a
    /// set `cancel` stops the import and leaves the workspace as it was.
    static Result<ImportOutcome> run(Workspace& workspace, const ImportPlan& plan,
                                     const std::function<void(int percent, qint64 rows)>& progress,
                                     const std::atomic_bool* cancel);
};

} // namespace leadloop
