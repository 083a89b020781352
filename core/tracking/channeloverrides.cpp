#include "channeloverrides.h"

#include "channelruleset.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace leadloop {

QStringList ChannelOverrides::fields()
{
    return {u"source"_s, u"medium"_s, u"campaign"_s, u"referrer"_s};
}

QStringList ChannelOverrides::comparisons()
{
    return {u"equals"_s, u"contains"_s, u"regex"_s};
}

Result<QString> ChannelOverrides::compose(const QString& baseId, const QList<OverrideRule>& rules)
{
    const QString path = baseId == u"hubspot" ? u":/leadloop/channels/hubspot.json"_s
                                              : u":/leadloop/channels/ga4-default.json"_s;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Io, tr("Cannot read the %1 grouping.").arg(baseId)};
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QJsonArray all;
    QJsonArray saved;
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const OverrideRule& r = rules[i];
        if (r.channel.trimmed().isEmpty() || r.value.trimmed().isEmpty())
            return Error{ErrorCode::BadInput,
                         tr("Your rule %1 needs a channel and a value.").arg(i + 1)};
        if (!fields().contains(r.field) || !comparisons().contains(r.comparison))
            return Error{ErrorCode::BadInput,
                         tr("Your rule %1 compares %2 by %3, which LeadLoop does not know.")
                             .arg(i + 1)
                             .arg(r.field, r.comparison)};
        all.append(QJsonObject{
            {u"id"_s, u"yours_%1"_s.arg(i + 1)},
            {u"channel"_s, r.channel.trimmed()},
            {u"all"_s,
             QJsonArray{QJsonObject{{u"field"_s, r.field}, {r.comparison, r.value.trimmed()}}}}});
        saved.append(QJsonObject{{u"channel"_s, r.channel.trimmed()},
                                 {u"field"_s, r.field},
                                 {u"comparison"_s, r.comparison},
                                 {u"value"_s, r.value.trimmed()}});
    }
    for (const QJsonValue& rule : root.value(u"rules"_s).toArray())
        all.append(rule);
    root.insert(u"rules"_s, all);
    root.insert(u"id"_s, u"custom"_s);
    root.insert(u"name"_s, tr("%1 with your rules").arg(root.value(u"name"_s).toString()));
    root.insert(u"leadloop_base"_s, baseId);
    root.insert(u"leadloop_overrides"_s, saved);
    const QString json = QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Compact));
    // The rules must compile (a regular expression may not).
    if (auto compiled = ChannelRuleSet::fromJson(json.toUtf8(), QString(), tr("your rules"));
        !compiled)
        return compiled.error();
    return json;
}

std::optional<std::pair<QString, QList<OverrideRule>>> ChannelOverrides::parse(const QString& json)
{
    const QJsonObject root = QJsonDocument::fromJson(json.toUtf8()).object();
    if (!root.contains(u"leadloop_base"_s))
        return std::nullopt;
    QList<OverrideRule> rules;
    for (const QJsonValue& v : root.value(u"leadloop_overrides"_s).toArray()) {
        const QJsonObject o = v.toObject();
        rules.append({o.value(u"channel"_s).toString(), o.value(u"field"_s).toString(),
                      o.value(u"comparison"_s).toString(), o.value(u"value"_s).toString()});
    }
    return std::pair{root.value(u"leadloop_base"_s).toString(), rules};
}

} // namespace leadloop
