#include "clicommand.h"
#include "clicontext.h"
#include "common/username.h"
#include "sales/adconsent.h"
#include "sales/leadresolver.h"
#include "store/database.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace leadloop::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ConsentCommand)
};

/// A lead's consent to ad measurement, set first when asked (docs/ad-platforms.md, "Consent").
int runConsent(CliContext& context)
{
    const QStringList args = context.parser().positionalArguments();
    const QString action = args.value(1);
    if ((action != u"show"_s && action != u"set"_s) || args.size() != 3)
        return context.usage(Tr::tr("Usage: leadloop-cli consent show LEAD, or consent set LEAD "
                                    "[--ad-user-data STATE] [--ad-personalization STATE]."));
    const bool setting = action == u"set"_s;
    std::vector<std::pair<AdConsent::Signal, AdConsent::State>> changes;
    for (const auto& [option, signal] :
         {std::pair{u"ad-user-data"_s, AdConsent::Signal::AdUserData},
          std::pair{u"ad-personalization"_s, AdConsent::Signal::AdPersonalization}}) {
        if (!context.parser().isSet(option))
            continue;
        const QString text = context.parser().value(option);
        const std::optional<AdConsent::State> state = AdConsent::parse(text);
        if (!state || text.trimmed().isEmpty())
            return context.usage(
                Tr::tr("--%1 takes granted, denied or unknown, not '%2'.").arg(option, text));
        changes.emplace_back(signal, *state);
    }
    if (setting && changes.empty())
        return context.usage(
            Tr::tr("consent set needs --ad-user-data or --ad-personalization (or both)."));
    if (!setting && !changes.empty())
        return context.usage(Tr::tr("consent show takes no state; use consent set."));
    auto workspace =
        context.openWorkspace(setting ? Workspace::Access::ReadWrite : Workspace::Access::ReadOnly);
    if (!workspace)
        return context.fail(workspace.error());
    Database& db = (*workspace)->database();
    auto lead = LeadResolver::resolve(db, args[2]);
    if (!lead)
        return context.fail(lead.error());
    if (!lead->contactId)
        return context.fail(
            {ErrorCode::NotFound, Tr::tr("%1 has no contact, so no consent.").arg(args[2])});
    if (setting) {
        if (Status done = AdConsent::setMany(db, *lead->contactId, changes, currentUserName(),
                                             QDateTime::currentMSecsSinceEpoch());
            !done)
            return context.fail(done.error());
        context.rememberWrites();
    }
    auto status = AdConsent::of(db, *lead->contactId);
    if (!status)
        return context.fail(status.error());
    ResultTable table;
    table.addColumn(u"signal"_s, Tr::tr("Signal"), ValueKind::Text);
    table.addColumn(u"state"_s, Tr::tr("State"), ValueKind::Text);
    table.addRow(
        {AdConsent::name(AdConsent::Signal::AdUserData), AdConsent::name(status->adUserData)});
    table.addRow({AdConsent::name(AdConsent::Signal::AdPersonalization),
                  AdConsent::name(status->adPersonalization)});
    table.meta.insert(u"contact"_s, *lead->contactId);
    return context.print(table);
}

} // namespace

CliCommand consentCommand()
{
    return {u"consent"_s,
            Tr::tr("Show or set a lead's consent to ad measurement (sent to ad platforms or not)."),
            u"consent show LEAD | set LEAD [--ad-user-data granted|denied|unknown] "
            u"[--ad-personalization granted|denied|unknown]"_s,
            [](QCommandLineParser& parser) {
                parser.addOption({u"ad-user-data"_s,
                                  Tr::tr("set: may the person's data be sent to ad platforms: "
                                         "granted, denied, or unknown (clears the choice made "
                                         "by hand)."),
                                  u"STATE"_s});
                parser.addOption({u"ad-personalization"_s,
                                  Tr::tr("set: may it be used for personalised ads: granted, "
                                         "denied or unknown."),
                                  u"STATE"_s});
            },
            runConsent,
            2};
}

} // namespace leadloop::cli
