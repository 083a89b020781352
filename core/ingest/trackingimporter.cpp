#include "trackingimporter.h"

#include "bytesource.h"
#include "csvreader.h"
#include "importreplay.h"
#include "jsonexportsources.h"
#include "prefetchingrowsource.h"
#include "store/changelog.h"
#include "store/database.h"
#include "store/touchsequences.h"
#include "store/trackingindexes.h"
#include "store/trackingwriter.h"
#include "store/workspace.h"
#include "store/workspacesettings.h"
#include "tabletrackingsource.h"
#include "textfile.h"
#include "timeparser.h"
#include "tracking/sessionbuilder.h"
#include "tracking/urlparser.h"
#include "tracking/workspacechannels.h"
#include "xlsxreader.h"

#include <algorithm>
#include <map>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace leadloop {

namespace {

/// What a file turned out to be: delimited text in some format, or a JSON Lines export.
struct DetectedFormat
{
    TextFormat text;
    QString json; ///< "ga4", "ua" or empty for delimited text
    bool xlsx = false;
};

Result<DetectedFormat> detectFormat(const QString& path, const TrackingImportOptions& options)
{
    auto head = TextFiles::detect(path, options.encoding, options.delimiter);
    if (!head)
        return head.error();
    DetectedFormat format;
    format.xlsx = head->zip;
    format.text = head->format;
    if (format.xlsx)
        return format;
    const QByteArray firstLine = head->utf8.left(head->utf8.indexOf('\n'));
    const QString json =
        detectJsonExport(std::string_view(firstLine.constData(), size_t(firstLine.size())));
    if (options.preset == u"ga4" || options.preset == u"ua") {
        if (json != options.preset)
            return Error{
                ErrorCode::BadInput,
                TrackingImporter::tr("%1 does not look like a %2 export (JSON Lines with %3).")
                    .arg(QDir::toNativeSeparators(path), options.preset.toUpper(),
                         options.preset == u"ga4" ? u"user_pseudo_id and event_timestamp"_s
                                                  : u"fullVisitorId and visitStartTime"_s)};
        format.json = json;
    } else if (options.preset == u"auto") {
        format.json = json;
    }
    return format;
}

/// The most frequent URL host of the first rows: the site's own host when none is given.
QStringList learnSiteHosts(TrackingRowSource& source)
{
    std::map<std::string, int> hosts;
    TrackingRow row;
    RowRejection rejection;
    for (int i = 0; i < 20000; ++i) {
        const auto next = source.next(row, rejection);
        if (next == TrackingRowSource::Next::End || next == TrackingRowSource::Next::Failed)
            break;
        if (next != TrackingRowSource::Next::Row)
            continue;
        const std::string host = normalizedHost(splitUrl(row.url).host);
        if (!host.empty())
            ++hosts[host];
    }
    const auto best =
        std::max_element(hosts.begin(), hosts.end(),
                         [](const auto& a, const auto& b) { return a.second < b.second; });
    return best == hosts.end() ? QStringList{} : QStringList{QString::fromStdString(best->first)};
}

} // namespace

