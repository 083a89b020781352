#include "clicommand.h"
#include "clicontext.h"
#include "common/money.h"
#include "ingest/costimporter.h"
#include "ingest/crmimporter.h"
#include "ingest/importpresets.h"
#include "ingest/trackingimporter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace leadloop::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)
};

Result<char> parseDelimiter(const QString& value)
{
    if (value == u"tab" || value == u"\\t")
        return '\t';
    if (value.size() == 1 && QStringLiteral(",;|\t").contains(value))
        return char(value[0].unicode());
    return Error{ErrorCode::BadInput,
                 Tr::tr("--delimiter takes , ; | or tab, not '%1'.").arg(value)};
}

/// The rows every import prints: its first 100 issues, each with row, column and reason.
ResultTable issuesTable(const QList<ImportIssue>& issues)
{
    ResultTable table;
    table.addColumn(u"row"_s, Tr::tr("Row"));
    table.addColumn(u"column"_s, Tr::tr("Column"));
    table.addColumn(u"severity"_s, Tr::tr("Severity"));
    table.addColumn(u"code"_s, Tr::tr("Code"));
    table.addColumn(u"message"_s, Tr::tr("Message"));
    for (const ImportIssue& issue : issues.mid(0, 100))
        table.addRow({issue.row, issue.column, issue.severity, issue.code, issue.message});
    return table;
}

/// Writes the issues to --rejects FILE when it is given.
Status writeRejects(const QCommandLineParser& p, const QList<ImportIssue>& issues)
{
    const QString rejects = p.value(u"rejects"_s);
    return rejects.isEmpty() ? Status() : ImportIssues::writeRejects(rejects, issues);
}

/// A preset saved in the desktop's import wizard (ImportPresets), or why it cannot be used:
/// `builtIn` lists the kind's own presets for the message.
Result<ImportPresets::Mapping> savedPreset(const QString& kind, const QString& name,
                                           const QString& builtIn)
{
    auto saved = ImportPresets().load(kind, name);
    if (saved || saved.error().code != ErrorCode::NotFound)
        return saved;
    auto names = ImportPresets().names(kind);
    const QString yours = names && !names->isEmpty() ? names->join(u", "_s) : Tr::tr("none");
    return Error{ErrorCode::BadInput,
                 Tr::tr("--preset: '%1' is not one of %2, nor a preset saved for %3 imports "
                        "(saved: %4).")
                     .arg(name, builtIn, kind, yours)};
}

/// The field → column pairs of a saved preset, then --map's pairs over them.
template <typename Field>
void addMap(QHash<Field, QString>& into, const QHash<Field, QString>& pairs)
{
    for (auto it = pairs.cbegin(); it != pairs.cend(); ++it)
        into.insert(it.key(), it.value());
}

Result<TrackingImportOptions> trackingOptions(const QCommandLineParser& p)
{
    TrackingImportOptions o;
    const QStringList builtIn = {u"auto"_s, u"generic"_s, u"ga4"_s, u"ua"_s, u"snowplow"_s};
    if (p.isSet(u"preset"_s) && builtIn.contains(p.value(u"preset"_s))) {
        o.preset = p.value(u"preset"_s);
    } else if (p.isSet(u"preset"_s)) {
        auto saved = savedPreset(u"tracking"_s, p.value(u"preset"_s), builtIn.join(u", "_s));
        if (!saved)
            return saved.error();
        auto map = TrackingMappings::fromNames(*saved);
        if (!map)
            return map.error();
        o.map = *map;
    }
    if (p.isSet(u"map"_s)) {
        auto map = TrackingMappings::parseMapOption(p.value(u"map"_s));
        if (!map)
            return map.error();
        addMap(o.map, *map);
    }
    if (p.isSet(u"delimiter"_s)) {
        auto d = parseDelimiter(p.value(u"delimiter"_s));
        if (!d)
            return d.error();
        o.delimiter = *d;
    }
    if (p.isSet(u"sheet"_s))
        o.sheet = p.value(u"sheet"_s);
    if (p.isSet(u"encoding"_s))
        o.encoding = p.value(u"encoding"_s).toLatin1();
    if (p.isSet(u"time-format"_s))
        o.timeFormat = p.value(u"time-format"_s);
    if (p.isSet(u"timezone"_s))
        o.timeZone = p.value(u"timezone"_s);
    if (p.isSet(u"session-timeout"_s)) {
        bool ok = false;
        const int minutes = p.value(u"session-timeout"_s).toInt(&ok);
        o.sessionTimeoutMinutes = minutes;
        if (!ok || minutes < 1 || minutes > 24 * 60)
            return Error{ErrorCode::BadInput,
                         Tr::tr("--session-timeout takes minutes from 1 to 1440.")};
    }
    if (p.isSet(u"site-host"_s))
        o.siteHosts = p.value(u"site-host"_s).split(u',', Qt::SkipEmptyParts);
    if (p.isSet(u"conversion-events"_s))
        o.conversionEvents = p.value(u"conversion-events"_s).split(u',', Qt::SkipEmptyParts);
    return o;
}

