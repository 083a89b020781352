#include "analytics/channelsreport.h"
#include "clicommand.h"
#include "clicontext.h"
#include "reportoptions.h"
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
    auto halfLife = ReportOptions::halfLifeDays(p);
    if (!halfLife)
        return context.fail(halfLife.error());
    query.options.halfLifeDays = *halfLife;
    if (Status read = ReportOptions::readFilter(p, query.filter); !read)
        return context.fail(read.error());
    auto bootstrap = ReportOptions::bootstrap(p);
    if (!bootstrap)
        return context.fail(bootstrap.error());
    query.bootstrap = *bootstrap;
    auto workspace = context.openWorkspace(Workspace::Access::ReadOnly);
    if (!workspace)
        return context.fail(workspace.error());
    Database& db = (*workspace)->database();
    auto lookback = ReportOptions::lookbackDays(p, db);
    if (!lookback)
        return context.fail(lookback.error());
    query.lookbackDays = *lookback;
    return context.print(
        ReportOptions::withIntervals(p, ChannelsReport::run(db, query), ChannelsReport::rates()));
}

} // namespace

CliCommand channelsCommand()
{
    return {
        u"channels"_s,
        Tr::tr("Traffic, credited leads, customers and revenue, cost and ROI per channel."),
        u"channels [--by DIM] [--model M] [--lookback-days N] [--half-life-days N] [--intervals] "
        u"[--bootstrap N [--seed N]] "_s +
            ReportOptions::filterUsage(),
        [](QCommandLineParser& parser) {
            ReportOptions::addDimension(parser, u"by"_s);
            parser.addOption({u"model"_s,
                              Tr::tr("The attribution model that credits results (default "
                                     "linear)."),
                              u"M"_s});
            ReportOptions::addAttribution(parser);
            ReportOptions::addFilter(parser, Tr::tr("sessions, conversions and costs"));
            ReportOptions::addIntervals(parser);
            ReportOptions::addBootstrap(parser);
        },
        runChannels};
}

} // namespace leadloop::cli
