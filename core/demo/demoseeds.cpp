#include "demoseeds.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace leadloop::demo {

namespace {

QStringList strings(const QJsonValue& value)
{
    QStringList out;
    for (const QJsonValue& v : value.toArray())
        out.append(v.toString());
    return out;
}

QList<Name> names(const QJsonValue& value)
{
    QList<Name> out;
    for (const QJsonValue& v : value.toArray()) {
        const QString native = v[u"native"].toString();
        out.append({native, v[u"ascii"].toString(native)});
    }
    return out;
}

Behaviour behaviour(const QJsonValue& value)
{
    return {value[u"leadPerMille"].toInt(), value[u"dealScore"].toInt(), value[u"winScore"].toInt(),
            value[u"amountPercent"].toInt(100)};
}

Result<QJsonObject> object(const QByteArray& bytes, const QString& file)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return Error{
            ErrorCode::BadInput,
            DemoSeeds::tr("The demo's %1 cannot be read: %2").arg(file, error.errorString())};
    return document.object();
}

QByteArray resource(const QString& name)
{
    QFile file(u":/leadloop/demo/"_s + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

Result<DemoSeeds> DemoSeeds::parse(const QByteArray& storyBytes, const QByteArray& vocabularyBytes)
{
    auto story = object(storyBytes, u"story.json"_s);
    if (!story)
        return story.error();
    auto vocabulary = object(vocabularyBytes, u"vocabulary.json"_s);
    if (!vocabulary)
        return vocabulary.error();
    DemoSeeds seeds;
    for (const QJsonValue& c : (*story)[u"channels"_s].toArray())
        seeds.channels.append({c[u"channel"].toString(), c[u"sessionWeight"].toInt(),
                               behaviour(c[u"behaviour"]), strings(c[u"landingPaths"]),
                               strings(c[u"sources"]), c[u"medium"].toString()});
    for (const QJsonValue& c : (*story)[u"campaigns"_s].toArray())
        seeds.campaigns.append({c[u"name"].toString(), c[u"source"].toString(),
                                c[u"medium"].toString(), c[u"channel"].toString(),
                                c[u"firstDay"].toInt(), c[u"lastDay"].toInt(),
                                c[u"dailyCostEuros"].toInt(), c[u"costPerClickCents"].toInt(),
                                c[u"clickIdType"].toString(), strings(c[u"landingPaths"]),
                                behaviour(c[u"behaviour"])});
    seeds.offline = behaviour((*story)[u"offlineBehaviour"_s]);
    seeds.siteHost = (*vocabulary)[u"siteHost"_s].toString();
    for (const QJsonValue& p : (*vocabulary)[u"sitePages"_s].toArray())
        seeds.sitePages.append({p[u"path"].toString(), p[u"title"].toString()});
    for (const QJsonValue& m : (*vocabulary)[u"markets"_s].toArray()) {
        Market market{m[u"locale"].toString(),
                      m[u"weight"].toInt(),
                      names(m[u"femaleFirstNames"]),
                      names(m[u"maleFirstNames"]),
                      names(m[u"femaleLastNames"]),
                      names(m[u"maleLastNames"]),
                      {},
                      m[u"phonePrefix"].toString()};
        for (const QJsonValue& c : m[u"companies"].toArray())
            market.companies.append({c[u"name"].toString(), c[u"domain"].toString()});
        seeds.markets.append(market);
    }
    seeds.jobTitles = strings((*vocabulary)[u"jobTitles"_s]);
    for (const QJsonValue& o : (*vocabulary)[u"salesOwners"_s].toArray())
        seeds.owners.append({o[u"name"].toString(), o[u"locale"].toString()});
    seeds.products = strings((*vocabulary)[u"products"_s]);

    // What the generator relies on: every list it draws from has something in it, and female
    // and male last names pair.
    bool whole = !seeds.channels.isEmpty() && !seeds.campaigns.isEmpty() &&
                 !seeds.sitePages.isEmpty() && !seeds.markets.isEmpty() &&
                 !seeds.jobTitles.isEmpty() && !seeds.owners.isEmpty() &&
                 !seeds.products.isEmpty() && !seeds.siteHost.isEmpty();
    for (const Market& m : seeds.markets)
        whole = whole && m.weight > 0 && !m.femaleFirst.isEmpty() && !m.maleFirst.isEmpty() &&
                !m.maleLast.isEmpty() && m.femaleLast.size() == m.maleLast.size() &&
                !m.companies.isEmpty();
    if (!whole)
        return Error{ErrorCode::BadInput,
                     tr("The demo's story.json or vocabulary.json lacks a list it needs.")};
    return seeds;
}

const Result<DemoSeeds>& DemoSeeds::load()
{
    static const Result<DemoSeeds> loaded =
        parse(resource(u"story.json"_s), resource(u"vocabulary.json"_s));
    return loaded;
}

const DemoSeeds& seeds()
{
    const Result<DemoSeeds>& loaded = DemoSeeds::load();
    if (!loaded)
        qFatal("%s", qPrintable(loaded.error().message));
    return *loaded;
}

} // namespace leadloop::demo
