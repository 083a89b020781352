#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace leadloop::demo {

/// How people who first arrive through one channel or campaign behave: the demo's story.
/// Rates are per mille of first-touch visitors; scores rank leads for deals and wins.
struct Behaviour
{
    int leadPerMille = 0;
    int dealScore = 0;
    int winScore = 0;
    int amountPercent = 100; ///< deal size relative to the product's list price
};

/// A channel as the demo draws traffic for it (GA4 default channel group names).
struct ChannelPlan
{
    QString channel;
    int sessionWeight = 0; ///< share of first visits
    Behaviour behaviour;
    QStringList landingPaths;
    QStringList sources; ///< for non-campaign traffic; referrer host follows the source
    QString medium;      ///< for non-campaign traffic
};

/// A paid or e-mail campaign with its UTM keys, dates and daily spend.
struct CampaignPlan
{
    QString name;
    QString source;
    QString medium;
    QString channel;
    int firstDay = 0; ///< 0-based day of the 90-day story
    int lastDay = 0;
    int dailyCostEuros = 0;
    int costPerClickCents = 0;
    QString clickIdType; ///< gclid, msclkid, fbclid, li_fat_id, ttclid or empty
    QStringList landingPaths;
    Behaviour behaviour; ///< overrides the channel's when leadPerMille > 0
};

const QList<ChannelPlan>& channelPlans();
const ChannelPlan& channelPlan(const QString& channel);
const QList<CampaignPlan>& campaignPlans();
/// The behaviour of people arriving on a first-touch channel and campaign (may be null).
const Behaviour& behaviourFor(const QString& channel, const CampaignPlan* campaign);
/// Offline leads (trade fairs, calls) have no tracking; they behave like this.
const Behaviour& offlineBehaviour();

} // namespace leadloop::demo
