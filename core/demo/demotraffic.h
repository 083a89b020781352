#pragma once

#include "common/result.h"
#include "democatalog.h"
#include "demorandom.h"
#include "demovocabulary.h"
#include "store/trackingrecords.h"
#include "tracking/channelruleset.h"

#include <functional>
#include <QSet>

namespace leadloop {
class TrackingWriter;
}

namespace leadloop::demo {

/// A visitor who filled in the demo form: who they are and where they first came from.
struct LeadSeed
{
    Person person;
    qint64 visitorId = 0;
    qint64 convertedAt = 0;
    QString firstChannel;
    const CampaignPlan* firstCampaign = nullptr;
    QList<qint64> otherDevices;    ///< visitor ids of the same person on other devices
    QList<qint64> otherDeviceSeen; ///< when each of those devices gave the e-mail
};

/// What the traffic phase wrote.
struct TrafficSummary
{
    QList<LeadSeed> leads;
    qint64 visitors = 0;
    qint64 sessions = 0;
    qint64 pageviews = 0;
    qint64 events = 0;
};

/// Draws the website traffic of the demo story (visitors, sessions, page views, form events)
/// and writes it through a TrackingWriter. Deterministic for a given random state.
class DemoTraffic final
{
public:
    /// `channels` classifies each drawn session exactly as an import would.
    DemoTraffic(DemoRandom& random, const ChannelRuleSet& channels, qint64 firstDayMs, int days);

    /// Writes `visitorCount` visitors; `progress(done, total)` returns false to cancel.
    Result<TrafficSummary> write(TrackingWriter& writer, int visitorCount,
                                 const std::function<bool(int, int)>& progress);

private:
    struct Touch
    {
        QString channel;
        const CampaignPlan* campaign = nullptr;
    };
    struct PlannedSession
    {
        SessionRecord session;
        QList<PageViewRecord> pages;
        QList<EventRecord> events;
    };

    Touch drawTouch(int day);
    Touch followUpTouch(const Touch& first, int day);
    PlannedSession planSession(const Touch& touch, qint64 start);
    void addConversion(PlannedSession& planned, const QString& eventName, const QString& email,
                       bool isConversion);
    Status writeVisitor(TrackingWriter& writer, const QString& cookie,
                        QList<PlannedSession>& sessions, TrafficSummary& summary,
                        qint64* visitorId);
    QString cookieId();

    DemoRandom& m_random;
    const ChannelRuleSet& m_channels;
    qint64 m_firstDayMs;
    int m_days;
    QSet<QString> m_emails;
};

} // namespace leadloop::demo
