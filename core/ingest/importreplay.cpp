#include "importreplay.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace leadloop {

namespace {

/// A field → column map as JSON, by the fields' --map names.
template <typename Field, typename NameOf>
QJsonObject mapJson(const QHash<Field, QString>& map, NameOf&& nameOf)
{
    QJsonObject json;
    for (auto it = map.begin(); it != map.end(); ++it)
        json.insert(nameOf(it.key()), it.value());
    return json;
}

QHash<QString, QString> names(const QJsonObject& json)
{
    QHash<QString, QString> map;
    for (auto it = json.begin(); it != json.end(); ++it)
        map.insert(it.key(), it.value().toString());
    return map;
}

QStringList strings(const QJsonValue& value)
{
    QStringList list;
    for (const QJsonValue& item : value.toArray())
        list.append(item.toString());
    return list;
}

/// The options every kind shares: how the file is read.
void putReading(QJsonObject& json, char delimiter, const QString& sheet, const QByteArray& encoding)
{
    json.insert(u"delimiter"_s, delimiter ? QString(QLatin1Char(delimiter)) : QString());
    json.insert(u"sheet"_s, sheet);
    json.insert(u"encoding"_s, QString::fromLatin1(encoding));
}

template <typename Options> void takeReading(Options& options, const QJsonObject& json)
{
    const QString delimiter = json.value(u"delimiter"_s).toString();
    options.delimiter = delimiter.isEmpty() ? 0 : delimiter.at(0).toLatin1();
    options.sheet = json.value(u"sheet"_s).toString();
    options.encoding = json.value(u"encoding"_s).toString().toLatin1();
}

} // namespace

QJsonObject ImportReplay::toJson(const TrackingImportOptions& o)
{
    QJsonObject json{{u"preset"_s, o.preset},
                     {u"map"_s, mapJson(o.map, TrackingMappings::fieldName)},
                     {u"time_format"_s, o.timeFormat},
                     {u"time_zone"_s, o.timeZone},
                     {u"site_hosts"_s, QJsonArray::fromStringList(o.siteHosts)},
                     {u"conversion_events"_s, QJsonArray::fromStringList(o.conversionEvents)},
                     {u"channel_rule_set"_s, o.channelRuleSet}};
    if (o.sessionTimeoutMinutes)
        json.insert(u"session_timeout_minutes"_s, *o.sessionTimeoutMinutes);
    putReading(json, o.delimiter, o.sheet, o.encoding);
    return json;
}

QJsonObject ImportReplay::toJson(const CrmImportOptions& o)
{
    QJsonObject json{{u"preset"_s, o.preset},
                     {u"map"_s, mapJson(o.map, CrmMappings::fieldName)},
                     {u"won_stages"_s, QJsonArray::fromStringList(o.wonStages)},
                     {u"lost_stages"_s, QJsonArray::fromStringList(o.lostStages)},
                     {u"time_format"_s, o.timeFormat},
                     {u"time_zone"_s, o.timeZone}};
    putReading(json, o.delimiter, o.sheet, o.encoding);
    return json;
}

QJsonObject ImportReplay::toJson(const CostImportOptions& o)
{
    QJsonObject json{{u"map"_s, mapJson(o.map, [](const QString& f) { return f; })}};
    putReading(json, o.delimiter, o.sheet, o.encoding);
    return json;
}

Result<TrackingImportOptions> ImportReplay::trackingOptions(const QJsonObject& json)
{
    TrackingImportOptions o;
    o.preset = json.value(u"preset"_s).toString(u"auto"_s);
    auto map = TrackingMappings::fromNames(names(json.value(u"map"_s).toObject()));
    if (!map)
        return map.error();
    o.map = *map;
    o.timeFormat = json.value(u"time_format"_s).toString();
    o.timeZone = json.value(u"time_zone"_s).toString(u"UTC"_s);
    o.siteHosts = strings(json.value(u"site_hosts"_s));
    if (json.contains(u"conversion_events"_s))
        o.conversionEvents = strings(json.value(u"conversion_events"_s));
    o.channelRuleSet = json.value(u"channel_rule_set"_s).toString();
    if (json.contains(u"session_timeout_minutes"_s))
        o.sessionTimeoutMinutes = json.value(u"session_timeout_minutes"_s).toInt();
    takeReading(o, json);
    return o;
}

Result<CrmImportOptions> ImportReplay::crmOptions(const QJsonObject& json)
{
    CrmImportOptions o;
    o.preset = json.value(u"preset"_s).toString(u"auto"_s);
    auto map = CrmMappings::fromNames(names(json.value(u"map"_s).toObject()));
    if (!map)
        return map.error();
    o.map = *map;
    o.wonStages = strings(json.value(u"won_stages"_s));
    o.lostStages = strings(json.value(u"lost_stages"_s));
    o.timeFormat = json.value(u"time_format"_s).toString();
    o.timeZone = json.value(u"time_zone"_s).toString(u"UTC"_s);
    takeReading(o, json);
    return o;
}

CostImportOptions ImportReplay::costOptions(const QJsonObject& json)
{
    CostImportOptions o;
    o.map = names(json.value(u"map"_s).toObject());
    takeReading(o, json);
    return o;
}

Result<ImportBatch> ImportReplay::run(Workspace& workspace, const QString& kind,
                                      const QString& path, const QJsonObject& options,
                                      const QString& byUser)
{
    if (kind == u"tracking") {
        auto o = trackingOptions(options);
        if (!o)
            return o.error();
        o->createdBy = byUser;
        auto report = TrackingImporter::run(workspace, path, *o);
        if (!report)
            return report.error();
        return report->batch;
    }
    if (kind == u"crm") {
        auto o = crmOptions(options);
        if (!o)
            return o.error();
        o->createdBy = byUser;
        auto report = CrmImporter::run(workspace, path, *o);
        if (!report)
            return report.error();
        return report->batch;
    }
    if (kind == u"costs" || kind == u"rates") {
        const CostImportOptions o = costOptions(options);
        auto report = kind == u"costs" ? CostImporter::importCosts(workspace, path, o)
                                       : CostImporter::importRates(workspace, path, o);
        if (!report)
            return report.error();
        return report->batch;
    }
    return Error{ErrorCode::InvalidArgument,
                 tr("A team member made an import of a kind this LeadLoop does not know (%1); "
                    "update LeadLoop to apply it.")
                     .arg(kind)};
}

} // namespace leadloop
