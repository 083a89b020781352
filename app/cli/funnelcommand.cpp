#include "analytics/customfunnel.h"
#include "analytics/funnelreport.h"
#include "analytics/savedfunnels.h"
#include "clicommand.h"
#include "clicontext.h"
#include "common/username.h"
#include "reportoptions.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace leadloop::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FunnelCommand)
};

/// The steps file's funnel, or the usage message that says what is wrong.
Result<FunnelDefinition> readSteps(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::NotFound,
                     Tr::tr("Cannot read %1: %2").arg(path, file.errorString())};
    return FunnelDefinition::fromJson(file.readAll(), path);
}

/// funnel save NAME --steps FILE, funnel list, funnel remove NAME.
int runSaved(CliContext& context, const QStringList& args)
{
    const QCommandLineParser& p = context.parser();
    const QString action = args.value(1);
    if (action == u"list"_s && args.size() == 2) {
        auto workspace = context.openWorkspace(Workspace::Access::ReadOnly);
        if (!workspace)
            return context.fail(workspace.error());
        return context.print(SavedFunnels::list((*workspace)->database()));
    }
    if ((action != u"save"_s && action != u"remove"_s) || args.size() != 3)
        return context.usage(Tr::tr("Usage: leadloop-cli funnel save NAME --steps FILE, funnel "
                                    "remove NAME, or funnel list."));
    std::optional<FunnelDefinition> definition;
    if (action == u"save"_s) {
        if (!p.isSet(u"steps"_s))
            return context.usage(Tr::tr("funnel save needs --steps FILE."));
        auto read = readSteps(p.value(u"steps"_s));
        if (!read)
            return context.fail(read.error());
        definition = *read;
    }
    auto workspace = context.openWorkspace(Workspace::Access::ReadWrite);
    if (!workspace)
        return context.fail(workspace.error());
    Database& db = (*workspace)->database();
    const Status done = definition ? SavedFunnels::save(db, args[2], *definition, currentUserName())
                                   : SavedFunnels::remove(db, args[2]);
    if (!done)
        return context.fail(done.error());
    return context.print(SavedFunnels::list(db));
}

/// A custom funnel from --steps FILE or --saved NAME (docs/metrics.md, "Custom funnels").
int runCustom(CliContext& context)
{
    const QCommandLineParser& p = context.parser();
    CustomFunnel::Query query;
    query.dimension = p.value(u"by"_s);
    query.intervals = p.isSet(u"intervals"_s);
    auto bootstrap = ReportOptions::bootstrap(p);
    if (!bootstrap)
        return context.fail(bootstrap.error());
    query.bootstrap = *bootstrap;
    auto range = ReportOptions::dateRange(p);
    if (!range)
        return context.fail(range.error());
    query.from = range->from;
    query.to = range->to;
    std::optional<Result<FunnelDefinition>> fromFile;
    if (p.isSet(u"steps"_s))
        fromFile = readSteps(p.value(u"steps"_s));
    if (fromFile && !*fromFile)
        return context.fail(fromFile->error());
    auto workspace = context.openWorkspace(Workspace::Access::ReadOnly);
    if (!workspace)
        return context.fail(workspace.error());
    Database& db = (*workspace)->database();
    if (fromFile) {
        query.definition = **fromFile;
    } else {
        auto saved = SavedFunnels::load(db, p.value(u"saved"_s));
        if (!saved)
            return context.fail(saved.error());
        query.definition = *saved;
    }
    if (p.isSet(u"window-days"_s)) {
        bool ok = false;
        const int days = p.value(u"window-days"_s).toInt(&ok);
        if (!ok || days < 0)
            return context.usage(Tr::tr("--window-days takes a whole number of days (0 for no "
                                        "limit), not '%1'.")
                                     .arg(p.value(u"window-days"_s)));
        query.definition.windowDays = days;
    }
    if (p.isSet(u"order"_s)) {
        const QString order = p.value(u"order"_s);
        if (order != u"strict"_s && order != u"any"_s)
            return context.usage(Tr::tr("--order takes strict or any, not '%1'.").arg(order));
        query.definition.anyOrder = order == u"any"_s;
    }
    return context.print(CustomFunnel::run(db, query));
}

