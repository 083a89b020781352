#include "funneldefinition.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace leadloop {

namespace {

struct TypeName
{
    FunnelStep::Type type;
    const char16_t* name;
};

constexpr TypeName TypeNames[] = {
    {FunnelStep::Type::Page, u"page"},
    {FunnelStep::Type::Event, u"event"},
    {FunnelStep::Type::Form, u"form"},
    {FunnelStep::Type::Session, u"session"},
    {FunnelStep::Type::Visit, u"visit"},
    {FunnelStep::Type::Lead, u"lead"},
    {FunnelStep::Type::Lifecycle, u"lifecycle_stage"},
    {FunnelStep::Type::Opportunity, u"opportunity"},
    {FunnelStep::Type::DealStage, u"deal_stage"},
    {FunnelStep::Type::Won, u"won"},
    {FunnelStep::Type::Lost, u"lost"},
};

const QStringList& sessionKeys()
{
    static const QStringList keys = {u"channel"_s, u"source"_s, u"medium"_s, u"source-medium"_s,
                                     u"campaign"_s};
    return keys;
}

QString typeName(FunnelStep::Type type)
{
    for (const TypeName& t : TypeNames)
        if (t.type == type)
            return QString::fromUtf16(t.name);
    return {};
}

} // namespace

QString FunnelStep::describe() const
{
    if (!label.isEmpty())
        return label;
    switch (type) {
    case Type::Page:
        return pattern.isEmpty() ? FunnelDefinition::tr("page titled %1").arg(title)
                                 : FunnelDefinition::tr("page %1").arg(pattern);
    case Type::Event:
        return FunnelDefinition::tr("event %1").arg(name);
    case Type::Form:
        return FunnelDefinition::tr("form submitted");
    case Type::Session:
        return FunnelDefinition::tr("session with %1 %2").arg(dimension, value);
    case Type::Visit:
        return FunnelDefinition::tr("visited");
    case Type::Lead:
        return FunnelDefinition::tr("became a lead");
    case Type::Lifecycle:
        return FunnelDefinition::tr("lifecycle stage %1").arg(stage);
    case Type::Opportunity:
        return FunnelDefinition::tr("deal created");
    case Type::DealStage:
        return FunnelDefinition::tr("deal stage %1").arg(stage);
    case Type::Won:
        return FunnelDefinition::tr("deal won");
    case Type::Lost:
        break;
    }
    return FunnelDefinition::tr("deal lost");
}

Result<FunnelDefinition> FunnelDefinition::fromJson(const QByteArray& json, const QString& source)
{
    QJsonParseError parsed;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parsed);
    if (parsed.error != QJsonParseError::NoError || !doc.isObject())
        return Error{ErrorCode::BadInput,
                     tr("%1 is not a funnel's steps (JSON: %2 at character %3).")
                         .arg(source, parsed.error != QJsonParseError::NoError
                                          ? parsed.errorString()
                                          : tr("not an object"))
                         .arg(parsed.offset)};
    const QJsonObject o = doc.object();
    const auto bad = [&](const QString& why) {
        return Error{ErrorCode::BadInput, source + u": "_s + why};
    };
    FunnelDefinition d;
    d.name = o.value(u"name"_s).toString();
    const QString order = o.value(u"order"_s).toString(u"strict"_s);
    if (order != u"strict"_s && order != u"any"_s)
        return bad(tr("\"order\" is strict or any, not \"%1\".").arg(order));
    d.anyOrder = order == u"any"_s;
    const QJsonValue window = o.value(u"window_days"_s);
    if (!window.isUndefined() && (!window.isDouble() || window.toDouble() < 0 ||
                                  window.toDouble() != std::floor(window.toDouble())))
        return bad(tr("\"window_days\" is a whole number of days, 0 for no limit."));
    d.windowDays = window.toInt();
    const QString count = o.value(u"count"_s).toString(u"people"_s);
    if (count != u"people"_s && count != u"sessions"_s)
        return bad(tr("\"count\" is people or sessions, not \"%1\".").arg(count));
    d.countSessions = count == u"sessions"_s;
    const QJsonArray steps = o.value(u"steps"_s).toArray();
    if (steps.size() < 2)
        return bad(tr("A funnel needs at least two \"steps\"."));
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const QJsonObject s = steps[i].toObject();
        const QString where = tr("step %1").arg(i + 1);
        FunnelStep step;
        const QString type = s.value(u"type"_s).toString();
        bool known = false;
        for (const TypeName& t : TypeNames)
            if (type == QString::fromUtf16(t.name)) {
                step.type = t.type;
                known = true;
            }
        if (!known) {
            QStringList names;
            for (const TypeName& t : TypeNames)
                names << QString::fromUtf16(t.name);
            return bad(
                tr("%1: \"type\" is one of %2, not \"%3\".").arg(where, names.join(u", "_s), type));
        }
        step.label = s.value(u"label"_s).toString();
        const auto need = [&](const char16_t* key, QString& into) -> std::optional<Error> {
            into = s.value(QString::fromUtf16(key)).toString().trimmed();
            if (into.isEmpty())
                return bad(
                    tr("%1: a %2 step needs \"%3\".").arg(where, type, QString::fromUtf16(key)));
            return std::nullopt;
        };
        std::optional<Error> missing;
        switch (step.type) {
        case FunnelStep::Type::Page:
            step.pattern = s.value(u"url"_s).toString().trimmed();
            step.title = s.value(u"title"_s).toString().trimmed();
            if (step.pattern.isEmpty() && step.title.isEmpty())
                missing = bad(tr("%1: a page step needs \"url\" or \"title\".").arg(where));
            break;
        case FunnelStep::Type::Event:
            missing = need(u"name", step.name);
            break;
        case FunnelStep::Type::Session:
            for (const QString& key : sessionKeys())
                if (s.contains(key)) {
                    step.dimension = key;
                    step.value = s.value(key).toString();
                }
            if (step.dimension.isEmpty())
                missing = bad(tr("%1: a session step needs one of %2.")
                                  .arg(where, sessionKeys().join(u", "_s)));
            break;
        case FunnelStep::Type::Lifecycle:
        case FunnelStep::Type::DealStage:
            missing = need(u"stage", step.stage);
            break;
        default:
            break;
        }
        if (missing)
            return *missing;
        d.steps.push_back(step);
    }
    if (d.countSessions)
        for (const FunnelStep& step : d.steps)
            if (!step.isWeb())
                return bad(tr("\"count\": \"sessions\" takes web steps only (page, event, form, "
                              "session, visit)."));
    return d;
}

QJsonObject FunnelDefinition::toJson() const
{
    QJsonArray array;
    for (const FunnelStep& s : steps) {
        QJsonObject o{{u"type"_s, typeName(s.type)}};
        if (!s.label.isEmpty())
            o.insert(u"label"_s, s.label);
        if (!s.pattern.isEmpty())
            o.insert(u"url"_s, s.pattern);
        if (!s.title.isEmpty())
            o.insert(u"title"_s, s.title);
        if (!s.name.isEmpty())
            o.insert(u"name"_s, s.name);
        if (!s.dimension.isEmpty())
            o.insert(s.dimension, s.value);
        if (!s.stage.isEmpty())
            o.insert(u"stage"_s, s.stage);
        array.append(o);
    }
    QJsonObject out{{u"order"_s, anyOrder ? u"any"_s : u"strict"_s},
                    {u"window_days"_s, windowDays},
                    {u"count"_s, countSessions ? u"sessions"_s : u"people"_s},
                    {u"steps"_s, array}};
    if (!name.isEmpty())
        out.insert(u"name"_s, name);
    return out;
}

} // namespace leadloop
