#include "trackingimporter.h"

#include "bytesource.h"
#include "csvreader.h"
#include "store/database.h"
#include "store/trackingindexes.h"
#include "store/trackingwriter.h"
#include "store/workspace.h"
#include "timeparser.h"
#include "tracking/sessionbuilder.h"

#include <algorithm>
#include <map>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace leadloop {

namespace {

constexpr qsizetype HeadBytes = 256 * 1024;

QString text(std::string_view view)
{
    return QString::fromUtf8(view.data(), qsizetype(view.size()));
}

bool equalsLower(std::string_view a, const QString& b)
{
    return QString::fromUtf8(a.data(), qsizetype(a.size())).compare(b, Qt::CaseInsensitive) == 0;
}

/// Opens the file as a stream of UTF-8 text in the detected or given format.
Result<std::unique_ptr<ByteSource>> openText(const QString& path, const TextFormat& format)
{
    auto source = ByteSources::open(path);
    if (!source)
        return source.error();
    if (format.encoding == "UTF-8")
        return ByteSources::skipping(std::move(*source), format.bomLength);
    return ByteSources::transcoding(std::move(*source), format.encoding, format.bomLength);
}

Result<TextFormat> detectFormat(const QString& path, const TrackingImportOptions& options)
{
    auto source = ByteSources::open(path);
    if (!source)
        return source.error();
    QByteArray head(HeadBytes, Qt::Uninitialized);
    const qint64 n = (*source)->read(head.data(), head.size());
    if (n < 0)
        return Error{ErrorCode::BadInput,
                     TrackingImporter::tr("Cannot read %1: %2")
                         .arg(QDir::toNativeSeparators(path), (*source)->errorString())};
    head.truncate(n);
    TextFormat format;
    int bom = 0;
    const QByteArray detected = detectEncoding(head, &bom);
    format.encoding = options.encoding.isEmpty() ? detected : options.encoding;
    format.bomLength = format.encoding == detected ? bom : 0;
    if (QStringDecoder(format.encoding.constData()).isValid() == false)
        return Error{ErrorCode::BadInput,
                     TrackingImporter::tr("--encoding: '%1' is not an encoding LeadLoop knows.")
                         .arg(QString::fromLatin1(format.encoding))};
    QByteArray utf8 = head.mid(format.bomLength);
    if (format.encoding != "UTF-8")
        utf8 = QString(QStringDecoder(format.encoding.constData()).decode(utf8)).toUtf8();
    bool sepLine = false;
    const char detectedDelimiter = detectDelimiter(utf8, &sepLine);
    format.sepLine = sepLine;
    format.delimiter = options.delimiter ? options.delimiter : detectedDelimiter;
    return format;
}

/// The most frequent URL host of the first rows: the site's own host when none is given.
QStringList learnSiteHosts(const QString& path, const TextFormat& format,
                           const TrackingMapping& mapping)
{
    const int urlColumn = mapping.column(TrackingField::Url);
    if (urlColumn < 0)
        return {};
    auto source = openText(path, format);
    if (!source)
        return {};
    CsvReader reader(**source, format.delimiter);
    std::map<std::string, int> hosts;
    for (int i = 0; i < 20000 && reader.next(); ++i) {
        if (i == 0 || (i == 1 && format.sepLine) || int(reader.fields().size()) <= urlColumn)
            continue;
        const std::string host = normalizedHost(splitUrl(reader.fields()[size_t(urlColumn)]).host);
        if (!host.empty())
            ++hosts[host];
    }
    const auto best =
        std::max_element(hosts.begin(), hosts.end(),
                         [](const auto& a, const auto& b) { return a.second < b.second; });
    return best == hosts.end() ? QStringList{} : QStringList{QString::fromStdString(best->first)};
}

std::optional<qint64> parseCents(std::string_view raw)
{
    QString value = text(raw).trimmed().remove(u' ').remove(u'\u00a0');
    if (value.isEmpty())
        return std::nullopt;
    // 1,234.56 / 1.234,56 / 1234,56: the last separator is the decimal one.
    const qsizetype dot = value.lastIndexOf(u'.');
    const qsizetype comma = value.lastIndexOf(u',');
    if (comma > dot) {
        value.remove(u'.');
        value.replace(u',', u'.');
    } else {
        value.remove(u',');
    }
    bool ok = false;
    const double number = value.toDouble(&ok);
    if (!ok)
        return std::nullopt;
    return qint64(std::llround(number * 100));
}

const std::array<QString, 4> pageViewNames = {u"page_view"_s, u"pageview"_s, u"pv"_s, u"page"_s};

} // namespace

