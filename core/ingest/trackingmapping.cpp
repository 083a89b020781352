#include "trackingmapping.h"

using namespace Qt::StringLiterals;

namespace leadloop {

namespace {

const std::array<const char*, TrackingFieldCount> fieldNames = {"visitor",
                                                                "time",
                                                                "url",
                                                                "referrer",
                                                                "title",
                                                                "event",
                                                                "event_id",
                                                                "session",
                                                                "channel",
                                                                "source",
                                                                "medium",
                                                                "campaign",
                                                                "term",
                                                                "content",
                                                                "value",
                                                                "currency",
                                                                "email",
                                                                "user_id",
                                                                "gclid",
                                                                "gbraid",
                                                                "wbraid",
                                                                "msclkid",
                                                                "fbclid",
                                                                "li_fat_id",
                                                                "ttclid",
                                                                "consent_ad_user_data",
                                                                "consent_ad_personalization"};

// Column names that commonly carry each field, in order of preference (lower case).
const QHash<TrackingField, QStringList>& synonyms()
{
    static const QHash<TrackingField, QStringList> table = {
        {TrackingField::Visitor,
         {u"visitor"_s, u"visitor_id"_s, u"visitorid"_s, u"cookie_id"_s, u"cookie"_s,
          u"client_id"_s, u"clientid"_s, u"anonymous_id"_s, u"distinct_id"_s, u"user_pseudo_id"_s,
          u"domain_userid"_s, u"fullvisitorid"_s, u"idvisitor"_s, u"device_id"_s}},
        {TrackingField::Time,
         {u"time"_s, u"timestamp"_s, u"ts"_s, u"datetime"_s, u"date_time"_s, u"event_time"_s,
          u"event_timestamp"_s, u"created_at"_s, u"collector_tstamp"_s, u"derived_tstamp"_s,
          u"date"_s}},
        {TrackingField::Url,
         {u"url"_s, u"page_url"_s, u"page_location"_s, u"page"_s, u"location"_s, u"href"_s,
          u"current_url"_s, u"landing_page"_s}},
        {TrackingField::Referrer,
         {u"referrer"_s, u"referer"_s, u"page_referrer"_s, u"document_referrer"_s, u"ref"_s}},
        {TrackingField::Title, {u"title"_s, u"page_title"_s, u"document_title"_s}},
        {TrackingField::Event, {u"event"_s, u"event_name"_s, u"event_type"_s, u"action"_s}},
        {TrackingField::EventId, {u"event_id"_s, u"eventid"_s, u"uuid"_s, u"hit_id"_s}},
        {TrackingField::Session,
         {u"session"_s, u"session_id"_s, u"sessionid"_s, u"domain_sessionid"_s, u"ga_session_id"_s,
          u"visit_id"_s}},
        {TrackingField::Channel, {u"channel"_s, u"channel_group"_s, u"default_channel_group"_s}},
        {TrackingField::Source, {u"source"_s, u"utm_source"_s, u"mkt_source"_s}},
        {TrackingField::Medium, {u"medium"_s, u"utm_medium"_s, u"mkt_medium"_s}},
        {TrackingField::Campaign, {u"campaign"_s, u"utm_campaign"_s, u"mkt_campaign"_s}},
        {TrackingField::Term, {u"term"_s, u"utm_term"_s, u"mkt_term"_s, u"keyword"_s}},
        {TrackingField::Content, {u"content"_s, u"utm_content"_s, u"mkt_content"_s}},
        {TrackingField::Value, {u"value"_s, u"revenue"_s, u"event_value"_s, u"amount"_s}},
        {TrackingField::Currency, {u"currency"_s, u"currency_code"_s}},
        {TrackingField::Email, {u"email"_s, u"e-mail"_s, u"email_address"_s, u"mail"_s}},
        {TrackingField::UserId, {u"user_id"_s, u"userid"_s, u"customer_id"_s}},
        {TrackingField::Gclid, {u"gclid"_s}},
        {TrackingField::Gbraid, {u"gbraid"_s}},
        {TrackingField::Wbraid, {u"wbraid"_s}},
        {TrackingField::Msclkid, {u"msclkid"_s}},
        {TrackingField::Fbclid, {u"fbclid"_s}},
        {TrackingField::LiFatId, {u"li_fat_id"_s}},
        {TrackingField::Ttclid, {u"ttclid"_s}},
        {TrackingField::ConsentAdUserData, {u"consent_ad_user_data"_s, u"ad_user_data"_s}},
        {TrackingField::ConsentAdPersonalization,
         {u"consent_ad_personalization"_s, u"ad_personalization"_s}},
    };
    return table;
}

// Snowplow atomic events: the columns its enrichment writes.
const QHash<TrackingField, QString>& snowplowColumns()
{
    static const QHash<TrackingField, QString> table = {
        {TrackingField::Visitor, u"domain_userid"_s},
        {TrackingField::Time, u"derived_tstamp"_s},
        {TrackingField::Url, u"page_url"_s},
        {TrackingField::Referrer, u"page_referrer"_s},
        {TrackingField::Title, u"page_title"_s},
        {TrackingField::Event, u"event_name"_s},
        {TrackingField::EventId, u"event_id"_s},
        {TrackingField::Session, u"domain_sessionid"_s},
        {TrackingField::Source, u"mkt_source"_s},
        {TrackingField::Medium, u"mkt_medium"_s},
        {TrackingField::Campaign, u"mkt_campaign"_s},
        {TrackingField::Term, u"mkt_term"_s},
        {TrackingField::Content, u"mkt_content"_s},
        {TrackingField::UserId, u"user_id"_s},
        {TrackingField::Value, u"tr_total"_s},
        {TrackingField::Currency, u"tr_currency"_s},
    };
    return table;
}

bool looksLikeSnowplow(const QStringList& lowerHeader)
{
    return lowerHeader.contains(u"domain_userid"_s) &&
           lowerHeader.contains(u"collector_tstamp"_s) && lowerHeader.contains(u"event_id"_s);
}

} // namespace

static QString allFieldNames()
{
    QStringList names;
    for (const char* name : fieldNames)
        names.append(QString::fromLatin1(name));
    return names.join(u", "_s);
}

QString TrackingMappings::fieldName(TrackingField field)
{
    return QString::fromLatin1(fieldNames[size_t(field)]);
}

std::optional<TrackingField> TrackingMappings::fieldFromName(const QString& name)
{
    for (int i = 0; i < TrackingFieldCount; ++i)
        if (name == QLatin1StringView(fieldNames[size_t(i)]))
            return TrackingField(i);
    return std::nullopt;
}

Result<QHash<TrackingField, QString>> TrackingMappings::parseMapOption(const QString& text)
{
    QHash<TrackingField, QString> map;
    for (const QString& pair : text.split(u',', Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf(u'=');
        const QString name = pair.left(eq).trimmed();
        const auto field = fieldFromName(name);
        if (eq < 0 || !field)
            return Error{ErrorCode::BadInput,
                         tr("--map: '%1' is not FIELD=COLUMN with a known field (%2).")
                             .arg(pair, allFieldNames())};
        map.insert(*field, pair.mid(eq + 1).trimmed());
    }
    return map;
}

Result<QHash<TrackingField, QString>>
TrackingMappings::fromNames(const QHash<QString, QString>& names)
{
    QHash<TrackingField, QString> map;
    for (auto it = names.cbegin(); it != names.cend(); ++it) {
        if (it.value().trimmed().isEmpty())
            continue;
        const auto field = fieldFromName(it.key().trimmed());
        if (!field)
            return Error{ErrorCode::BadInput,
                         tr("'%1' is not a tracking field (%2).").arg(it.key(), allFieldNames())};
        map.insert(*field, it.value().trimmed());
    }
    return map;
}

Result<TrackingMapping> TrackingMappings::resolve(const QStringList& header, const QString& preset,
                                                  const QHash<TrackingField, QString>& overrides,
                                                  bool requireFields)
{
    QStringList lower;
    for (const QString& column : header)
        lower.append(column.trimmed().toLower());

    TrackingMapping mapping;
    const bool snowplow = preset == u"snowplow" || (preset == u"auto" && looksLikeSnowplow(lower));
    mapping.preset = snowplow ? u"snowplow"_s : u"generic"_s;
    const auto assign = [&](TrackingField field, int column, const QString& why) {
        mapping.columns[size_t(field)] = column;
        mapping.notes.append(
            tr("%1 ← %2 (%3)").arg(fieldName(field), header[column].trimmed(), why));
    };

    for (int f = 0; f < TrackingFieldCount; ++f) {
        const auto field = TrackingField(f);
        if (overrides.contains(field))
            continue;
        if (snowplow) {
            const int column = int(lower.indexOf(snowplowColumns().value(field)));
            if (column >= 0)
                assign(field, column, tr("Snowplow preset"));
            else if (field == TrackingField::Time && lower.contains(u"collector_tstamp"_s))
                assign(field, int(lower.indexOf(u"collector_tstamp"_s)), tr("Snowplow preset"));
            continue;
        }
        if (preset == u"generic" && !overrides.isEmpty())
            continue; // generic with --map: only what the user said
        for (const QString& name : synonyms().value(field)) {
            const int column = int(lower.indexOf(name));
            if (column >= 0 &&
                !std::count(mapping.columns.begin(), mapping.columns.end(), column)) {
                assign(field, column, tr("guessed from the column name"));
                break;
            }
        }
    }
    for (auto it = overrides.begin(); it != overrides.end(); ++it) {
        const int column = int(lower.indexOf(it.value().trimmed().toLower()));
        if (column < 0)
            return Error{ErrorCode::BadInput, tr("--map names the column '%1', which the file does "
                                                 "not have. Its columns are: %2.")
                                                  .arg(it.value(), header.join(u", "_s))};
        assign(it.key(), column, tr("--map"));
    }
    if (!requireFields)
        return mapping;
    for (TrackingField required : {TrackingField::Visitor, TrackingField::Time})
        if (!mapping.isMapped(required))
            return Error{
                ErrorCode::BadInput,
                tr("No column could be used as the %1 field. Name it with --map %1=COLUMN; "
                   "the file's columns are: %2.")
                    .arg(fieldName(required), header.join(u", "_s))};
    return mapping;
}

} // namespace leadloop
