#include "adexport/conversionexport.h"
#include "adexport/conversionfiles.h"
#include "clicommand.h"
#include "clicontext.h"
#include "common/username.h"
#include "ingest/timeparser.h"
#include "sales/outcomereports.h"
#include "store/database.h"

#include <cstdio>
#include <QDir>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace leadloop::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)
};

Status writeFile(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error{
            ErrorCode::Io,
            Tr::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
    return {};
}

int runOutcomes(CliContext& context, const QString& path)
{
    auto workspace = context.openWorkspace(Workspace::Access::ReadOnly);
    if (!workspace)
        return context.fail(workspace.error());
    auto table = OutcomeReports::exportRows((*workspace)->database());
    if (!table)
        return context.fail(table.error());
    if (Status written = writeFile(path, formatTable(*table, TableFormat::Csv)); !written)
        return context.fail(written.error());
    ResultTable summary;
    summary.addColumn(u"file"_s, Tr::tr("File"));
    summary.addColumn(u"deals"_s, Tr::tr("Deals"));
    summary.addRow({QDir::toNativeSeparators(path), table->rows.size()});
    summary.meta = {{u"file"_s, path}, {u"deals"_s, table->rows.size()}};
    return context.print(summary);
}

/// The request the options describe, or the usage message that explains what is wrong.
std::variant<ConversionRequest, QString> conversionRequest(const QCommandLineParser& p)
{
    ConversionRequest r;
    const auto platform = AdPlatform::parse(p.value(u"platform"_s));
    if (!platform) {
        QStringList names;
        for (const AdPlatform::Id id : AdPlatform::all())
            names.append(AdPlatform::name(id));
        return Tr::tr("--platform takes %1, not '%2'.")
            .arg(names.join(u", "_s), p.value(u"platform"_s));
    }
    r.platform = *platform;
    const auto stage = AdPlatform::parseStage(p.value(u"stage"_s));
    if (!stage)
        return Tr::tr("--stage takes lead, opportunity or customer, not '%1'.")
            .arg(p.value(u"stage"_s));
    r.stage = *stage;
    r.name = p.value(u"name"_s);
    for (const auto& [option, date] : {std::pair{u"from"_s, &r.from}, std::pair{u"to"_s, &r.to}}) {
        if (!p.isSet(option))
            continue;
        const QDate day = QDate::fromString(p.value(option), Qt::ISODate);
        if (!day.isValid())
            return Tr::tr("--%1: '%2' is not a date (write 2026-03-31).")
                .arg(option, p.value(option));
        *date = day;
    }
    if (p.isSet(u"value"_s)) {
        const auto value = ConversionRequest::parseValue(p.value(u"value"_s));
        if (!value)
            return Tr::tr("--value takes revenue, amount or fixed:N (such as fixed:150), not "
                          "'%1'.")
                .arg(p.value(u"value"_s));
        r.value = value->first;
        r.fixedCents = value->second;
    }
    r.timeZone = p.value(u"timezone"_s);
    r.country = p.value(u"country"_s);
    r.includeUnknownConsent = p.isSet(u"include-unknown-consent"_s);
    if (p.isSet(u"at"_s)) {
        const QByteArray at = p.value(u"at"_s).toUtf8();
        const auto ms = TimeParser().parse(std::string_view(at.constData(), size_t(at.size())));
        if (!ms)
            return Tr::tr("--at: '%1' is not a date and time (write 2026-03-05T14:30:00Z).")
                .arg(p.value(u"at"_s));
        r.now = *ms;
    }
    return r;
}

QString metaNote()
{
    return Tr::tr("Meta accepts events up to 7 days old: send the file today.");
}

/// The summary of an export: a row per reason left out, with the counts in the JSON meta.
ResultTable summaryOf(const ConversionPlan& plan, const QString& file, const QString& retractions)
{
    ResultTable table = ConversionExport::leftOutTable(plan);
    table.rows.prepend({Tr::tr("Exported"), u"exported"_s, qint64(plan.conversions.size())});
    table.rows.append({Tr::tr("Retracted"), u"retracted"_s,
                       retractions.isEmpty() ? 0 : qint64(plan.retractions.size())});
    const ConversionRequest& r = plan.request;
    if (r.platform == AdPlatform::Id::Meta)
        table.meta.insert(u"note"_s, metaNote());
    table.meta.insert(
        {{u"platform"_s, AdPlatform::name(r.platform)},
         {u"stage"_s, AdPlatform::name(r.stage)},
         {u"conversion_name"_s, r.name},
         {u"timezone"_s, r.timeZone},
         {u"file"_s, file},
         {u"retraction_file"_s, retractions},
         {u"exported"_s, qint64(plan.conversions.size())},
         {u"retractions"_s, qint64(plan.retractions.size())},
         {u"left_out"_s, QVariantMap{{u"no_consent"_s, plan.noConsent},
                                     {u"no_click_id"_s, plan.noClickId},
                                     {u"too_old"_s, plan.tooOld},
                                     {u"already_exported"_s, plan.alreadyExported}}}});
    return table;
}

int runConversions(CliContext& context)
{
    const QCommandLineParser& p = context.parser();
    if (!p.isSet(u"platform"_s) || !p.isSet(u"stage"_s))
        return context.usage(Tr::tr("export conversions needs --platform and --stage."));
    auto request = conversionRequest(p);
    if (const QString* message = std::get_if<QString>(&request))
        return context.usage(*message);
    const bool dryRun = p.isSet(u"dry-run"_s);
    auto workspace =
        context.openWorkspace(dryRun ? Workspace::Access::ReadOnly : Workspace::Access::ReadWrite);
    if (!workspace)
        return context.fail(workspace.error());
    Database& db = (*workspace)->database();
    auto plan = ConversionExport::plan(db, std::get<ConversionRequest>(request));
    if (!plan)
        return context.fail(plan.error());
    const QString output = p.value(u"output"_s);
    if (dryRun) {
        context.setOutput(QString(), false);
        return context.print(summaryOf(*plan, QString(), QString()));
    }
    if (output.isEmpty()) {
        // The file goes to standard output, so the summary goes to standard error.
        const QByteArray bytes = ConversionFiles::conversions(*plan);
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        std::fflush(stdout);
    }
    auto saved = ConversionFiles::save(db, *plan, output, p.value(u"retractions"_s),
                                       p.isSet(u"by"_s) ? p.value(u"by"_s) : currentUserName());
    if (!saved)
        return context.fail(saved.error());
    const QString retractions = *saved;
    if (plan->request.platform == AdPlatform::Id::Meta)
        std::fputs(qPrintable(metaNote() + u'\n'), stderr);
    const ResultTable summary = summaryOf(*plan, output, retractions);
    if (output.isEmpty()) {
        QStringList lines;
        for (const QVariantList& row : summary.rows)
            lines.append(row.value(0).toString() + u": "_s + row.value(2).toString());
        std::fputs(qPrintable(lines.join(u"; "_s) + u'\n'), stderr);
        return ExitOk;
    }
    context.setOutput(QString(), false);
    return context.print(summary);
}

int runExport(CliContext& context)
{
    const QStringList args = context.parser().positionalArguments();
    const QString what = args.value(1);
    if (what == u"outcomes"_s && args.size() == 3)
        return runOutcomes(context, args[2]);
    if (what == u"conversions"_s && args.size() == 2)
        return runConversions(context);
    if (what == u"history"_s && args.size() == 2) {
        auto workspace = context.openWorkspace(Workspace::Access::ReadOnly);
        if (!workspace)
            return context.fail(workspace.error());
        return context.print(ConversionExport::history((*workspace)->database()));
    }
    return context.usage(Tr::tr("Usage: leadloop-cli export outcomes FILE.csv, export "
                                "conversions --platform P --stage S [options], or export "
                                "history."));
}

void addOptions(QCommandLineParser& parser)
{
    parser.addOption({u"platform"_s,
                      Tr::tr("The ad platform: google-ads, google-ads-enhanced, microsoft-ads, "
                             "meta or linkedin."),
                      u"P"_s});
    parser.addOption(
        {u"stage"_s, Tr::tr("Which conversions: lead, opportunity or customer."), u"S"_s});
    parser.addOption({u"name"_s,
                      Tr::tr("The conversion's name in the platform (default: Lead, Opportunity, "
                             "Customer; Purchase for Meta's customers)."),
                      u"NAME"_s});
    parser.addOption({u"from"_s, Tr::tr("Conversions on or after this day (UTC)."), u"DATE"_s});
    parser.addOption({u"to"_s, Tr::tr("Conversions on or before this day (UTC)."), u"DATE"_s});
    parser.addOption({u"value"_s,
                      Tr::tr("The value sent: revenue (default for opportunities and customers), "
                             "amount or fixed:N (leads have none unless fixed)."),
                      u"V"_s});
    parser.addOption({u"timezone"_s,
                      Tr::tr("The time zone the file's times are written in (default: the "
                             "system's)."),
                      u"ZONE"_s});
    parser.addOption({u"country"_s,
                      Tr::tr("The country of phone numbers written without a country code, two "
                             "letters (a contact's own country column wins)."),
                      u"CC"_s});
    parser.addOption({u"include-unknown-consent"_s,
                      Tr::tr("Also send people whose ad_user_data consent is unknown (denied is "
                             "never sent).")});
    parser.addOption({u"retractions"_s,
                      Tr::tr("Where to write retractions (default: beside --output, "
                             "NAME-retractions.csv)."),
                      u"FILE"_s});
    parser.addOption({u"at"_s,
                      Tr::tr("Count the platforms' windows back from this time (default: now)."),
                      u"DATETIME"_s});
    parser.addOption({u"by"_s, Tr::tr("Who exports (default: your login name)."), u"NAME"_s});
    parser.addOption({u"dry-run"_s,
                      Tr::tr("Show what would be sent and left out; write and remember nothing.")});
}

} // namespace

CliCommand exportCommand()
{
    return {u"export"_s,
            Tr::tr("Write tagged outcomes for a CRM, or offline conversions for an ad platform."),
            u"export outcomes FILE.csv | export conversions --platform P --stage S [--name NAME] "
            u"[--from DATE] [--to DATE] [--value revenue|amount|fixed:N] [--timezone ZONE] "
            u"[--output FILE] | export history"_s,
            addOptions,
            runExport,
            2};
}

} // namespace leadloop::cli
