#include "analytics/drilldown.h"
#include "clicommand.h"
#include "clicontext.h"
#include "reportoptions.h"
#include "store/database.h"

using namespace Qt::StringLiterals;

namespace leadloop::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DrillDownCommand)
};

int runDrillDown(CliContext& context)
{
    const QCommandLineParser& p = context.parser();
    const QStringList args = p.positionalArguments();
    const QString what = args.value(1);
    if (args.size() != 2 || (what != u"leads" && what != u"sessions"))
        return context.usage(Tr::tr("Usage: leadloop-cli drilldown leads|sessions [--by DIM "
                                    "--group VALUE] [options]."));
    DrillRequest request;
    request.target =
        what == u"sessions" ? DrillRequest::Target::Sessions : DrillRequest::Target::Leads;
    if (Status read = ReportOptions::readPathQuery(p, request.query); !read)
        return context.fail(read.error());
    if (p.isSet(u"group"_s))
        request.group = p.value(u"group"_s);
    request.funnelStage = p.value(u"stage"_s);
    if (!request.funnelStage.isEmpty() &&
        !QStringList{u"leads"_s, u"opportunities"_s, u"customers"_s, u"revenue"_s}.contains(
            request.funnelStage))
        return context.usage(Tr::tr("--stage takes leads, opportunities, customers or revenue, "
                                    "not '%1'.")
                                 .arg(request.funnelStage));
    const QString modelText = p.isSet(u"model"_s)             ? p.value(u"model"_s)
                              : request.funnelStage.isEmpty() ? u"linear"_s
                                                              : u"first_touch"_s;
    const auto model = attribution::modelFromId(modelText);
    if (!model)
        return context.usage(Tr::tr("--model takes a model id, not '%1'.").arg(modelText));
    request.model = *model;
    if (p.isSet(u"limit"_s)) {
        bool ok = false;
        request.limit = p.value(u"limit"_s).toInt(&ok);
        if (!ok || request.limit < 1)
            return context.usage(Tr::tr("--limit takes a number of rows, 1 or more."));
    }
    auto halfLife = ReportOptions::halfLifeDays(p);
    if (!halfLife)
        return context.fail(halfLife.error());
    request.options.halfLifeDays = *halfLife;
    auto workspace = context.openWorkspace(Workspace::Access::ReadOnly);
    if (!workspace)
        return context.fail(workspace.error());
    Database& db = (*workspace)->database();
    auto lookback = ReportOptions::lookbackDays(p, db);
    if (!lookback)
        return context.fail(lookback.error());
    request.query.lookbackDays = *lookback;
    return context.print(DrillDown::run(db, request));
}

} // namespace

CliCommand drillDownCommand()
{
    return {u"drilldown"_s,
            Tr::tr("The leads or sessions behind a report's figure: the report's options with "
                   "--by DIM --group VALUE naming the row."),
            u"drilldown leads|sessions [--by DIM --group VALUE] [--conversion "
            u"lead|opportunity|customer|revenue] [--model M] [--stage STAGE] "
            u"[--lookback-days N] [--limit N] "_s +
                ReportOptions::filterUsage(),
            [](QCommandLineParser& parser) {
                ReportOptions::addDimension(parser, u"by"_s);
                parser.addOption(
                    {u"group"_s, Tr::tr("The row of the report: a value of --by."), u"VALUE"_s});
                parser.addOption({u"conversion"_s,
                                  Tr::tr("leads: whose conversion counts (default lead)."),
                                  u"KIND"_s});
                parser.addOption({u"model"_s,
                                  Tr::tr("leads: the model whose credit the figure shows "
                                         "(default linear; with --stage, the funnel's grouping "
                                         "touch, default first_touch)."),
                                  u"M"_s});
                parser.addOption({u"stage"_s,
                                  Tr::tr("leads: the funnel's people at this stage (leads, "
                                         "opportunities, customers, revenue) instead."),
                                  u"STAGE"_s});
                parser.addOption({u"limit"_s,
                                  Tr::tr("sessions: at most this many, newest first (default "
                                         "5000)."),
                                  u"N"_s});
                ReportOptions::addAttribution(parser);
                ReportOptions::addFilter(parser, Tr::tr("conversions or sessions"));
            },
            runDrillDown,
            1};
}

} // namespace leadloop::cli
