#include "clicommand.h"
#include "clicontext.h"
#include "common/money.h"
#include "ingest/timeparser.h"
#include "sales/lostreasons.h"
#include "sales/outcomereports.h"
#include "sales/outcometagger.h"
#include "store/database.h"

using namespace Qt::StringLiterals;

namespace leadloop::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OutcomeCommands)
};

/// One row describing what a tag or an undo recorded.
int printEvent(CliContext& context, const TagResult& result, const QString& lead)
{
    const OutcomeEventRecord& e = result.event;
    ResultTable table;
    table.addColumn(u"event"_s, Tr::tr("Event"));
    table.addColumn(u"deal"_s, Tr::tr("Deal"));
    table.addColumn(u"old_outcome"_s, Tr::tr("From"));
    table.addColumn(u"new_outcome"_s, Tr::tr("To"));
    table.addColumn(u"amount"_s, Tr::tr("Amount"));
    table.addColumn(u"currency"_s, Tr::tr("Currency"));
    table.addColumn(u"reason"_s, Tr::tr("Reason"));
    table.addColumn(u"by"_s, Tr::tr("By"));
    table.addColumn(u"at"_s, Tr::tr("Took effect (UTC)"));
    table.addRow({result.eventId, result.dealId, e.oldOutcome, e.newOutcome,
                  e.amountCents ? QVariant(formatCents(*e.amountCents)) : QVariant(), e.currency,
                  e.reason, e.byUser,
                  QDateTime::fromMSecsSinceEpoch(e.at, Qt::UTC).toString(Qt::ISODate)});
    table.meta = {{u"lead"_s, lead}, {u"deal_created"_s, result.dealCreated}};
    return context.print(table);
}

int runTag(CliContext& context)
{
    const QCommandLineParser& p = context.parser();
    const QStringList args = p.positionalArguments();
    if (args.size() != 3)
        return context.usage(Tr::tr("Usage: leadloop-cli tag LEAD won|lost|open [options]."));
    TagRequest request;
    request.lead = args[1];
    request.outcome = args[2];
    if (p.isSet(u"amount"_s)) {
        request.amountCents = parseMoneyCents(p.value(u"amount"_s));
        if (!request.amountCents)
            return context.usage(
                Tr::tr("--amount: '%1' is not an amount (write 1234.56 or 1 234,56).")
                    .arg(p.value(u"amount"_s)));
    }
    request.currency = p.value(u"currency"_s);
    request.reason = p.value(u"reason"_s);
    request.note = p.value(u"note"_s);
    request.byUser = p.value(u"by"_s);
    if (p.isSet(u"at"_s)) {
        const QByteArray at = p.value(u"at"_s).toUtf8();
        request.at = TimeParser().parse(std::string_view(at.constData(), size_t(at.size())));
        if (!request.at)
            return context.usage(
                Tr::tr("--at: '%1' is not a date and time (write 2024-03-05T14:30:00Z).")
                    .arg(p.value(u"at"_s)));
    }
    auto workspace = context.openWorkspace(Workspace::Access::ReadWrite);
    if (!workspace)
        return context.fail(workspace.error());
    auto result = OutcomeTagger::tag((*workspace)->database(), request);
    if (!result)
        return context.fail(result.error());
    return printEvent(context, *result, request.lead);
}

int runUntag(CliContext& context)
{
    const QStringList args = context.parser().positionalArguments();
    if (args.size() != 2)
        return context.usage(Tr::tr("Usage: leadloop-cli untag LEAD [--by NAME] [--note TEXT]."));
    auto workspace = context.openWorkspace(Workspace::Access::ReadWrite);
    if (!workspace)
        return context.fail(workspace.error());
    auto result =
        OutcomeTagger::undo((*workspace)->database(), args[1], context.parser().value(u"by"_s),
                            context.parser().value(u"note"_s));
    if (!result)
        return context.fail(result.error());
    return printEvent(context, *result, args[1]);
}

