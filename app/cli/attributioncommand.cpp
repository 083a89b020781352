#include "analytics/attributionreport.h"
#include "analytics/pathdata.h"
#include "clicommand.h"
#include "clicontext.h"
#include "reportoptions.h"
#include "store/database.h"

using namespace Qt::StringLiterals;

namespace leadloop::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(AttributionCommand)
};

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
    auto bootstrap = ReportOptions::bootstrap(p);
    if (!bootstrap)
        return context.fail(bootstrap.error());
    // A credit is not a count of people who did or did not convert, so it has no Wilson
    // interval: --intervals asks for the bootstrap's, with the desktop's 200 resamples.
    if (p.isSet(u"intervals"_s) && !p.isSet(u"bootstrap"_s))
        bootstrap->replicates = BootstrapOptions::DefaultReplicates;
    attribution::Options options;
    auto halfLife = ReportOptions::halfLifeDays(p);
    if (!halfLife)
        return context.fail(halfLife.error());
    options.halfLifeDays = *halfLife;
    if (p.isSet(u"paths"_s)) {
        // Another tool's aggregated journeys: no workspace involved.
        auto paths = PathData::read(p.value(u"paths"_s),
                                    p.isSet(u"separator"_s) ? p.value(u"separator"_s) : u">"_s);
        if (!paths)
            return context.fail(paths.error());
        return context.print(
            AttributionReport::credit(*paths, models, options, u"channel"_s, {}, *bootstrap));
    }
    PathQuery query;
    if (Status read = ReportOptions::readPathQuery(p, query); !read)
        return context.fail(read.error());
    auto workspace = context.openWorkspace(Workspace::Access::ReadOnly);
    if (!workspace)
        return context.fail(workspace.error());
    Database& db = (*workspace)->database();
    auto lookback = ReportOptions::lookbackDays(p, db);
    if (!lookback)
        return context.fail(lookback.error());
    query.lookbackDays = *lookback;
    return context.print(AttributionReport::run(db, models, query, options, *bootstrap));
}

} // namespace

CliCommand attributionCommand()
{
    return {
        u"attribution"_s,
        Tr::tr("Credit conversions and their value to channels (or another dimension)."),
        u"attribution [--model M|all] [--conversion lead|opportunity|customer|revenue|"
        u"event[:NAME]] [--lookback-days N] [--half-life-days N] [--by DIM] [--paths FILE "
        u"[--separator "
        u"TEXT]] [--intervals] [--bootstrap N [--seed N]] "_s +
            ReportOptions::filterUsage(),
        [](QCommandLineParser& parser) {
            parser.addOption({u"model"_s,
                              Tr::tr("A model id, several comma-separated, or all (default "
                                     "linear)."),
                              u"M"_s});
            parser.addOption({u"conversion"_s,
                              Tr::tr("What counts as a conversion (default lead)."), u"KIND"_s});
            ReportOptions::addAttribution(parser);
            parser.addOption({u"paths"_s,
                              Tr::tr("Credit aggregated journeys from FILE (columns path, "
                                     "total_conversions, total_conversion_value, total_null) "
                                     "instead of the workspace's."),
                              u"FILE"_s});
            parser.addOption({u"separator"_s,
                              Tr::tr("The channel separator of --paths (default >)."), u"TEXT"_s});
            ReportOptions::addDimension(parser, u"by"_s);
            ReportOptions::addFilter(parser, Tr::tr("conversions"));
            ReportOptions::addBootstrap(parser);
            parser.addOption({u"intervals"_s,
                              Tr::tr("Add each credit's 95 % interval: the bootstrap's with 200 "
                                     "resamples unless --bootstrap says otherwise (columns "
                                     "KEY_low and KEY_high).")});
        },
        runAttribution};
}

} // namespace leadloop::cli
