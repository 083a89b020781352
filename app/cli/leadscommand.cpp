#include "clicommand.h"
#include "clicontext.h"
#include "reportoptions.h"
#include "sales/contactproperties.h"
#include "sales/leadfilter.h"
#include "store/database.h"

#include <algorithm>
#include <iterator>
#include <QDateTime>

using namespace Qt::StringLiterals;

namespace leadloop::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LeadsCommand)
};

int runLeads(CliContext& context)
{
    const QCommandLineParser& p = context.parser();
    LeadFilter filter;
    filter.text = p.value(u"search"_s).trimmed();
    filter.owners = p.values(u"owner"_s);
    filter.channels = p.values(u"channel"_s);
    filter.mine = p.value(u"mine"_s).trimmed();
    for (const QString& outcome : p.values(u"outcome"_s)) {
        if (!QStringList{u"open"_s, u"won"_s, u"lost"_s, u"none"_s}.contains(outcome))
            return context.usage(
                Tr::tr("--outcome takes open, won, lost or none, not '%1'.").arg(outcome));
        filter.outcomes.append(outcome);
    }
    for (const QString& tier : p.values(u"tier"_s)) {
        if (!QStringList{u"very_high"_s, u"high"_s, u"medium"_s, u"low"_s, u"none"_s}.contains(
                tier))
            return context.usage(
                Tr::tr("--tier takes very_high, high, medium, low or none, not '%1'.").arg(tier));
        filter.tiers.append(tier);
    }
    auto range = ReportOptions::dateRange(p);
    if (!range)
        return context.fail(range.error());
    filter.from = range->from;
    filter.to = range->to;
    auto workspace = context.openWorkspace(Workspace::Access::ReadOnly);
    if (!workspace)
        return context.fail(workspace.error());
    // Each --property NAME=VALUE narrows the leads to the contacts that have it (all must hold).
    for (const QString& condition : p.values(u"property"_s)) {
        const qsizetype equals = condition.indexOf(u'=');
        if (equals <= 0)
            return context.usage(Tr::tr("--property takes NAME=VALUE, not '%1'.").arg(condition));
        auto with = ContactProperties::contactsWith(
            (*workspace)->database(), condition.left(equals).trimmed(), condition.mid(equals + 1));
        if (!with)
            return context.fail(with.error());
        if (filter.withProperty) {
            std::vector<qint64> both;
            std::set_intersection(filter.withProperty->begin(), filter.withProperty->end(),
                                  with->begin(), with->end(), std::back_inserter(both));
            *with = std::move(both);
        }
        filter.withProperty = std::move(*with);
    }
    auto rows = LeadList::load((*workspace)->database());
    if (!rows)
        return context.fail(rows.error());
    std::vector<LeadRow> kept;
    for (LeadRow& r : *rows)
        if (filter.matches(r))
            kept.push_back(std::move(r));
    ResultTable table = LeadList::table(kept, QDateTime::currentMSecsSinceEpoch());
    table.meta.insert(u"all_leads"_s, qint64(rows->size()));
    return context.print(table);
}

} // namespace

CliCommand leadsCommand()
{
    return {
        u"leads"_s,
        Tr::tr("The leads table of the desktop app: every contact once per deal, with owner, "
               "first channel, stage, outcome, amount, days open, score and tier."),
        u"leads [--search TEXT] [--owner NAME] [--outcome open|won|lost|none] "
        u"[--channel NAME] [--tier TIER] [--property NAME=VALUE] [--mine NAME] [--from DATE] "
        u"[--to DATE]"_s,
        [](QCommandLineParser& parser) {
            parser.addOption({u"search"_s,
                              Tr::tr("Only leads with this text in the name, company or "
                                     "e-mail."),
                              u"TEXT"_s});
            parser.addOption(
                {u"owner"_s, Tr::tr("Only leads of this owner (repeatable)."), u"NAME"_s});
            parser.addOption({u"outcome"_s,
                              Tr::tr("Only leads with this outcome; none: without a deal "
                                     "(repeatable)."),
                              u"OUTCOME"_s});
            parser.addOption({u"channel"_s,
                              Tr::tr("Only leads whose first channel is this (repeatable)."),
                              u"NAME"_s});
            parser.addOption(
                {u"mine"_s, Tr::tr("Only leads this user owns (my leads)."), u"NAME"_s});
            parser.addOption({u"property"_s,
                              Tr::tr("Only leads whose contact has this property value, as "
                                     "NAME=VALUE (repeatable; all must hold)."),
                              u"NAME=VALUE"_s});
            parser.addOption({u"tier"_s,
                              Tr::tr("Only leads of this score tier: very_high, high, medium, "
                                     "low, or none for leads without a tier (repeatable)."),
                              u"TIER"_s});
            parser.addOption({u"from"_s, Tr::tr("First day of lead creation (UTC)."), u"DATE"_s});
            parser.addOption({u"to"_s, Tr::tr("Last day of lead creation (UTC)."), u"DATE"_s});
        },
        runLeads};
}

} // namespace leadloop::cli
