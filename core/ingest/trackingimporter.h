#pragma once

#include "common/result.h"
#include "importissue.h"
#include "store/importbatches.h"
#include "textformat.h"
#include "tracking/identitystitcher.h"
#include "trackingmapping.h"

#include <functional>
#include <optional>
#include <QCoreApplication>

namespace leadloop {

class Workspace;

/// The options of `leadloop-cli import tracking` (docs/import.md); empty means "detect".
struct TrackingImportOptions
{
    QString preset = QStringLiteral("auto");
    QHash<TrackingField, QString> map;
    char delimiter = 0;
    QString sheet; ///< for spreadsheets; empty means the first sheet
    QByteArray encoding;
    QString timeFormat;
    QString timeZone = QStringLiteral("UTC");
    /// Minutes of inactivity that end a session; empty: the workspace's own setting.
    std::optional<int> sessionTimeoutMinutes;
    QStringList siteHosts;
    QStringList conversionEvents = {QStringLiteral("purchase"), QStringLiteral("generate_lead"),
                                    QStringLiteral("sign_up"), QStringLiteral("form_submit"),
                                    QStringLiteral("conversion")};
    QString channelRuleSet; ///< a shipped rule set id; empty: the workspace's own grouping
    QString createdBy;
};

/// What an import did: the committed batch, its issues and the choices LeadLoop made.
struct TrackingImportReport
{
    ImportBatch batch;
    QList<ImportIssue> issues; ///< every issue, rejected rows first by row number
    TrackingMapping mapping;
    TextFormat format;
    QStringList siteHosts;
    qint64 pageviews = 0;
    qint64 events = 0;
    qint64 sessionsContinued = 0;
    int sessionTimeoutMinutes = 0; ///< the timeout the sessions were built with
    StitchCounts stitch;           ///< contacts and links made from form e-mails
};

/// Imports one tracking file (CSV or TSV, optionally gzip-compressed) as one batch: it detects
/// the encoding and delimiter, maps the columns, rejects rows without a visitor or a readable
/// time (each with row, column and reason), skips duplicates, builds sessions and classifies
/// channels. Everything is written in one transaction: on any error or a cancel the workspace
/// is left as it was.
class TrackingImporter final
{
    Q_DECLARE_TR_FUNCTIONS(TrackingImporter)

public:
    /// `done` and `total` are bytes of the file; returning false cancels.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    static Result<TrackingImportReport> run(Workspace& workspace, const QString& path,
                                            const TrackingImportOptions& options,
                                            const Progress& progress = {});
};

} // namespace leadloop