int runTracking(CliContext& context, const QString& path)
{
    auto options = trackingOptions(context.parser());
    if (!options)
        return context.fail(options.error());
    // Importing into a workspace that does not exist yet creates it.
    auto workspace = context.openOrCreateWorkspace();
    if (!workspace)
        return context.fail(workspace.error());
    QElapsedTimer timer;
    timer.start();
    auto report = TrackingImporter::run(**workspace, path, *options);
    if (!report)
        return context.fail(report.error());
    const qint64 ms = timer.elapsed();

    if (Status written = writeRejects(context.parser(), report->issues); !written)
        return context.fail(written.error());

    ResultTable table = issuesTable(report->issues);
    const ImportBatch& b = report->batch;
    table.meta = {{u"batch"_s, b.id},
                  {u"file"_s, QFileInfo(path).absoluteFilePath()},
                  {u"preset"_s, report->mapping.preset},
                  {u"encoding"_s, QString::fromLatin1(report->format.encoding)},
                  {u"delimiter"_s, report->format.delimiter == '\t'
                                       ? u"tab"_s
                                       : QString(QLatin1Char(report->format.delimiter))},
                  {u"mapping"_s, report->mapping.notes},
                  {u"site_hosts"_s, report->siteHosts},
                  {u"rows_read"_s, b.rowsRead},
                  {u"rows_imported"_s, b.rowsImported},
                  {u"rows_rejected"_s, b.rowsRejected},
                  {u"duplicates"_s, b.duplicates},
                  {u"visitors"_s, b.visitorsCreated},
                  {u"sessions"_s, b.sessionsCreated},
                  {u"sessions_continued"_s, report->sessionsContinued},
                  {u"pageviews"_s, report->pageviews},
                  {u"events"_s, report->events},
                  {u"contacts_created"_s, report->stitch.contactsCreated},
                  {u"visitors_linked"_s, report->stitch.visitorsLinked},
                  {u"identity_conflicts"_s, report->stitch.conflicts},
                  {u"issues"_s, qint64(report->issues.size())},
                  {u"elapsed_ms"_s, ms}};
    if (context.format() == TableFormat::Table) {
        QTextStream out(stdout);
        out << Tr::tr("Imported %1 as batch %2 (%3 preset, %4, delimiter %5).")
                   .arg(QFileInfo(path).fileName())
                   .arg(b.id)
                   .arg(report->mapping.preset, QString::fromLatin1(report->format.encoding),
                        table.meta.value(u"delimiter"_s).toString())
            << u'\n';
        for (const QString& note : report->mapping.notes)
            out << u"  "_s << note << u'\n';
        out << Tr::tr("Rows read %1, imported %2, rejected %3, duplicates %4; new visitors %5, new "
                      "sessions %6, continued sessions %7.")
                   .arg(b.rowsRead)
                   .arg(b.rowsImported)
                   .arg(b.rowsRejected)
                   .arg(b.duplicates)
                   .arg(b.visitorsCreated)
                   .arg(b.sessionsCreated)
                   .arg(report->sessionsContinued)
            << u"\n\n"_s << Qt::flush;
        if (report->issues.isEmpty())
            return ExitOk;
    }
    return context.print(table);
}

