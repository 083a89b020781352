#pragma once

#include "common/result.h"
#include "democatalog.h"
#include "demovocabulary.h"

#include <QCoreApplication>

namespace leadloop::demo {

/// A name as people write it, and its ASCII form for an e-mail address.
struct Name
{
    QString native;
    QString ascii;
};

struct Company
{
    QString name;
    QString domain;
};

/// One market's people and companies.
struct Market
{
    QString locale;
    int weight = 0; ///< share of the demo's people
    QList<Name> femaleFirst;
    QList<Name> maleFirst;
    QList<Name> femaleLast; ///< same length as maleLast; index pairs the forms
    QList<Name> maleLast;
    QList<Company> companies;
    QString phonePrefix;
};

/// A sales rep who owns deals, and the market they cover.
struct SalesOwner
{
    QString name;
    QString locale;
};

/// The demo's data files (resources/demo: story.json and vocabulary.json, compiled into the
/// leadloop_demo library), read and checked once: the channels, campaigns and behaviours of
/// the planted story, and the people, companies and website the demo invents.
struct DemoSeeds
{
    Q_DECLARE_TR_FUNCTIONS(DemoSeeds)

public:
    QList<ChannelPlan> channels;
    QList<CampaignPlan> campaigns;
    Behaviour offline;
    QString siteHost;
    QList<SitePage> sitePages;
    QList<Market> markets;
    QStringList jobTitles;
    QList<SalesOwner> owners;
    QStringList products;

    /// The seeds, or why they cannot be read (a broken build, never the user's input).
    static const Result<DemoSeeds>& load();
    /// Reads seeds from the two files' contents (tests).
    static Result<DemoSeeds> parse(const QByteArray& story, const QByteArray& vocabulary);
};

/// The loaded seeds; only for code that runs after DemoGenerator has checked they load.
const DemoSeeds& seeds();

} // namespace leadloop::demo