int runFunnel(CliContext& context)
{
    const QCommandLineParser& p = context.parser();
    const QStringList args = p.positionalArguments();
    if (args.size() > 1)
        return runSaved(context, args);
    if (p.isSet(u"steps"_s) && p.isSet(u"saved"_s))
        return context.usage(Tr::tr("Give --steps or --saved, not both."));
    if (p.isSet(u"intervals"_s) && p.isSet(u"bootstrap"_s))
        return context.usage(Tr::tr("Give --intervals (Wilson) or --bootstrap, not both: each "
                                    "bounds the same rates."));
    if (p.isSet(u"steps"_s) || p.isSet(u"saved"_s))
        return runCustom(context);
    FunnelReport::Query query;
    if (p.isSet(u"by"_s))
        query.dimension = p.value(u"by"_s);
    if (p.isSet(u"model"_s)) {
        const auto model = attribution::modelFromId(p.value(u"model"_s));
        if (!model)
            return context.usage(Tr::tr("--model takes first_touch, last_touch or "
                                        "last_non_direct, not '%1'.")
                                     .arg(p.value(u"model"_s)));
        query.position = *model;
    }
    if (Status read = ReportOptions::readFilter(p, query.filter); !read)
        return context.fail(read.error());
    auto bootstrap = ReportOptions::bootstrap(p);
    if (!bootstrap)
        return context.fail(bootstrap.error());
    query.bootstrap = *bootstrap;
    auto workspace = context.openWorkspace(Workspace::Access::ReadOnly);
    if (!workspace)
        return context.fail(workspace.error());
    return context.print(ReportOptions::withIntervals(
        p, FunnelReport::run((*workspace)->database(), query), FunnelReport::rates()));
}

} // namespace

CliCommand funnelCommand()
{
    return {u"funnel"_s,
            Tr::tr("Visitors, leads, opportunities, customers and revenue per group, with step "
                   "rates and days between stages."),
            u"funnel [--by DIM] [--model first_touch|last_touch|last_non_direct] [--intervals | "
            u"--bootstrap N [--seed N]] "_s +
                ReportOptions::filterUsage() +
                u" | funnel --steps FILE|--saved NAME [--window-days N] [--order strict|any] "
                u"[--by DIM] [--intervals | --bootstrap N [--seed N]] [--from DATE] [--to DATE] | "
                u"funnel save NAME --steps "
                u"FILE | funnel remove NAME | funnel list"_s,
            [](QCommandLineParser& parser) {
                ReportOptions::addDimension(parser, u"by"_s);
                parser.addOption({u"model"_s,
                                  Tr::tr("The touch that groups a person (default "
                                         "first_touch)."),
                                  u"M"_s});
                ReportOptions::addFilter(parser, Tr::tr("each stage"));
                ReportOptions::addIntervals(parser);
                ReportOptions::addBootstrap(
                    parser, Tr::tr("Add each rate's 95 % bootstrap interval from N resamples of "
                                   "the people (columns RATE_low and RATE_high)."));
                parser.addOption({u"steps"_s,
                                  Tr::tr("A custom funnel's steps, a JSON file (docs/metrics.md, "
                                         "\"Custom funnels\")."),
                                  u"FILE"_s});
                parser.addOption(
                    {u"saved"_s, Tr::tr("A custom funnel saved in the workspace."), u"NAME"_s});
                parser.addOption({u"window-days"_s,
                                  Tr::tr("Custom funnels: every step within N days of the first "
                                         "(0: no limit; default: the funnel's)."),
                                  u"N"_s});
                parser.addOption({u"order"_s,
                                  Tr::tr("Custom funnels: the steps in the given order (strict) "
                                         "or in any order."),
                                  u"strict|any"_s});
            },
            runFunnel,
            2};
}

} // namespace leadloop::cli
