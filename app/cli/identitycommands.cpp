#include "clicommand.h"
#include "clicontext.h"
#include "sales/identityreview.h"
#include "store/database.h"

using namespace Qt::StringLiterals;

namespace leadloop::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(IdentityCommands)
};

int runIdentities(CliContext& context)
{
    auto workspace = context.openWorkspace(Workspace::Access::ReadOnly);
    if (!workspace)
        return context.fail(workspace.error());
    Database& db = (*workspace)->database();
    auto table = context.parser().isSet(u"conflicts"_s) ? IdentityReview::conflicts(db)
                                                        : IdentityReview::links(db);
    if (!table)
        return context.fail(table.error());
    return context.print(*table);
}

/// link, unlink and keep-apart: VISITOR CONTACT [--by NAME] [--reason TEXT].
int runDecision(CliContext& context, const QString& name,
                Status (*decide)(Database&, const QString&, const QString&, const QString&,
                                 const QString&))
{
    const QStringList args = context.parser().positionalArguments();
    if (args.size() != 3)
        return context.usage(
            Tr::tr("Usage: leadloop-cli %1 VISITOR CONTACT [--by NAME] [--reason TEXT].")
                .arg(name));
    auto workspace = context.openWorkspace(Workspace::Access::ReadWrite);
    if (!workspace)
        return context.fail(workspace.error());
    Database& db = (*workspace)->database();
    if (Status done = decide(db, args[1], args[2], context.parser().value(u"by"_s),
                             context.parser().value(u"reason"_s));
        !done)
        return context.fail(done.error());
    auto table = IdentityReview::links(db);
    if (!table)
        return context.fail(table.error());
    table->meta.insert(u"action"_s, name);
    table->meta.insert(u"visitor"_s, args[1]);
    table->meta.insert(u"contact"_s, args[2]);
    return context.print(*table);
}

void addDecisionOptions(QCommandLineParser& parser)
{
    parser.addOption({u"by"_s, Tr::tr("Who decides (default: your login name)."), u"NAME"_s});
    parser.addOption({u"reason"_s, Tr::tr("Why; kept in the identity log."), u"TEXT"_s});
}

} // namespace

CliCommand identitiesCommand()
{
    return {u"identities"_s,
            Tr::tr("List the links between visitors and leads, or the cookies to review."),
            u"identities [--conflicts]"_s,
            [](QCommandLineParser& parser) {
                parser.addOption(
                    {u"conflicts"_s, Tr::tr("List cookies seen with two e-mails instead.")});
            },
            runIdentities};
}

CliCommand linkCommand()
{
    return {u"link"_s,
            Tr::tr("Link a visitor (cookie id) to a lead; its only link from then on."),
            u"link VISITOR CONTACT [--by NAME] [--reason TEXT]"_s,
            addDecisionOptions,
            [](CliContext& c) { return runDecision(c, u"link"_s, &IdentityReview::link); },
            2};
}

CliCommand unlinkCommand()
{
    return {u"unlink"_s,
            Tr::tr("Undo a link between a visitor and a lead."),
            u"unlink VISITOR CONTACT [--by NAME] [--reason TEXT]"_s,
            addDecisionOptions,
            [](CliContext& c) { return runDecision(c, u"unlink"_s, &IdentityReview::unlink); },
            2};
}

CliCommand keepApartCommand()
{
    return {
        u"keep-apart"_s,
        Tr::tr("Leave a visitor apart from a lead it was seen with."),
        u"keep-apart VISITOR CONTACT [--by NAME] [--reason TEXT]"_s,
        addDecisionOptions,
        [](CliContext& c) { return runDecision(c, u"keep-apart"_s, &IdentityReview::keepApart); },
        2};
}

} // namespace leadloop::cli