Result<TrackingImportReport> TrackingImporter::run(Workspace& workspace, const QString& path,
                                                   const TrackingImportOptions& options,
                                                   const Progress& progress)
{
    const QString file = QDir::toNativeSeparators(path);
    if (!workspace.isWritable())
        return Error{ErrorCode::ReadOnly, tr("The workspace is open read-only.")};
    TrackingImportReport report;
    auto format = detectFormat(path, options);
    if (!format)
        return format.error();
    report.format = *format;

    auto source = openText(path, *format);
    if (!source)
        return source.error();
    ByteSource& bytes = **source;
    CsvReader reader(bytes, format->delimiter);
    if (format->sepLine)
        reader.next();
    if (!reader.next())
        return Error{ErrorCode::BadInput, reader.failed()
                                              ? tr("%1: %2").arg(file, reader.errorString())
                                              : tr("%1 is empty.").arg(file)};
    QStringList header;
    for (std::string_view field : reader.fields())
        header.append(text(field));
    auto mapping = TrackingMappings::resolve(header, options.preset, options.map);
    if (!mapping)
        return Error{mapping.error().code, tr("%1: %2").arg(file, mapping.error().message)};
    report.mapping = *mapping;
    const TrackingMapping& map = *mapping;

    report.siteHosts =
        options.siteHosts.isEmpty() ? learnSiteHosts(path, *format, map) : options.siteHosts;
    const QTimeZone zone(options.timeZone.toUtf8());
    if (!zone.isValid())
        return Error{ErrorCode::BadInput, tr("--timezone: '%1' is not a time zone LeadLoop knows "
                                             "(use a name such as Europe/Warsaw).")
                                              .arg(options.timeZone)};
    const TimeParser times(options.timeFormat, zone);
    auto channels = ChannelRuleSet::builtin(options.channelRuleSet);
    if (!channels)
        return channels.error();
    const TrafficSourceResolver sources(*channels, report.siteHosts);

    Database& db = workspace.database();
    // The visitors' cookie index takes keys in random order; a cache that holds it saves most of
    // the page reads and writes (measured in tests/bench). Restored after the import.
    (void)db.exec(u"PRAGMA cache_size = -65536"_s);
    struct CacheReset
    {
        Database& db;
        ~CacheReset() { (void)db.exec(u"PRAGMA cache_size = -2000"_s); }
    } cacheReset{db};
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    ImportBatch& batch = report.batch;
    batch.kind = u"tracking"_s;
    batch.sourceName = QFileInfo(path).fileName();
    batch.sourceSize = QFileInfo(path).size();
    batch.preset = map.preset;
    batch.startedAt = QDateTime::currentMSecsSinceEpoch();
    batch.createdBy = options.createdBy;
    auto batchId = ImportBatches::begin(db, batch);
    if (!batchId)
        return batchId.error();
    batch.id = *batchId;

    // A first load into empty tracking tables builds the indexes once at the end.
    auto hasSessions = db.scalar(u"SELECT EXISTS (SELECT 1 FROM sessions)"_s);
    if (!hasSessions)
        return hasSessions.error();
    const bool freshLoad = *hasSessions == 0;
    if (freshLoad)
        if (Status dropped = TrackingIndexes::drop(db); !dropped)
            return dropped.error();

    SessionRules rules;
    rules.timeoutMs = qint64(options.sessionTimeoutMinutes) * 60'000;
    rules.useSessionIds = map.isMapped(TrackingField::Session);
    rules.channelGiven = map.isMapped(TrackingField::Channel);
    rules.sourceGiven = map.isMapped(TrackingField::Source) ||
                        map.isMapped(TrackingField::Medium) ||
                        map.isMapped(TrackingField::Campaign);
    rules.dedupeByEventId = map.isMapped(TrackingField::EventId);
    TrackingWriter writer(db, batch.id);
    SessionBuilder builder(db, writer, sources, *channels, rules);

    const auto columnName = [&](TrackingField field) { return header.value(map.column(field)); };
    const auto reject = [&](const QString& column, const QString& code, const QString& message) {
        report.issues.append(
            {u"error"_s, reader.line(), column, code, message, text(reader.raw())});
        ++batch.rowsRejected;
    };
    const int needed = *std::max_element(map.columns.begin(), map.columns.end()) + 1;
    TrackingRow row;
    const auto field = [&](TrackingField f) -> std::string_view {
        const int column = map.column(f);
        return column >= 0 ? reader.fields()[size_t(column)] : std::string_view();
    };

    while (reader.next()) {
        const auto& fields = reader.fields();
        if (fields.size() == 1 && fields[0].empty())
            continue; // a blank line
        ++batch.rowsRead;
        if (progress && (batch.rowsRead & 8191) == 0 && !progress(bytes.position(), bytes.size()))
            return Error{ErrorCode::Cancelled, tr("The import of %1 was cancelled; nothing was "
                                                  "changed.")
                                                   .arg(file)};
        if (int(fields.size()) < needed) {
            reject(QString(), u"too_few_fields"_s,
                   tr("The row has %1 fields; the header has %2.")
                       .arg(fields.size())
                       .arg(header.size()));
            continue;
        }
        row = TrackingRow{};
        row.line = reader.line();
        row.visitor = field(TrackingField::Visitor);
        if (row.visitor.empty()) {
            reject(columnName(TrackingField::Visitor), u"missing_visitor"_s,
                   tr("The visitor id is empty."));
            continue;
        }
        const auto ts = times.parse(field(TrackingField::Time));
        if (!ts) {
            reject(columnName(TrackingField::Time), u"bad_time"_s,
                   tr("'%1' is not a time LeadLoop can read; give its format with --time-format.")
                       .arg(text(field(TrackingField::Time))));
            continue;
        }
        row.ts = *ts;
        row.url = field(TrackingField::Url);
        row.referrer = field(TrackingField::Referrer);
        row.title = field(TrackingField::Title);
        row.event = field(TrackingField::Event);
        row.eventId = field(TrackingField::EventId);
        row.session = field(TrackingField::Session);
        row.channel = field(TrackingField::Channel);
        row.source = field(TrackingField::Source);
        row.medium = field(TrackingField::Medium);
        row.campaign = field(TrackingField::Campaign);
        row.term = field(TrackingField::Term);
        row.content = field(TrackingField::Content);
        row.email = field(TrackingField::Email);
        row.userId = field(TrackingField::UserId);
        row.currency = field(TrackingField::Currency);
        if (!row.event.empty()) {
            const QString name = text(row.event);
            row.isPageView =
                std::any_of(pageViewNames.begin(), pageViewNames.end(), [&](const QString& p) {
                    return name.compare(p, Qt::CaseInsensitive) == 0;
                });
            row.isConversion =
                std::any_of(options.conversionEvents.begin(), options.conversionEvents.end(),
                            [&](const QString& c) { return equalsLower(row.event, c); });
        }
        if (const std::string_view value = field(TrackingField::Value); !value.empty()) {
            row.valueCents = parseCents(value);
            if (!row.valueCents)
                report.issues.append(
                    {u"warning"_s, reader.line(), columnName(TrackingField::Value), u"bad_value"_s,
                     tr("'%1' is not a number; the row was imported without a value.")
                         .arg(text(value)),
                     text(reader.raw())});
        }
        auto added = builder.add(row);
        if (!added)
            return added.error();
    }
    if (reader.failed())
        return Error{ErrorCode::BadInput,
                     tr("%1: %2 Nothing was imported.").arg(file, reader.errorString())};
    if (Status finished = builder.finish(); !finished)
        return finished.error();

    if (freshLoad)
        if (Status created = TrackingIndexes::create(db); !created)
            return created.error();

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
    if (Status finished = ImportBatches::finish(db, batch); !finished)
        return finished.error();
    if (progress && !progress(bytes.size(), bytes.size()))
        return Error{ErrorCode::Cancelled,
                     tr("The import of %1 was cancelled; nothing was changed.").arg(file)};
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return report;
}

} // namespace leadloop
