#pragma once

#include "common/result.h"
#include "demotraffic.h"

namespace leadloop {
class SalesWriter;
}

namespace leadloop::demo {

/// How many deals the story has and how they end.
struct DealTargets
{
    int deals = 400;
    int won = 150;
    int lost = 150;
    int offlineLeads = 60; ///< leads from events and calls, with no website visit
};

/// What the sales phase wrote.
struct SalesSummary
{
    qint64 contacts = 0;
    qint64 identityLinks = 0;
    qint64 deals = 0;
    qint64 won = 0;
    qint64 lost = 0;
    qint64 open = 0;
    qint64 stageChanges = 0;
    qint64 outcomeEvents = 0;
};

/// Turns the demo's leads into contacts, links their devices, picks which leads become deals and
/// how the deals end (by the story's channel behaviour), and writes the stage history and the
/// outcome audit trail through a SalesWriter.
class DemoSales final
{
public:
    DemoSales(DemoRandom& random, qint64 firstDayMs, int days, DealTargets targets);

    Result<SalesSummary> write(SalesWriter& writer, const QList<LeadSeed>& leads);

private:
    struct Candidate;
    QList<Candidate> candidates(const QList<LeadSeed>& leads);
    void decideDeals(QList<Candidate>& all);
    Status writeDeal(SalesWriter& writer, const Candidate& c, qint64 contactId, SalesSummary& out);
    QString lostReason(const Candidate& c);

    DemoRandom& m_random;
    qint64 m_firstDayMs;
    qint64 m_storyEnd;
    DealTargets m_targets;
};

} // namespace leadloop::demo
