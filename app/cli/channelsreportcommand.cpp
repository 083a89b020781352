#include "analytics/channelsreport.h"
#include "clicommand.h"
#include "clicontext.h"
#include "ingest/timeparser.h"
#include "store/database.h"

using namespace Qt::StringLiterals;

namespace leadloop::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ChannelsReportCommand)
};

int runChannels(CliContext& context)
{
    const QCommandLineParser& p = context.parser();
    ChannelsReport::Query query;
    if (p.isSet(u"by"_s))
        query.dimension = p.value(u"by"_s);
    if (p.isSet(u"model"_s)) {
        const auto model = attribution::modelFromId(p.value(u"model"_s));
        if (!model)
            return context.usage(Tr::tr("--model: '%1' is not a model id (see attribution --help).")
                                     .arg(p.value(u"model"_s)));
        query.model = *model;
    }
    if (p.isSet(u"half-life-days"_s)) {
        bool ok = false;
        query.options.halfLifeDays = p.value(u"half-life-days"_s).toDouble(&ok);
        if (!ok || query.options.halfLifeDays <= 0)
            return context.usage(Tr::tr("--half-life-days takes a positive number of days."));
    }
    for (const char* name : {"from", "to"}) {
        const QString option = QString::fromLatin1(name);
        if (!p.isSet(option))
            continue;
        const QByteArray text = p.value(option).toUtf8();
        const auto day =
            TimeParser().parse(std::string_view(text.constData(), size_t(text.size())));
        if (!day)
            return context.usage(Tr::tr("--%1: '%2' is not a date (write 2024-03-05).")
                                     .arg(option, p.value(option)));
        (option == u"from" ? query.from : query.to) =
            option == u"from" ? *day : *day + 86'400'000 - 1;
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
        query.lookbackDays = int(db.scalar(u"SELECT CAST(value AS INTEGER) FROM settings WHERE "
                                           u"key = 'attribution_lookback_days'"_s)
                                     .value_or(90));
    }
    auto table = ChannelsReport::run(db, query);
    if (!table)
        return context.fail(table.error());
    return context.print(*table);
}

} // namespace

CliCommand channelsCommand()
{
    return {u"channels"_s,
            Tr::tr("Traffic, credited leads, customers and revenue, cost and ROI per channel."),
            u"channels [--by DIM] [--model M] [--lookback-days N] [--half-life-days N] [--from "
            u"DATE] [--to DATE]"_s,
            [](QCommandLineParser& parser) {
                parser.addOption({u"by"_s,
                                  Tr::tr("channel (default), source-medium, source, medium, "
                                         "campaign or landing-page."),
                                  u"DIM"_s});
                parser.addOption({u"model"_s,
                                  Tr::tr("The attribution model that credits results (default "
                                         "linear)."),
                                  u"M"_s});
                parser.addOption({u"lookback-days"_s,
                                  Tr::tr("Touches at most this many days before a conversion."),
                                  u"N"_s});
                parser.addOption(
                    {u"half-life-days"_s, Tr::tr("The time_decay half-life (default 7)."), u"N"_s});
                parser.addOption({u"from"_s, Tr::tr("First day counted."), u"DATE"_s});
                parser.addOption({u"to"_s, Tr::tr("Last day counted."), u"DATE"_s});
            },
            runChannels};
}

} // namespace leadloop::cli
