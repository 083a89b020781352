#include "analytics/journeyreport.h"
#include "clicommand.h"
#include "clicontext.h"

#include <QVariantMap>

using namespace Qt::StringLiterals;

namespace leadloop::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(JourneyCommand)
};

int runJourney(CliContext& context)
{
    const QStringList args = context.parser().positionalArguments();
    if (args.size() != 2)
        return context.usage(Tr::tr("Usage: leadloop-cli journey LEAD."));
    auto workspace = context.openWorkspace(Workspace::Access::ReadOnly);
    if (!workspace)
        return context.fail(workspace.error());
    auto journey = JourneyReport::run((*workspace)->database(), args[1]);
    if (!journey)
        return context.fail(journey.error());
    if (context.format() == TableFormat::Json) {
        // One object: the events, and the credit split as a table of its own in meta.
        QVariantList columns, rows;
        for (const ResultColumn& c : journey->credit.columns)
            columns.append(c.key);
        for (const QVariantList& row : journey->credit.rows) {
            QVariantMap object;
            for (int i = 0; i < row.size(); ++i)
                object.insert(journey->credit.columns[i].key, row[i]);
            rows.append(object);
        }
        journey->events.meta.insert(u"credit"_s, QVariantMap{{u"columns"_s, columns},
                                                             {u"rows"_s, rows},
                                                             {u"meta"_s, journey->credit.meta}});
        return context.print(journey->events);
    }
    context.print(journey->events);
    if (context.format() == TableFormat::Table) {
        QTextStream(stdout) << u"\n"_s
                            << Tr::tr("How each model credits this %1's touches:")
                                   .arg(journey->credit.meta.value(u"conversion"_s).toString())
                            << u"\n"_s << Qt::flush;
        context.print(journey->credit);
    }
    return ExitOk;
}

} // namespace

CliCommand journeyCommand()
{
    return {u"journey"_s,
            Tr::tr("Everything that happened to one lead, in time order, and how each model "
                   "credits their touches."),
            u"journey LEAD"_s,
            [](QCommandLineParser&) {},
            runJourney,
            1};
}

} // namespace leadloop::cli
