#include "analytics/campaignlist.h"
#include "analytics/currencyconverter.h"
#include "clicommand.h"
#include "clicontext.h"
#include "store/database.h"

using namespace Qt::StringLiterals;

namespace leadloop::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CampaignsCommand)
};

int runCampaigns(CliContext& context)
{
    auto workspace = context.openWorkspace(Workspace::Access::ReadOnly);
    if (!workspace)
        return context.fail(workspace.error());
    Database& db = (*workspace)->database();
    auto rows = CampaignList::load(db);
    if (!rows)
        return context.fail(rows.error());
    auto converter = CurrencyConverter::load(db);
    if (!converter)
        return context.fail(converter.error());
    return context.print(CampaignList::table(*rows, converter->reportingCurrency()));
}

} // namespace

CliCommand campaignsCommand()
{
    return {u"campaigns"_s,
            Tr::tr("Campaigns with their channel, dates, total cost and sessions; those with "
                   "cost but no sessions are flagged."),
            u"campaigns"_s, [](QCommandLineParser&) {}, runCampaigns};
}

} // namespace leadloop::cli
