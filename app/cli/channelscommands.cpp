#include "clicommand.h"
#include "clicontext.h"
#include "store/database.h"
#include "tracking/sessionsummary.h"
#include "tracking/workspacechannels.h"

using namespace Qt::StringLiterals;

namespace leadloop::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ChannelCommands)
};

int runReclassify(CliContext& context)
{
    auto workspace = context.openWorkspace(Workspace::Access::ReadWrite);
    if (!workspace)
        return context.fail(workspace.error());
    Database& db = (*workspace)->database();
    Transaction transaction(db);
    if (!transaction.isActive())
        return context.fail(transaction.error());
    if (const QString choice = context.parser().value(u"rule-set"_s); !choice.isEmpty())
        if (Status chosen = WorkspaceChannels::choose(db, choice); !chosen)
            return context.fail(chosen.error());
    auto rules = WorkspaceChannels::current(db);
    if (!rules)
        return context.fail(rules.error());
    auto counts = WorkspaceChannels::reclassify(db, *rules);
    if (!counts)
        return context.fail(counts.error());
    if (Status committed = transaction.commit(); !committed)
        return context.fail(committed.error());
    auto table = SessionSummary::byDimension(db, u"channel"_s);
    if (!table)
        return context.fail(table.error());
    table->meta.insert(u"rule_set"_s, rules->id());
    table->meta.insert(u"rule_set_version"_s, rules->version());
    table->meta.insert(u"sessions"_s, counts->sessions);
    table->meta.insert(u"changed"_s, counts->changed);
    if (context.format() == TableFormat::Table)
        QTextStream(stdout) << Tr::tr("Channel grouping %1 (%2): %3 sessions, %4 changed.")
                                   .arg(rules->id(), rules->name())
                                   .arg(counts->sessions)
                                   .arg(counts->changed)
                            << u"\n\n"_s << Qt::flush;
    return context.print(*table);
}

int runClassify(CliContext& context)
{
    const QCommandLineParser& p = context.parser();
    Result<ChannelRuleSet> rules = Error{ErrorCode::InvalidArgument, {}};
    const QString choice = p.value(u"rule-set"_s);
    if (!choice.isEmpty()) {
        rules = ChannelRuleSet::builtinIds().contains(choice) ? ChannelRuleSet::builtin(choice)
                                                              : ChannelRuleSet::load(choice);
    } else {
        auto workspace = context.openWorkspace(Workspace::Access::ReadOnly);
        rules = workspace ? WorkspaceChannels::current((*workspace)->database())
                          : ChannelRuleSet::builtin(u"ga4"_s);
    }
    if (!rules)
        return context.fail(rules.error());
    const ChannelInput input{p.value(u"source"_s), p.value(u"medium"_s), p.value(u"campaign"_s),
                             p.value(u"click-id"_s), p.value(u"referrer"_s)};
    const ChannelMatch match = rules->classify(input);
    ResultTable table;
    table.addColumn(u"channel"_s, Tr::tr("Channel"));
    table.addColumn(u"rule"_s, Tr::tr("Rule"));
    table.addRow({match.channel, match.rule});
    table.meta = {{u"rule_set"_s, rules->id()},
                  {u"source"_s, input.source},
                  {u"medium"_s, input.medium},
                  {u"campaign"_s, input.campaign}};
    return context.print(table);
}

} // namespace

CliCommand reclassifyCommand()
{
    return {u"reclassify"_s,
            Tr::tr("Choose the channel grouping and classify every stored session again."),
            u"reclassify [--rule-set ga4|hubspot|FILE]"_s,
            [](QCommandLineParser& parser) {
                parser.addOption({u"rule-set"_s,
                                  Tr::tr("ga4, hubspot, or a rule file (kept in the workspace)."),
                                  u"RULES"_s});
            },
            runReclassify};
}

CliCommand classifyCommand()
{
    return {u"classify"_s, Tr::tr("Show which channel and rule a source, medium and campaign get."),
            u"classify --source S --medium M [--campaign C] [--click-id ID] [--referrer HOST]"_s,
            [](QCommandLineParser& parser) {
                parser.addOption({u"source"_s, Tr::tr("The source."), u"S"_s});
                parser.addOption({u"medium"_s, Tr::tr("The medium."), u"M"_s});
                parser.addOption({u"campaign"_s, Tr::tr("The campaign."), u"C"_s});
                parser.addOption(
                    {u"click-id"_s, Tr::tr("The click id parameter, e.g. gclid."), u"ID"_s});
                parser.addOption({u"referrer"_s, Tr::tr("The referrer host."), u"HOST"_s});
                parser.addOption({u"rule-set"_s,
                                  Tr::tr("ga4, hubspot or a rule file (default: the workspace's)."),
                                  u"RULES"_s});
            },
            runClassify};
}

} // namespace leadloop::cli