Result<CrmImportOptions> crmOptions(const QCommandLineParser& p)
{
    CrmImportOptions o;
    const QStringList builtIn = QStringList{u"auto"_s, u"generic"_s} + CrmMappings::presets();
    if (p.isSet(u"preset"_s) && builtIn.contains(p.value(u"preset"_s))) {
        o.preset = p.value(u"preset"_s);
    } else if (p.isSet(u"preset"_s)) {
        auto saved = savedPreset(u"crm"_s, p.value(u"preset"_s), builtIn.join(u", "_s));
        if (!saved)
            return saved.error();
        auto map = CrmMappings::fromNames(*saved);
        if (!map)
            return map.error();
        o.map = *map;
    }
    if (p.isSet(u"map"_s)) {
        auto map = CrmMappings::parseMapOption(p.value(u"map"_s));
        if (!map)
            return map.error();
        addMap(o.map, *map);
    }
    if (p.isSet(u"delimiter"_s)) {
        auto d = parseDelimiter(p.value(u"delimiter"_s));
        if (!d)
            return d.error();
        o.delimiter = *d;
    }
    o.sheet = p.value(u"sheet"_s);
    o.encoding = p.value(u"encoding"_s).toLatin1();
    o.timeFormat = p.value(u"time-format"_s);
    if (p.isSet(u"timezone"_s))
        o.timeZone = p.value(u"timezone"_s);
    o.wonStages = p.value(u"won-stages"_s).split(u',', Qt::SkipEmptyParts);
    o.lostStages = p.value(u"lost-stages"_s).split(u',', Qt::SkipEmptyParts);
    return o;
}

int runCrm(CliContext& context, const QString& path)
{
    auto options = crmOptions(context.parser());
    if (!options)
        return context.fail(options.error());
    auto workspace = context.openOrCreateWorkspace();
    if (!workspace)
        return context.fail(workspace.error());
    QElapsedTimer timer;
    timer.start();
    auto report = CrmImporter::run(**workspace, path, *options);
    if (!report)
        return context.fail(report.error());
    const qint64 ms = timer.elapsed();
    if (Status written = writeRejects(context.parser(), report->issues); !written)
        return context.fail(written.error());

    ResultTable table = issuesTable(report->issues);
    const ImportBatch& b = report->batch;
    const CrmCounts& c = report->counts;
    table.meta = {{u"batch"_s, b.id},
                  {u"file"_s, QFileInfo(path).absoluteFilePath()},
                  {u"preset"_s, report->mapping.preset},
                  {u"encoding"_s, QString::fromLatin1(report->format.encoding)},
                  {u"mapping"_s, report->mapping.notes},
                  {u"rows_read"_s, b.rowsRead},
                  {u"rows_imported"_s, b.rowsImported},
                  {u"rows_rejected"_s, b.rowsRejected},
                  {u"duplicates"_s, b.duplicates},
                  {u"contacts_created"_s, c.contactsCreated},
                  {u"contacts_updated"_s, c.contactsUpdated},
                  {u"deals_created"_s, c.dealsCreated},
                  {u"deals_updated"_s, c.dealsUpdated},
                  {u"stage_changes"_s, c.stageChanges},
                  {u"outcome_events"_s, c.outcomeEvents},
                  {u"visitors_linked"_s, c.visitorsLinked + report->stitch.visitorsLinked},
                  {u"identity_conflicts"_s, c.identityConflicts + report->stitch.conflicts},
                  {u"contacts_from_forms"_s, report->stitch.contactsCreated},
                  {u"campaign_members"_s, c.campaignMembers},
                  {u"issues"_s, qint64(report->issues.size())},
                  {u"elapsed_ms"_s, ms}};
    if (context.format() == TableFormat::Table) {
        QTextStream out(stdout);
        out << Tr::tr("Imported %1 as batch %2 (%3 preset).")
                   .arg(QFileInfo(path).fileName())
                   .arg(b.id)
                   .arg(report->mapping.preset)
            << u'\n';
        for (const QString& note : report->mapping.notes)
            out << u"  "_s << note << u'\n';
        out << Tr::tr("Rows read %1, imported %2, rejected %3, unchanged %4; contacts %5 new, %6 "
                      "updated; deals %7 new, %8 updated; %9 stage changes, %10 outcome events.")
                   .arg(b.rowsRead)
                   .arg(b.rowsImported)
                   .arg(b.rowsRejected)
                   .arg(b.duplicates)
                   .arg(c.contactsCreated)
                   .arg(c.contactsUpdated)
                   .arg(c.dealsCreated)
                   .arg(c.dealsUpdated)
                   .arg(c.stageChanges)
                   .arg(c.outcomeEvents)
            << u"\n\n"_s << Qt::flush;
        if (report->issues.isEmpty())
            return ExitOk;
    }
    return context.print(table);
}

