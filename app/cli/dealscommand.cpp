#include "analytics/dealsreport.h"
#include "clicommand.h"
#include "clicontext.h"
#include "ingest/timeparser.h"

using namespace Qt::StringLiterals;

namespace leadloop::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DealsCommand)
};

int runDeals(CliContext& context)
{
    const QCommandLineParser& p = context.parser();
    std::optional<qint64> from, to;
    for (const char* name : {"from", "to"}) {
        const QString option = QString::fromLatin1(name);
        if (!p.isSet(option))
            continue;
        const QByteArray text = p.value(option).toUtf8();
        const auto day =
            TimeParser().parse(std::string_view(text.constData(), size_t(text.size())));
        if (!day)
            return context.usage(Tr::tr("--%1: '%2' is not a date (write 2024-03-05).")
                                     .arg(option, p.value(option)));
        (option == u"from" ? from : to) = option == u"from" ? *day : *day + 86'400'000 - 1;
    }
    auto workspace = context.openWorkspace(Workspace::Access::ReadOnly);
    if (!workspace)
        return context.fail(workspace.error());
    auto table = DealsReport::run((*workspace)->database(),
                                  p.isSet(u"by"_s) ? p.value(u"by"_s) : u"owner"_s, from, to);
    if (!table)
        return context.fail(table.error());
    return context.print(*table);
}

} // namespace

CliCommand dealsCommand()
{
    return {
        u"deals"_s,
        Tr::tr("Deals, win rate, won value and days to close per owner, product, account, "
               "channel, stage or lost reason."),
        u"deals [--by owner|product|account|channel|stage|lost-reason] [--from DATE] [--to "
        u"DATE]"_s,
        [](QCommandLineParser& parser) {
            parser.addOption({u"by"_s, Tr::tr("The grouping (default owner)."), u"DIM"_s});
            parser.addOption({u"from"_s, Tr::tr("First day of deal creation counted."), u"DATE"_s});
            parser.addOption({u"to"_s, Tr::tr("Last day of deal creation counted."), u"DATE"_s});
        },
        runDeals};
}

} // namespace leadloop::cli
