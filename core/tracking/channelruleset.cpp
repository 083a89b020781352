#include "channelruleset.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace leadloop {

namespace {

using Predicate = ChannelRuleSet::Predicate;

const QString& fieldOf(const ChannelInput& input, int field)
{
    switch (field) {
    case 0:
        return input.source;
    case 1:
        return input.medium;
    case 2:
        return input.campaign;
    case 3:
        return input.clickId;
    default:
        return input.referrer;
    }
}

int fieldIndex(const QString& name)
{
    static const QStringList fields = {u"source"_s, u"medium"_s, u"campaign"_s, u"click_id"_s,
                                       u"referrer"_s};
    return int(fields.indexOf(name));
}

QString lowered(const QJsonValue& value)
{
    return value.toString().toLower();
}

/// Compiles one condition object; on a malformed condition sets `error` and returns null.
Predicate compile(const QJsonObject& condition,
                  const std::shared_ptr<QHash<QString, QString>>& categories, QString* error)
{
    const auto compileList = [&](const QJsonArray& list, bool all) -> Predicate {
        std::vector<Predicate> parts;
        for (const QJsonValue& item : list) {
            Predicate part = compile(item.toObject(), categories, error);
            if (!part)
                return {};
            parts.push_back(std::move(part));
        }
        return [parts, all](const ChannelInput& input) {
            for (const Predicate& p : parts)
                if (p(input) != all)
                    return !all;
            return all;
        };
    };
    if (condition.contains(u"all"_s))
        return compileList(condition.value(u"all"_s).toArray(), true);
    if (condition.contains(u"any"_s))
        return compileList(condition.value(u"any"_s).toArray(), false);
    if (condition.contains(u"not"_s)) {
        Predicate inner = compile(condition.value(u"not"_s).toObject(), categories, error);
        if (!inner)
            return {};
        return [inner](const ChannelInput& input) { return !inner(input); };
    }

    const QString fieldName = condition.value(u"field"_s).toString();
    const int field = fieldIndex(fieldName);
    if (field < 0) {
        *error = ChannelRuleSet::tr("unknown field '%1'").arg(fieldName);
        return {};
    }
    if (condition.contains(u"equals"_s)) {
        const QString value = lowered(condition.value(u"equals"_s));
        return [field, value](const ChannelInput& in) { return fieldOf(in, field) == value; };
    }
    if (condition.contains(u"in"_s)) {
        QStringList values;
        for (const QJsonValue& v : condition.value(u"in"_s).toArray())
            values.append(lowered(v));
        return
            [field, values](const ChannelInput& in) { return values.contains(fieldOf(in, field)); };
    }
    if (condition.contains(u"contains"_s)) {
        const QString value = lowered(condition.value(u"contains"_s));
        return
            [field, value](const ChannelInput& in) { return fieldOf(in, field).contains(value); };
    }
    if (condition.contains(u"present"_s)) {
        // Whether the field has a real value: not empty and not a placeholder.
        const bool present = condition.value(u"present"_s).toBool();
        return [field, present](const ChannelInput& in) {
            const QString& v = fieldOf(in, field);
            const bool has =
                !v.isEmpty() && v != u"(not set)" && v != u"(none)" && v != u"(direct)";
            return has == present;
        };
    }
    if (condition.contains(u"endsWith"_s)) {
        const QString value = lowered(condition.value(u"endsWith"_s));
        return
            [field, value](const ChannelInput& in) { return fieldOf(in, field).endsWith(value); };
    }
    if (condition.contains(u"regex"_s)) {
        const QRegularExpression re(condition.value(u"regex"_s).toString(),
                                    QRegularExpression::CaseInsensitiveOption);
        if (!re.isValid()) {
            *error = ChannelRuleSet::tr("invalid regular expression '%1'").arg(re.pattern());
            return {};
        }
        return
            [field, re](const ChannelInput& in) { return re.match(fieldOf(in, field)).hasMatch(); };
    }
    if (condition.contains(u"category"_s)) {
        const QString category = lowered(condition.value(u"category"_s));
        return [field, category, categories](const ChannelInput& in) {
            const QString& value = fieldOf(in, field);
            return !value.isEmpty() && categories->value(value) == category;
        };
    }
    *error = ChannelRuleSet::tr("a condition on '%1' has no operator").arg(fieldName);
    return {};
}

Result<std::shared_ptr<QHash<QString, QString>>> loadCategories(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return Error{ErrorCode::BadInput, ChannelRuleSet::tr("Cannot read the site list %1.")
                                              .arg(QDir::toNativeSeparators(path))};
    auto categories = std::make_shared<QHash<QString, QString>>();
    bool header = true;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (header || line.isEmpty()) {
            header = false;
            continue;
        }
        const qsizetype comma = line.lastIndexOf(u',');
        QString category = line.mid(comma + 1).toLower();
        category.remove(u"source_category_"_s);
        categories->insert(line.left(comma).toLower(), category);
    }
    return categories;
}

} // namespace