int runCosts(CliContext& context, const QString& path, bool rates)
{
    const QCommandLineParser& p = context.parser();
    CostImportOptions options;
    if (p.isSet(u"preset"_s)) {
        // Costs and rates have no presets of their own: only those saved in the wizard.
        auto saved = savedPreset(rates ? u"rates"_s : u"costs"_s, p.value(u"preset"_s),
                                 Tr::tr("none built in"));
        if (!saved)
            return context.fail(saved.error());
        options.map = *saved;
    }
    for (const QString& pair : p.value(u"map"_s).split(u',', Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf(u'=');
        if (eq < 0)
            return context.fail(
                {ErrorCode::BadInput, Tr::tr("--map: '%1' is not FIELD=COLUMN.").arg(pair)});
        options.map.insert(pair.left(eq).trimmed(), pair.mid(eq + 1).trimmed());
    }
    if (p.isSet(u"delimiter"_s)) {
        auto d = parseDelimiter(p.value(u"delimiter"_s));
        if (!d)
            return context.fail(d.error());
        options.delimiter = *d;
    }
    options.sheet = p.value(u"sheet"_s);
    options.encoding = p.value(u"encoding"_s).toLatin1();
    auto workspace = context.openOrCreateWorkspace();
    if (!workspace)
        return context.fail(workspace.error());
    auto report = rates ? CostImporter::importRates(**workspace, path, options)
                        : CostImporter::importCosts(**workspace, path, options);
    if (!report)
        return context.fail(report.error());
    if (Status written = writeRejects(context.parser(), report->issues); !written)
        return context.fail(written.error());
    ResultTable table = issuesTable(report->issues);
    const ImportBatch& b = report->batch;
    table.meta = {{u"batch"_s, b.id},
                  {u"file"_s, QFileInfo(path).absoluteFilePath()},
                  {u"mapping"_s, report->mapping},
                  {u"rows_read"_s, b.rowsRead},
                  {u"rows_imported"_s, b.rowsImported},
                  {u"rows_rejected"_s, b.rowsRejected},
                  {u"issues"_s, qint64(report->issues.size())}};
    if (!rates) {
        table.meta.insert(u"campaigns_created"_s, report->campaignsCreated);
        table.meta.insert(u"days"_s, report->days);
        table.meta.insert(u"replaced"_s, report->replaced);
        table.meta.insert(u"unmatched_rows"_s, report->unmatchedRows);
        table.meta.insert(u"total_cost"_s, formatCents(report->totalCostCents));
        table.meta.insert(u"reporting_currency"_s, report->reportingCurrency);
    }
    if (context.format() == TableFormat::Table) {
        QTextStream out(stdout);
        if (rates)
            out << Tr::tr("Rates: %1 rows read, %2 imported, %3 rejected.")
                       .arg(b.rowsRead)
                       .arg(b.rowsImported)
                       .arg(b.rowsRejected);
        else
            out << Tr::tr("Costs: %1 rows read, %2 imported, %3 rejected; %4 campaign-days (%5 "
                          "replaced), %6 new campaigns, %7 rows with no matching sessions; total "
                          "%8 %9.")
                       .arg(b.rowsRead)
                       .arg(b.rowsImported)
                       .arg(b.rowsRejected)
                       .arg(report->days)
                       .arg(report->replaced)
                       .arg(report->campaignsCreated)
                       .arg(report->unmatchedRows)
                       .arg(formatCents(report->totalCostCents), report->reportingCurrency);
        out << u"\n\n"_s << Qt::flush;
        if (report->issues.isEmpty())
            return ExitOk;
    }
    return context.print(table);
}

int runImport(CliContext& context)
{
    const QStringList args = context.parser().positionalArguments();
    const QString kind = args.value(1);
    const QString path = args.value(2);
    if (kind.isEmpty() || path.isEmpty() || args.size() > 3)
        return context.usage(
            Tr::tr("Usage: leadloop-cli import tracking|crm|costs|rates FILE [options]."));
    if (kind == u"crm") {
        const int code = runCrm(context, path);
        return code == ExitOk ? rescoreAfterChange(context) : code;
    }
    if (kind == u"costs" || kind == u"rates")
        return runCosts(context, path, kind == u"rates");
    if (kind != u"tracking")
        return context.usage(
            Tr::tr("'%1' cannot be imported by this version; it imports: tracking, crm, costs, "
                   "rates.")
                .arg(kind));
    const int code = runTracking(context, path);
    return code == ExitOk ? rescoreAfterChange(context) : code;
}

} // namespace

