#include "demogenerator.h"

#include "democonsent.h"
#include "democosts.h"
#include "demosales.h"
#include "demoseeds.h"
#include "demotraffic.h"
#include "store/campaignwriter.h"
#include "store/importbatches.h"
#include "store/saleswriter.h"
#include "store/trackingwriter.h"
#include "store/workspace.h"
#include "tracking/urlparser.h"

#include <QDateTime>
#include <QFile>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace leadloop {

DemoGenerator::DemoGenerator(DemoOptions options)
    : m_options(std::move(options))
{}

Result<DemoSummary> DemoGenerator::generate(Workspace& workspace, const Progress& progress) const
{
    const DemoOptions& o = m_options;
    if (o.days < 7 || o.visitors < 100 || o.won + o.lost > o.deals || !o.lastDay.isValid())
        return Error{ErrorCode::InvalidArgument, tr("The demo options are out of range.")};
    if (const auto& seeds = demo::DemoSeeds::load(); !seeds)
        return seeds.error();
    Database& db = workspace.database();
    auto existing = db.scalar(u"SELECT (SELECT count(*) FROM visitors) + "
                              u"(SELECT count(*) FROM contacts)"_s);
    if (!existing)
        return existing.error();
    if (*existing > 0)
        return Error{ErrorCode::InvalidArgument,
                     tr("The demo story can only be written into an empty workspace.")};

    const QDate firstDay = o.lastDay.addDays(-(o.days - 1));
    const qint64 firstDayMs =
        QDateTime(firstDay, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    const qint64 storyEnd = firstDayMs + qint64(o.days) * 86'400'000;

    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();

    ImportBatch batch;
    batch.kind = u"demo"_s;
    batch.sourceName = u"LeadLoop demo generator (seed %1)"_s.arg(o.seed);
    batch.startedAt = storyEnd; // fixed times keep the workspace reproducible
    batch.createdBy = u"LeadLoop"_s;
    auto batchId = ImportBatches::begin(db, batch);
    if (!batchId)
        return batchId.error();
    batch.id = *batchId;

    DemoRandom random(o.seed);
    DemoSummary summary;
    summary.batchId = batch.id;

    CampaignWriter campaignWriter(db, batch.id);
    auto costs = demo::writeCampaignCosts(campaignWriter, random, firstDayMs);
    if (!costs)
        return costs.error();
    summary.campaigns = costs->campaigns;
    summary.costRows = costs->costRows;

    auto channels = ChannelRuleSet::builtin(u"ga4"_s);
    if (!channels)
        return channels.error();
    TrackingWriter trackingWriter(db, batch.id, urlHostAndPath);
    demo::DemoTraffic traffic(random, *channels, firstDayMs, o.days);
    auto visits = traffic.write(trackingWriter, o.visitors, [&](int done, int total) {
        return !progress || progress(done * 90 / total);
    });
    if (!visits && visits.error().code == ErrorCode::Cancelled)
        return Error{ErrorCode::Cancelled, tr("Creating the demo workspace was cancelled.")};
    if (!visits)
        return visits.error();
    summary.visitors = visits->visitors;
    summary.sessions = visits->sessions;
    summary.pageviews = visits->pageviews;
    summary.events = visits->events;

    SalesWriter salesWriter(db, batch.id);
    demo::DemoSales sales(random, firstDayMs, o.days, {o.deals, o.won, o.lost, o.offlineLeads});
    auto sold = sales.write(salesWriter, visits->leads);
    if (!sold)
        return sold.error();
    summary.contacts = sold->contacts;
    summary.identityLinks = sold->identityLinks;
    summary.deals = sold->deals;
    summary.won = sold->won;
    summary.lost = sold->lost;
    summary.open = sold->open;
    summary.outcomeEvents = sold->outcomeEvents;
    if (Status consent = demo::DemoConsent::write(db, batch.id); !consent)
        return consent.error();

    batch.finishedAt = storyEnd;
    batch.rowsRead = batch.rowsImported = summary.pageviews;
    batch.visitorsCreated = summary.visitors;
    batch.sessionsCreated = summary.sessions;
    if (Status done = ImportBatches::finish(db, batch); !done)
        return done.error();
    if (progress && !progress(99))
        return Error{ErrorCode::Cancelled, tr("Creating the demo workspace was cancelled.")};
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    if (progress)
        progress(100);
    return summary;
}

Result<DemoSummary> DemoGenerator::createWorkspace(const QString& path,
                                                   const Progress& progress) const
{
    Result<DemoSummary> result = Error{ErrorCode::InvalidArgument, {}};
    {
        auto workspace = Workspace::create(path);
        if (!workspace)
            return workspace.error();
        result = generate(**workspace, progress);
        if (result)
            (void)(*workspace)->database().exec(u"ANALYZE"_s);
    }
    if (!result)
        QFile::remove(path);
    return result;
}

} // namespace leadloop
