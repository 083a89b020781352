#include "analytics/attributionreport.h"
#include "clicommand.h"
#include "clicontext.h"
#include "ingest/timeparser.h"
#include "store/database.h"

using namespace Qt::StringLiterals;

namespace leadloop::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(AttributionCommand)
};

constexpr qint64 DayMs = 86'400'000;

std::optional<qint64> parseDay(const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    return TimeParser().parse(std::string_view(utf8.constData(), size_t(utf8.size())));
}

int runAttribution(CliContext& context)
{
    const QCommandLineParser& p = context.parser();
    QList<attribution::Model> models;
    const QString modelText = p.isSet(u"model"_s) ? p.value(u"model"_s) : u"linear"_s;
    if (modelText == u"all") {
        models = attribution::allModels();
    } else {
        for (const QString& id : modelText.split(u',', Qt::SkipEmptyParts)) {
            const auto model = attribution::modelFromId(id.trimmed());
            if (!model) {
                QStringList ids;
                for (attribution::Model m : attribution::allModels())
                    ids.append(attribution::modelId(m));
                return context.usage(
                    Tr::tr("--model takes all or one of %1, not '%2'.").arg(ids.join(u", "_s), id));
            }
            models.append(*model);
        }
    }
    PathQuery query;
    const QString conversion = p.isSet(u"conversion"_s) ? p.value(u"conversion"_s) : u"lead"_s;
    const auto kind = ConversionPaths::kindFromName(conversion, &query.eventName);
    if (!kind)
        return context.usage(Tr::tr("--conversion takes lead, opportunity, customer, revenue, "
                                    "event or event:NAME, not '%1'.")
                                 .arg(conversion));
    query.kind = *kind;
    if (p.isSet(u"by"_s))
        query.dimension = p.value(u"by"_s);
    attribution::Options options;
    if (p.isSet(u"half-life-days"_s)) {
        bool ok = false;
        options.halfLifeDays = p.value(u"half-life-days"_s).toDouble(&ok);
        if (!ok || options.halfLifeDays <= 0)
            return context.usage(Tr::tr("--half-life-days takes a positive number of days."));
    }
    for (const char* name : {"from", "to"}) {
        const QString option = QString::fromLatin1(name);
        if (!p.isSet(option))
            continue;
        const auto day = parseDay(p.value(option));
        if (!day)
            return context.usage(Tr::tr("--%1: '%2' is not a date (write 2024-03-05).")
                                     .arg(option, p.value(option)));
        if (option == u"from")
            query.from = *day;
        else
            query.to = *day + DayMs - 1; // the whole day, inclusive
    }
    auto workspace = context.openWorkspace(Workspace::Access::ReadOnly);
    if (!workspace)
        return context.fail(workspace.error());
    Database& db = (*workspace)->database();
    if (p.isSet(u"lookback-days"_s)) {
        bool ok = false;
        query.lookbackDays = p.value(u"lookback-days"_s).toInt(&ok);
        if (!ok || query.lookbackDays < 0)
            return context.usage(Tr::tr("--lookback-days takes 0 (unlimited) or more days."));
    } else {
        query.lookbackDays =
            int(db.scalar(u"SELECT CAST(value AS INTEGER) FROM settings WHERE key = "
                          u"'attribution_lookback_days'"_s)
                    .value_or(90));
    }
    auto table = AttributionReport::run(db, models, query, options);
    if (!table)
        return context.fail(table.error());
    return context.print(*table);
}

} // namespace

CliCommand attributionCommand()
{
    return {
        u"attribution"_s,
        Tr::tr("Credit conversions and their value to channels (or another dimension)."),
        u"attribution [--model M|all] [--conversion lead|opportunity|customer|revenue|"
        u"event[:NAME]] [--lookback-days N] [--half-life-days N] [--by DIM] [--from DATE] "
        u"[--to DATE]"_s,
        [](QCommandLineParser& parser) {
            parser.addOption({u"model"_s,
                              Tr::tr("A model id, several comma-separated, or all (default "
                                     "linear)."),
                              u"M"_s});
            parser.addOption({u"conversion"_s,
                              Tr::tr("What counts as a conversion (default lead)."), u"KIND"_s});
            parser.addOption({u"lookback-days"_s,
                              Tr::tr("Touches at most this many days before a conversion; 0 "
                                     "means unlimited (default: the workspace's, 90)."),
                              u"N"_s});
            parser.addOption(
                {u"half-life-days"_s, Tr::tr("The time_decay half-life (default 7)."), u"N"_s});
            parser.addOption({u"by"_s,
                              Tr::tr("channel (default), source-medium, source, medium, "
                                     "campaign or landing-page."),
                              u"DIM"_s});
            parser.addOption({u"from"_s, Tr::tr("First day of conversions counted."), u"DATE"_s});
            parser.addOption({u"to"_s, Tr::tr("Last day of conversions counted."), u"DATE"_s});
        },
        runAttribution};
}

} // namespace leadloop::cli