CliCommand importCommand()
{
    return {
        u"import"_s, Tr::tr("Import a file into the workspace as one batch."),
        u"import tracking|crm|costs|rates FILE [options]"_s,
        [](QCommandLineParser& parser) {
            parser.addOption(
                {u"preset"_s,
                 Tr::tr("tracking: auto (default), generic, ga4, ua or snowplow; crm: auto, "
                        "generic, hubspot-contacts, hubspot-deals, salesforce-leads, "
                        "salesforce-contacts, salesforce-opportunities, "
                        "salesforce-opportunity-history or salesforce-campaign-members; or the "
                        "name of a preset saved in the desktop's import wizard (--map pairs "
                        "override its columns)."),
                 u"NAME"_s});
            parser.addOption({u"map"_s, Tr::tr("FIELD=COLUMN pairs, comma-separated."), u"MAP"_s});
            parser.addOption({u"delimiter"_s,
                              Tr::tr("The delimiter: , ; | or tab (default: detect)."), u"CHAR"_s});
            parser.addOption({u"sheet"_s,
                              Tr::tr("The worksheet of an .xlsx file (default: the first)."),
                              u"NAME"_s});
            parser.addOption({u"encoding"_s,
                              Tr::tr("The encoding, e.g. windows-1250 (default: detect)."),
                              u"NAME"_s});
            parser.addOption({u"time-format"_s,
                              Tr::tr("The time format (default: ISO 8601 or epoch)."),
                              u"FORMAT"_s});
            parser.addOption({u"timezone"_s,
                              Tr::tr("The time zone of times without one (default UTC)."),
                              u"ZONE"_s});
            parser.addOption({u"session-timeout"_s,
                              Tr::tr("Minutes of inactivity that end a session (default 30)."),
                              u"MINUTES"_s});
            parser.addOption({u"site-host"_s,
                              Tr::tr("The site's own hosts, comma-separated (default: learned)."),
                              u"HOSTS"_s});
            parser.addOption({u"conversion-events"_s,
                              Tr::tr("Event names that count as conversions."), u"LIST"_s});
            parser.addOption({u"won-stages"_s,
                              Tr::tr("crm: the stages that mean won, comma-separated."),
                              u"LIST"_s});
            parser.addOption({u"lost-stages"_s,
                              Tr::tr("crm: the stages that mean lost, comma-separated."),
                              u"LIST"_s});
            parser.addOption({u"rejects"_s,
                              Tr::tr("Write the rejected rows and their reasons to this CSV file."),
                              u"FILE"_s});
        },
        runImport};
}

} // namespace leadloop::cli
