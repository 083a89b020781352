#include "clicommand.h"
#include "clicontext.h"
#include "report/executivereport.h"
#include "report/pdfreportwriter.h"
#include "reportoptions.h"
#include "store/database.h"

#include <QDateTime>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace leadloop::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)
};

int runReport(CliContext& context)
{
    const QCommandLineParser& p = context.parser();
    if (!p.isSet(u"pdf"_s))
        return context.usage(Tr::tr("report needs --pdf OUT.pdf."));
    ExecutiveReport::Options options;
    if (Status read = ReportOptions::readFilter(p, options.filter); !read)
        return context.fail(read.error());
    if (p.isSet(u"model"_s)) {
        const auto model = attribution::modelFromId(p.value(u"model"_s));
        if (!model)
            return context.usage(
                Tr::tr("--model takes a model id, not '%1'.").arg(p.value(u"model"_s)));
        options.model = *model;
    }
    options.title = p.value(u"title"_s);
    auto workspace = context.openWorkspace(Workspace::Access::ReadOnly);
    if (!workspace)
        return context.fail(workspace.error());
    Database& db = (*workspace)->database();
    auto lookback = ReportOptions::lookbackDays(p, db);
    if (!lookback)
        return context.fail(lookback.error());
    options.lookbackDays = *lookback;
    auto report = ExecutiveReport::build(db, options);
    if (!report)
        return context.fail(report.error());
    const QString out = p.value(u"pdf"_s);
    auto pages = PdfReportWriter::write(*report, QFileInfo((*workspace)->path()).completeBaseName(),
                                        out, QDateTime::currentMSecsSinceEpoch());
    if (!pages)
        return context.fail(pages.error());
    ResultTable table;
    table.addColumn(u"section"_s, Tr::tr("Section"));
    table.addColumn(u"title"_s, Tr::tr("Title"));
    table.addColumn(u"rows"_s, Tr::tr("Rows"));
    for (const ExecutiveReport::Section& s : report->sections)
        table.addRow({s.key, s.title, qint64(s.table.rows.size())});
    table.meta = {{u"file"_s, out},
                  {u"pages"_s, *pages},
                  {u"period"_s, report->period},
                  {u"title"_s, report->title},
                  {u"model"_s, attribution::modelId(options.model)},
                  {u"filter"_s, options.filter.describe()}};
    return context.print(table);
}

} // namespace

CliCommand reportCommand()
{
    return {u"report"_s,
            Tr::tr("Write the executive PDF report: headline figures, funnel, channels with "
                   "ROI, attribution by every model, campaigns, trends, deals and methodology."),
            u"report --pdf OUT.pdf [--model M] [--title TEXT] [--lookback-days N] "_s +
                ReportOptions::filterUsage(),
            [](QCommandLineParser& parser) {
                parser.addOption({u"pdf"_s, Tr::tr("The PDF file to write."), u"OUT.pdf"_s});
                parser.addOption({u"model"_s,
                                  Tr::tr("The model crediting channels and campaigns (default "
                                         "linear)."),
                                  u"M"_s});
                parser.addOption({u"title"_s, Tr::tr("The report's title."), u"TEXT"_s});
                ReportOptions::addAttribution(parser);
                ReportOptions::addFilter(parser, Tr::tr("what each section counts"));
            },
            runReport};
}

} // namespace leadloop::cli