Result<TrackingImportReport> TrackingImporter::run(Workspace& workspace, const QString& path,
                                                   const TrackingImportOptions& options,
                                                   const Progress& progress)
{
    const QString file = QDir::toNativeSeparators(path);
    if (Status writable = workspace.checkWritable(); !writable)
        return writable.error();
    TrackingImportReport report;
    auto format = detectFormat(path, options);
    if (!format)
        return format.error();
    report.format = format->text;
    if (format->xlsx)
        report.format.encoding = "xlsx";

    const QTimeZone zone(options.timeZone.toUtf8());
    if (!zone.isValid())
        return Error{ErrorCode::BadInput, tr("--timezone: '%1' is not a time zone LeadLoop knows "
                                             "(use a name such as Europe/Warsaw).")
                                              .arg(options.timeZone)};
    const TimeParser times(options.timeFormat, zone);

    // Opens the file as rows of its format; called twice (learning the site's host, importing).
    const auto openRows = [&]() -> Result<std::unique_ptr<TrackingRowSource>> {
        if (format->xlsx) {
            auto sheet = XlsxReader::open(path, options.sheet);
            if (!sheet)
                return sheet.error();
            auto table =
                TableTrackingSource::open(nullptr, std::move(*sheet), false, options.preset,
                                          options.map, times, options.conversionEvents);
            if (!table)
                return Error{table.error().code, tr("%1: %2").arg(file, table.error().message)};
            return std::unique_ptr<TrackingRowSource>(std::move(*table));
        }
        auto text = TextFiles::open(path, format->text);
        if (!text)
            return text.error();
        if (format->json == u"ga4")
            return std::unique_ptr<TrackingRowSource>(
                new Ga4EventSource(std::move(*text), options.conversionEvents));
        if (format->json == u"ua")
            return std::unique_ptr<TrackingRowSource>(
                new UaSessionSource(std::move(*text), options.conversionEvents));
        ByteSource& bytes = **text;
        auto records = std::make_unique<CsvReader>(bytes, format->text.delimiter);
        auto csv =
            TableTrackingSource::open(std::move(*text), std::move(records), format->text.sepLine,
                                      options.preset, options.map, times, options.conversionEvents);
        if (!csv)
            return Error{csv.error().code, tr("%1: %2").arg(file, csv.error().message)};
        return std::unique_ptr<TrackingRowSource>(std::move(*csv));
    };
    auto opened = openRows();
    if (!opened)
        return opened.error();
    if (const auto* csv = dynamic_cast<const TableTrackingSource*>(opened->get()))
        report.mapping = csv->mapping();
    // The file is read and parsed on a second thread while this one builds and writes sessions.
    PrefetchingRowSource rows(std::move(*opened));
    report.mapping.preset = rows.preset();
    report.mapping.notes = rows.notes();
    if (options.siteHosts.isEmpty()) {
        if (auto scan = openRows())
            report.siteHosts = learnSiteHosts(**scan);
    } else {
        report.siteHosts = options.siteHosts;
    }

    auto channels = options.channelRuleSet.isEmpty()
                        ? WorkspaceChannels::current(workspace.database())
                        : ChannelRuleSet::builtin(options.channelRuleSet);
    if (!channels)
        return channels.error();
    const TrafficSourceResolver sources(*channels, report.siteHosts);

    // A good state to go back to, before anything is written.
    if (Status kept =
            workspace.keepGoodState(tr("the import of %1").arg(QFileInfo(path).fileName()));
        !kept)
        return kept.error();
    Database& db = workspace.database();
    // The importer creates every row that its rows refer to (ids are assigned in memory), so
    // checking foreign keys row by row, several lookups per page view, would only cost time;
    // tests check the result with PRAGMA foreign_key_check. A 16 MB cache (instead of 2 MB)
    // holds the pages that appends and lookups touch; index builds sort through temporary
    // files, not memory, so a large file does not hold its sort in RAM. All three are restored
    // afterwards.
    (void)db.exec(u"PRAGMA foreign_keys = OFF; PRAGMA cache_size = -16384; "
                  u"PRAGMA temp_store = FILE"_s);
    struct PragmaReset
    {
        Database& db;
        ~PragmaReset()
        {
            (void)db.exec(u"PRAGMA foreign_keys = ON; PRAGMA cache_size = -2000; "
                          u"PRAGMA temp_store = MEMORY; PRAGMA threads = 0"_s);
        }
    } pragmaReset{db};
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    ImportBatch& batch = report.batch;
    batch.kind = u"tracking"_s;
    batch.sourceName = QFileInfo(path).fileName();
    batch.sourceSize = QFileInfo(path).size();
    batch.preset = rows.preset();
    batch.startedAt = QDateTime::currentMSecsSinceEpoch();
    batch.createdBy = options.createdBy;
    auto batchId = ImportBatches::begin(db, batch);
    if (!batchId)
        return batchId.error();
    batch.id = *batchId;

    // A first load into empty tracking tables builds the visitor-keyed indexes once at the end.
    auto hasSessions = db.scalar(u"SELECT EXISTS (SELECT 1 FROM sessions) OR EXISTS (SELECT 1 "
                                 u"FROM visitors) OR EXISTS (SELECT 1 FROM urls) OR EXISTS "
                                 u"(SELECT 1 FROM page_titles)"_s);
    if (!hasSessions)
        return hasSessions.error();
    const bool freshLoad = *hasSessions == 0;
    QString touchMarks; // a first load marks no session: every person's touches are rebuilt
    if (freshLoad) {
        if (Status dropped = TrackingIndexes::drop(db); !dropped)
            return dropped.error();
        auto paused = TouchSequences::pauseMarks(db);
        if (!paused)
            return paused.error();
        touchMarks = *paused;
    }

    SessionRules rules = rows.rules();
    // The same timeout whichever front end imports: the option, else the workspace's setting.
    int timeoutMinutes = options.sessionTimeoutMinutes.value_or(0);
    if (!options.sessionTimeoutMinutes) {
        auto stored = WorkspaceSettings::sessionTimeoutMinutes(db);
        if (!stored)
            return stored.error();
        timeoutMinutes = *stored;
    }
    report.sessionTimeoutMinutes = timeoutMinutes;
    rules.timeoutMs = qint64(timeoutMinutes) * 60'000;
    // A first load reads nothing back from the workspace, so its writes run on a third thread;
    // an append looks up stored visitors, sessions and URLs and writes as it goes.
    TrackingWriter writer(db, batch.id, urlHostAndPath,
                          freshLoad ? TrackingWriter::Mode::Background
                                    : TrackingWriter::Mode::Immediate);
    SessionBuilder builder(db, writer, sources, *channels, rules);
    // On an early return the writer's worker must stop before the builder's statements go.
    struct StopWriter
    {
        TrackingWriter& writer;
        ~StopWriter() { writer.abandon(); }
    } stopWriter{writer};

    TrackingRow row;
    RowRejection rejection;
    while (true) {
        const auto next = rows.next(row, rejection);
        if (next == TrackingRowSource::Next::End)
            break;
        if (next == TrackingRowSource::Next::Failed)
            return Error{ErrorCode::BadInput,
                         tr("%1: %2 Nothing was imported.").arg(file, rows.errorString())};
        ++batch.rowsRead;
        if (progress && (batch.rowsRead & 8191) == 0 && !progress(rows.position(), rows.size()))
            return Error{ErrorCode::Cancelled,
                         tr("The import of %1 was cancelled; nothing was changed.").arg(file)};
        if (next == TrackingRowSource::Next::Rejected) {
            report.issues.append({u"error"_s, rows.line(), rejection.column, rejection.code,
                                  rejection.message, rows.rawText()});
            ++batch.rowsRejected;
            continue;
        }
        if (!row.valueWarning.isEmpty())
            report.issues.append({u"warning"_s, rows.line(), QString(), u"bad_value"_s,
                                  row.valueWarning, rows.rawText()});
        auto added = builder.add(row);
        if (!added)
            return added.error();
    }
    if (Status finished = builder.finish(); !finished)
        return finished.error();
    if (Status written = writer.finish(); !written)
        return written.error();
    if (freshLoad) {
        // SQLite sorts an index's entries in runs as large as the page cache: runs of 2 MB stay
        // in the CPU's caches, and one helper thread sorts a run while the next is read (the
        // other core is idle by now). 0.29 s instead of 0.46 s for 2M page views.
        (void)db.exec(u"PRAGMA cache_size = -2048; PRAGMA threads = 1"_s);
        if (Status created = TrackingIndexes::create(db); !created)
            return created.error();
        if (Status resumed = TouchSequences::resumeMarks(db, touchMarks); !resumed)
            return resumed.error();
    }

    if (builder.counts().events > 0) {
        auto stitched = IdentityStitcher::stitch(db, batch.startedAt, batch.id);
        if (!stitched)
            return stitched.error();
        report.stitch = *stitched;
    }
    const SessionCounts& counts = builder.counts();
    report.pageviews = counts.pageviews;
    report.events = counts.events;
    report.sessionsContinued = counts.sessionsContinued;
    batch.rowsImported = counts.pageviews + counts.events;
    batch.duplicates = counts.duplicates;
    batch.visitorsCreated = counts.visitorsCreated;
    batch.sessionsCreated = counts.sessionsCreated;
    batch.finishedAt = QDateTime::currentMSecsSinceEpoch();
    batch.status = u"committed"_s;
    if (Status stored = ImportIssues::store(db, batch.id, report.issues); !stored)
        return stored.error();
    // In a team replica, the import travels to the other members with the options it ran with.
    QJsonObject replay = ImportReplay::toJson(options);
    replay.insert(u"session_timeout_minutes"_s, report.sessionTimeoutMinutes);
    if (Status recorded = ChangeLog::recordImport(db, batch, path, replay); !recorded)
        return recorded.error();
    if (Status finished = ImportBatches::finish(db, batch); !finished)
        return finished.error();
    if (progress && !progress(rows.size(), rows.size()))
        return Error{ErrorCode::Cancelled,
                     tr("The import of %1 was cancelled; nothing was changed.").arg(file)};
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return report;
}

} // namespace leadloop
