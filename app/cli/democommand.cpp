#include "clicommand.h"
#include "clicontext.h"
#include "demo/demogenerator.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace leadloop::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DemoCommand)
};

int runDemo(CliContext& context)
{
    QCommandLineParser& parser = context.parser();
    const QString out = parser.isSet(u"out"_s) ? parser.value(u"out"_s) : context.workspacePath();
    DemoOptions options;
    if (parser.isSet(u"seed"_s)) {
        bool ok = false;
        options.seed = parser.value(u"seed"_s).toULongLong(&ok);
        if (!ok)
            return context.fail(
                {ErrorCode::BadInput, Tr::tr("--seed takes a whole number from 0 to "
                                             "18446744073709551615, not '%1'.")
                                          .arg(parser.value(u"seed"_s))});
    }
    if (QFileInfo::exists(out)) {
        if (!parser.isSet(u"force"_s))
            return context.fail(
                {ErrorCode::AlreadyExists,
                 Tr::tr("%1 already exists; pass --force to replace it.").arg(out)});
        // Refuse to replace a file that is not a workspace, or one open elsewhere.
        auto existing = Workspace::open(out, Workspace::Access::ReadWrite);
        if (!existing)
            return context.fail(existing.error());
        existing->reset();
        if (!QFile::remove(out))
            return context.fail({ErrorCode::Io, Tr::tr("Cannot replace %1.").arg(out)});
    }

    auto summary = DemoGenerator(options).createWorkspace(out);
    if (!summary)
        return context.fail(summary.error());

    ResultTable table;
    table.addColumn(u"entity"_s, Tr::tr("Entity"));
    table.addColumn(u"count"_s, Tr::tr("Count"));
    const DemoSummary& s = *summary;
    const QList<std::pair<QString, qint64>> counts = {
        {u"visitors"_s, s.visitors},
        {u"sessions"_s, s.sessions},
        {u"pageviews"_s, s.pageviews},
        {u"events"_s, s.events},
        {u"campaigns"_s, s.campaigns},
        {u"campaign_costs"_s, s.costRows},
        {u"contacts"_s, s.contacts},
        {u"identity_links"_s, s.identityLinks},
        {u"deals"_s, s.deals},
        {u"deals_won"_s, s.won},
        {u"deals_lost"_s, s.lost},
        {u"deals_open"_s, s.open},
        {u"outcome_events"_s, s.outcomeEvents},
    };
    for (const auto& [entity, count] : counts)
        table.addRow({entity, count});
    table.meta = {{u"workspace"_s, QFileInfo(out).absoluteFilePath()},
                  {u"seed"_s, QString::number(options.seed)},
                  {u"batch"_s, s.batchId}};
    return context.print(table);
}

} // namespace

CliCommand demoCommand()
{
    return {u"demo"_s, Tr::tr("Create a demo workspace with a 90-day marketing and sales story."),
            u"demo --out PATH [--seed N] [--force]"_s,
            [](QCommandLineParser& parser) {
                parser.addOption({u"out"_s, Tr::tr("The workspace file to create."), u"PATH"_s});
                parser.addOption({u"seed"_s, Tr::tr("The random seed (default 1)."), u"N"_s});
                parser.addOption({u"force"_s, Tr::tr("Replace an existing workspace file.")});
            },
            runDemo};
}

} // namespace leadloop::cli
