#include "analytics/pathsreport.h"
#include "clicommand.h"
#include "clicontext.h"
#include "reportoptions.h"
#include "store/database.h"

using namespace Qt::StringLiterals;

namespace leadloop::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PathsCommand)
};

int runPaths(CliContext& context)
{
    const QCommandLineParser& p = context.parser();
    PathQuery query;
    if (Status read = ReportOptions::readPathQuery(p, query); !read)
        return context.fail(read.error());
    int top = 10;
    if (p.isSet(u"top"_s)) {
        bool ok = false;
        top = p.value(u"top"_s).toInt(&ok);
        if (!ok || top < 1)
            return context.usage(Tr::tr("--top takes 1 or more."));
    }
    auto workspace = context.openWorkspace(Workspace::Access::ReadOnly);
    if (!workspace)
        return context.fail(workspace.error());
    Database& db = (*workspace)->database();
    auto lookback = ReportOptions::lookbackDays(p, db);
    if (!lookback)
        return context.fail(lookback.error());
    query.lookbackDays = *lookback;
    return context.print(PathsReport::run(db, query, top));
}

} // namespace

CliCommand pathsCommand()
{
    return {u"paths"_s, Tr::tr("The most frequent paths of touches to conversion."),
            u"paths [--top N] [--conversion KIND] [--by DIM] [--lookback-days N] "_s +
                ReportOptions::filterUsage(),
            [](QCommandLineParser& parser) {
                parser.addOption({u"top"_s, Tr::tr("How many paths (default 10)."), u"N"_s});
                parser.addOption({u"conversion"_s,
                                  Tr::tr("What counts as a conversion (default lead)."),
                                  u"KIND"_s});
                ReportOptions::addDimension(parser, u"by"_s);
                ReportOptions::addAttribution(parser);
                ReportOptions::addFilter(parser, Tr::tr("conversions"));
            },
            runPaths};
}

} // namespace leadloop::cli