Result<ChannelRuleSet> ChannelRuleSet::load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::BadInput,
                     tr("Cannot read the channel rules %1.").arg(QDir::toNativeSeparators(path))};
    return fromJson(file.readAll(), QFileInfo(path).absolutePath(), QDir::toNativeSeparators(path));
}

Result<ChannelRuleSet> ChannelRuleSet::fromJson(const QByteArray& json, const QString& folder,
                                                const QString& origin)
{
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(json, &parseError).object();
    if (parseError.error != QJsonParseError::NoError)
        return Error{ErrorCode::BadInput, tr("The channel rules %1 are not valid JSON: %2.")
                                              .arg(origin, parseError.errorString())};

    ChannelRuleSet set;
    set.m_id = root.value(u"id"_s).toString();
    set.m_name = root.value(u"name"_s).toString();
    set.m_version = root.value(u"version"_s).toString();
    set.m_fallback = root.value(u"fallback"_s).toString(u"Unassigned"_s);
    set.m_categories = std::make_shared<QHash<QString, QString>>();
    if (const QString categories = root.value(u"categories"_s).toString(); !categories.isEmpty()) {
        QString categoryPath = QDir(folder).filePath(categories);
        if (!QFileInfo::exists(categoryPath) && categories == u"ga4_source_categories.csv")
            categoryPath = u":/leadloop/channels/ga4_source_categories.csv"_s;
        auto loaded = loadCategories(categoryPath);
        if (!loaded)
            return loaded.error();
        set.m_categories = *loaded;
    }
    for (const QJsonValue& value : root.value(u"rules"_s).toArray()) {
        const QJsonObject rule = value.toObject();
        QString error;
        Predicate matches = compile(rule, set.m_categories, &error);
        if (!matches)
            return Error{ErrorCode::BadInput,
                         tr("Channel rule '%1' in %2: %3.")
                             .arg(rule.value(u"id"_s).toString(), origin, error)};
        set.m_rules.push_back({rule.value(u"id"_s).toString(), rule.value(u"channel"_s).toString(),
                               std::move(matches)});
    }
    if (set.m_id.isEmpty() || set.m_rules.empty())
        return Error{ErrorCode::BadInput,
                     tr("The channel rules %1 have no id or no rules.").arg(origin)};
    return set;
}

QStringList ChannelRuleSet::builtinIds()
{
    return {u"ga4"_s, u"hubspot"_s};
}

Result<ChannelRuleSet> ChannelRuleSet::builtin(const QString& id)
{
    if (id == u"ga4")
        return load(u":/leadloop/channels/ga4-default.json"_s);
    if (id == u"hubspot")
        return load(u":/leadloop/channels/hubspot.json"_s);
    return Error{ErrorCode::InvalidArgument,
                 tr("There is no channel rule set called '%1'.").arg(id)};
}

QString ChannelRuleSet::categoryOf(const QString& source) const
{
    return m_categories->value(source.toLower());
}

ChannelMatch ChannelRuleSet::classify(const ChannelInput& raw) const
{
    const ChannelInput input{raw.source.toLower(), raw.medium.toLower(), raw.campaign.toLower(),
                             raw.clickId.toLower(), raw.referrer.toLower()};
    const QString key = input.source + u'\x1f' + input.medium + u'\x1f' + input.campaign + u'\x1f' +
                        input.clickId + u'\x1f' + input.referrer;
    if (const auto hit = m_cache.constFind(key); hit != m_cache.constEnd())
        return *hit;
    ChannelMatch match{m_fallback, m_id + u":unassigned"_s};
    for (const Rule& rule : m_rules) {
        if (rule.matches(input)) {
            match = {rule.channel, m_id + u':' + rule.id};
            break;
        }
    }
    m_cache.insert(key, match);
    return match;
}

} // namespace leadloop