int runHistory(CliContext& context)
{
    const QStringList args = context.parser().positionalArguments();
    if (args.size() != 2)
        return context.usage(Tr::tr("Usage: leadloop-cli history LEAD."));
    auto workspace = context.openWorkspace(Workspace::Access::ReadOnly);
    if (!workspace)
        return context.fail(workspace.error());
    auto table = OutcomeReports::history((*workspace)->database(), args[1]);
    if (!table)
        return context.fail(table.error());
    return context.print(*table);
}

int runLostReasons(CliContext& context)
{
    const QCommandLineParser& p = context.parser();
    const bool editing = p.isSet(u"add"_s) || p.isSet(u"remove"_s);
    auto workspace =
        context.openWorkspace(editing ? Workspace::Access::ReadWrite : Workspace::Access::ReadOnly);
    if (!workspace)
        return context.fail(workspace.error());
    Database& db = (*workspace)->database();
    for (const QString& reason : p.values(u"add"_s))
        if (Status added = LostReasons::add(db, reason); !added)
            return context.fail(added.error());
    for (const QString& reason : p.values(u"remove"_s))
        if (Status removed = LostReasons::remove(db, reason); !removed)
            return context.fail(removed.error());
    auto reasons = LostReasons::list(db);
    if (!reasons)
        return context.fail(reasons.error());
    ResultTable table;
    table.addColumn(u"reason"_s, Tr::tr("Lost reason"));
    for (const QString& reason : *reasons)
        table.addRow({reason});
    table.meta = {{u"reasons"_s, reasons->size()}};
    return context.print(table);
}

void addWhoOptions(QCommandLineParser& parser)
{
    parser.addOption({u"by"_s, Tr::tr("Who records it (default: your login name)."), u"NAME"_s});
    parser.addOption({u"note"_s, Tr::tr("A note kept with the event."), u"TEXT"_s});
}

} // namespace

CliCommand tagCommand()
{
    return {
        u"tag"_s,
        Tr::tr("Tag a lead won, lost or open; every tag is kept in the lead's history."),
        u"tag LEAD won|lost|open [--amount N] [--currency C] [--reason TEXT] [--by NAME] "
        u"[--at DATETIME] [--note TEXT]"_s,
        [](QCommandLineParser& parser) {
            parser.addOption(
                {u"amount"_s, Tr::tr("The amount won (default: the deal's)."), u"N"_s});
            parser.addOption(
                {u"currency"_s, Tr::tr("Its currency, e.g. EUR (default: the deal's)."), u"C"_s});
            parser.addOption(
                {u"reason"_s, Tr::tr("Why it was lost (see lost-reasons)."), u"TEXT"_s});
            parser.addOption({u"at"_s, Tr::tr("When it happened (default: now)."), u"DATETIME"_s});
            addWhoOptions(parser);
        },
        runTag,
        2};
}

CliCommand untagCommand()
{
    return {u"untag"_s,
            Tr::tr("Undo the latest outcome change of a lead (kept in its history)."),
            u"untag LEAD [--by NAME] [--note TEXT]"_s,
            addWhoOptions,
            runUntag,
            1};
}

CliCommand historyCommand()
{
    return {u"history"_s,      Tr::tr("Show every outcome change of a lead."),
            u"history LEAD"_s, [](QCommandLineParser&) {},
            runHistory,        1};
}

CliCommand lostReasonsCommand()
{
    return {u"lost-reasons"_s, Tr::tr("List, add or remove the reasons offered for lost deals."),
            u"lost-reasons [--add REASON] [--remove REASON]"_s,
            [](QCommandLineParser& parser) {
                parser.addOption({u"add"_s, Tr::tr("Add a reason."), u"REASON"_s});
                parser.addOption({u"remove"_s, Tr::tr("Remove a reason."), u"REASON"_s});
            },
            runLostReasons};
}

} // namespace leadloop::cli
