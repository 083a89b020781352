#include "adplatform.h"

using namespace Qt::StringLiterals;

namespace leadloop {

const QList<AdPlatform::Id>& AdPlatform::all()
{
    static const QList<Id> ids = {Id::GoogleAds, Id::GoogleAdsEnhanced, Id::MicrosoftAds, Id::Meta,
                                  Id::LinkedIn};
    return ids;
}

QString AdPlatform::name(Id id)
{
    switch (id) {
    case Id::GoogleAds:
        return u"google-ads"_s;
    case Id::GoogleAdsEnhanced:
        return u"google-ads-enhanced"_s;
    case Id::MicrosoftAds:
        return u"microsoft-ads"_s;
    case Id::Meta:
        return u"meta"_s;
    case Id::LinkedIn:
        break;
    }
    return u"linkedin"_s;
}

std::optional<AdPlatform::Id> AdPlatform::parse(const QString& name)
{
    for (const Id id : all())
        if (AdPlatform::name(id) == name.trimmed().toLower())
            return id;
    return std::nullopt;
}

QString AdPlatform::title(Id id)
{
    switch (id) {
    case Id::GoogleAds:
        return tr("Google Ads (conversions from clicks)");
    case Id::GoogleAdsEnhanced:
        return tr("Google Ads (enhanced conversions for leads)");
    case Id::MicrosoftAds:
        return tr("Microsoft Advertising");
    case Id::Meta:
        return tr("Meta (Conversions API)");
    case Id::LinkedIn:
        break;
    }
    return tr("LinkedIn");
}

QString AdPlatform::name(Stage stage)
{
    switch (stage) {
    case Stage::Lead:
        return u"lead"_s;
    case Stage::Opportunity:
        return u"opportunity"_s;
    case Stage::Customer:
        break;
    }
    return u"customer"_s;
}

std::optional<AdPlatform::Stage> AdPlatform::parseStage(const QString& name)
{
    for (const Stage stage : {Stage::Lead, Stage::Opportunity, Stage::Customer})
        if (AdPlatform::name(stage) == name.trimmed().toLower())
            return stage;
    return std::nullopt;
}

QString AdPlatform::title(Stage stage)
{
    switch (stage) {
    case Stage::Lead:
        return tr("Leads");
    case Stage::Opportunity:
        return tr("Opportunities");
    case Stage::Customer:
        break;
    }
    return tr("Customers");
}

QString AdPlatform::defaultConversionName(Id id, Stage stage)
{
    switch (stage) {
    case Stage::Lead:
        return u"Lead"_s;
    case Stage::Opportunity:
        return u"Opportunity"_s;
    case Stage::Customer:
        break;
    }
    return id == Id::Meta ? u"Purchase"_s : u"Customer"_s;
}

QStringList AdPlatform::clickKinds(Id id)
{
    switch (id) {
    case Id::GoogleAds:
    case Id::GoogleAdsEnhanced:
        return {u"gclid"_s, u"gbraid"_s, u"wbraid"_s};
    case Id::MicrosoftAds:
        return {u"msclkid"_s};
    case Id::Meta:
        return {u"fbclid"_s};
    case Id::LinkedIn:
        break;
    }
    return {};
}

bool AdPlatform::needsClick(Id id)
{
    return id == Id::GoogleAds || id == Id::MicrosoftAds;
}

int AdPlatform::clickWindowDays(Id id)
{
    switch (id) {
    case Id::GoogleAds:
    case Id::GoogleAdsEnhanced:
    case Id::MicrosoftAds:
        return 90;
    case Id::Meta:
    case Id::LinkedIn:
        break;
    }
    return 0;
}

int AdPlatform::conversionWindowDays(Id id)
{
    switch (id) {
    case Id::GoogleAdsEnhanced:
    case Id::LinkedIn:
        return 90;
    case Id::Meta:
        return 7;
    case Id::GoogleAds:
    case Id::MicrosoftAds:
        break;
    }
    return 0;
}

bool AdPlatform::takesRetractions(Id id)
{
    return id == Id::GoogleAds || id == Id::GoogleAdsEnhanced || id == Id::MicrosoftAds;
}

QString AdPlatform::fileSuffix(Id id)
{
    return id == Id::Meta ? u".json"_s : u".csv"_s;
}

} // namespace leadloop
