#include "analytics/timetoconvert.h"
#include "clicommand.h"
#include "clicontext.h"
#include "reportoptions.h"

using namespace Qt::StringLiterals;

namespace leadloop::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TimeToConvertCommand)
};

int runTimeToConvert(CliContext& context)
{
    const QCommandLineParser& p = context.parser();
    if (!p.isSet(u"from"_s) || !p.isSet(u"to"_s))
        return context.usage(Tr::tr("time-to-convert needs --from STEP and --to STEP."));
    TimeToConvert::Query query;
    auto from = TimeToConvert::parseStep(p.value(u"from"_s));
    if (!from)
        return context.usage(u"--from: "_s + from.error().message);
    auto to = TimeToConvert::parseStep(p.value(u"to"_s));
    if (!to)
        return context.usage(u"--to: "_s + to.error().message);
    query.from = *from;
    query.to = *to;
    query.dimension = p.value(u"by"_s);
    query.cohort = p.value(u"cohort"_s);
    if (!query.cohort.isEmpty() && !query.dimension.isEmpty())
        return context.usage(Tr::tr("Give --by or --cohort, not both."));
    auto workspace = context.openWorkspace(Workspace::Access::ReadOnly);
    if (!workspace)
        return context.fail(workspace.error());
    return context.print(ReportOptions::withIntervals(
        p, TimeToConvert::run((*workspace)->database(), query), TimeToConvert::rates()));
}

} // namespace

CliCommand timeToConvertCommand()
{
    return {
        u"time-to-convert"_s,
        Tr::tr("How long people take from one step to another: percentiles and a histogram, "
               "per group or per cohort."),
        u"time-to-convert --from STEP --to STEP [--by DIM | --cohort week|month] [--intervals]"_s,
        [](QCommandLineParser& parser) {
            parser.addOption({u"from"_s,
                              Tr::tr("The first step: first-visit, lead, opportunity, "
                                     "customer, lost, form, event:NAME, page:PATTERN, "
                                     "deal-stage:STAGE, lifecycle-stage:STAGE, channel:NAME, "
                                     "source:NAME, medium:NAME or campaign:NAME."),
                              u"STEP"_s});
            parser.addOption(
                {u"to"_s, Tr::tr("The second step, written the same way."), u"STEP"_s});
            ReportOptions::addDimension(parser, u"by"_s);
            parser.addOption({u"cohort"_s,
                              Tr::tr("Group by the week or month the first step happened in."),
                              u"week|month"_s});
            ReportOptions::addIntervals(parser);
        },
        runTimeToConvert};
}

} // namespace leadloop::cli
