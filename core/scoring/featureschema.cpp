#include "featureschema.h"

#include "common/rowranges.h"
#include "sales/contactproperties.h"

#include <algorithm>
#include <map>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace leadloop {

namespace {

using Source = FeatureSpec::Source;

/// Each source's name in reports (for the fixed ones, the feature's name) and in the saved list.
struct SourceName
{
    Source source;
    const char16_t* name;
};

constexpr SourceName SourceNames[] = {
    {Source::Sessions, u"sessions"},
    {Source::PageViews, u"pageviews"},
    {Source::TimeOnSite, u"time_on_site"},
    {Source::PagesPerVisit, u"pages_per_visit"},
    {Source::Channels, u"distinct_channels"},
    {Source::DaysToLead, u"days_first_visit_to_lead"},
    {Source::DaysSinceVisit, u"days_since_last_visit"},
    {Source::Conversions, u"conversion_events"},
    {Source::FirstChannel, u"first_channel"},
    {Source::LeadChannel, u"lead_channel"},
    {Source::SourceMedium, u"source_medium"},
    {Source::Campaign, u"campaign"},
    {Source::LandingPage, u"landing_page"},
    {Source::LeadSource, u"lead_source"},
    {Source::Page, u"page"},
    {Source::YesNo, u"yes_no"},
    {Source::Number, u"number"},
    {Source::Date, u"date"},
    {Source::Category, u"category"},
};

QString sourceName(Source source)
{
    for (const SourceName& s : SourceNames)
        if (s.source == source)
            return QString::fromUtf16(s.name);
    return {};
}

std::optional<Source> sourceNamed(const QString& name)
{
    for (const SourceName& s : SourceNames)
        if (name == QString::fromUtf16(s.name))
            return s.source;
    return std::nullopt;
}

/// The values of one category that at least `minLeads` leads have, the most common first (ties
/// by value), at most `maxValues` of them.
QStringList commonValues(const std::map<QString, int>& counts, int minLeads, int maxValues)
{
    std::vector<std::pair<QString, int>> kept;
    for (const auto& [value, leads] : counts)
        if (leads >= minLeads)
            kept.emplace_back(value, leads);
    std::stable_sort(kept.begin(), kept.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
    QStringList out;
    for (const auto& [value, leads] : kept) {
        if (out.size() >= maxValues)
            break;
        out.append(value);
    }
    return out;
}

/// Whether a lead has `value` for a categorical source (without building a list).
bool hasCategory(const LeadSummary& lead, Source source, const QString& value)
{
    switch (source) {
    case Source::FirstChannel:
        return lead.firstChannel == value;
    case Source::LeadChannel:
        return lead.leadChannel == value;
    case Source::SourceMedium:
        return lead.sourceMedium == value;
    case Source::Campaign:
        return lead.campaigns.contains(value);
    case Source::LandingPage:
        return lead.landingPage == value;
    case Source::LeadSource:
        return lead.leadSource == value;
    default:
        return false;
    }
}

/// A property feature's value for a lead whose value of the property is `v` (-1: none), given
/// the id of the value a category feature marks.
float propertyValue(const LeadSummary& lead, const FeatureSpec& spec, int v, int valueId)
{
    if (v < 0)
        return NAN;
    const PropertyTable& table = *lead.propertyTable;
    switch (spec.source) {
    case Source::YesNo: {
        const int answer = table.yesNo(v);
        return answer < 0 ? float(NAN) : float(answer);
    }
    case Source::Number:
        return table.number(v);
    case Source::Date: {
        const std::optional<QDate> date = table.date(v);
        if (!date)
            return NAN;
        const QDate created = QDateTime::fromMSecsSinceEpoch(lead.created, QTimeZone::utc()).date();
        return float(created.daysTo(*date));
    }
    case Source::Category:
        return v == valueId ? 1.0f : 0.0f;
    default:
        return NAN;
    }
}

bool isProperty(Source source)
{
    return source == Source::YesNo || source == Source::Number || source == Source::Date ||
           source == Source::Category;
}

/// The category values a lead has for a categorical source.
QStringList categoryValues(const LeadSummary& lead, Source source)
{
    switch (source) {
    case Source::FirstChannel:
        return {lead.firstChannel};
    case Source::LeadChannel:
        return {lead.leadChannel};
    case Source::SourceMedium:
        return {lead.sourceMedium};
    case Source::Campaign:
        return QStringList(lead.campaigns.begin(), lead.campaigns.end());
    case Source::LandingPage:
        return {lead.landingPage};
    case Source::LeadSource:
        return {lead.leadSource};
    default:
        return {};
    }
}

} // namespace

QString FeatureSpec::name() const
{
    switch (source) {
    case Source::Page:
        return u"page:"_s + key;
    case Source::YesNo:
    case Source::Number:
    case Source::Date:
        return u"property:"_s + key;
    case Source::Category:
        return u"property:"_s + key + u'=' + value;
    case Source::FirstChannel:
    case Source::LeadChannel:
    case Source::SourceMedium:
    case Source::Campaign:
    case Source::LandingPage:
    case Source::LeadSource:
        return sourceName(source) + u'=' + value;
    default:
        return sourceName(source);
    }
}

QString FeatureSpec::group() const
{
    switch (source) {
    case Source::Category:
        return u"property:"_s + key;
    case Source::FirstChannel:
    case Source::LeadChannel:
    case Source::SourceMedium:
    case Source::Campaign:
    case Source::LandingPage:
    case Source::LeadSource:
        return sourceName(source);
    default:
        return name();
    }
}

bool FeatureSchema::matches(const FeatureSpec& spec, const QStringList& patterns)
{
    for (const QString& pattern : patterns) {
        // * and ? match any characters, '/' included (feature names hold page paths).
        QString re;
        for (const QChar c : pattern.trimmed())
            re += c == u'*' ? u".*"_s : c == u'?' ? u"."_s : QRegularExpression::escape(c);
        const QRegularExpression wildcard(QRegularExpression::anchoredPattern(re),
                                          QRegularExpression::CaseInsensitiveOption);
        if (wildcard.match(spec.name()).hasMatch() || wildcard.match(spec.group()).hasMatch())
            return true;
    }
    return false;
}

FeatureSchema FeatureSchema::learn(const std::vector<LeadSummary>& training, const Options& options,
                                   QStringList* excluded)
{
    std::vector<FeatureSpec> all;
    for (Source fixed :
         {Source::Sessions, Source::PageViews, Source::TimeOnSite, Source::PagesPerVisit,
          Source::Channels, Source::DaysToLead, Source::DaysSinceVisit, Source::Conversions})
        all.push_back({fixed, {}, {}});
    for (Source categorical : {Source::FirstChannel, Source::LeadChannel, Source::SourceMedium,
                               Source::Campaign, Source::LandingPage, Source::LeadSource}) {
        std::map<QString, int> counts;
        for (const LeadSummary& lead : training)
            for (const QString& value : categoryValues(lead, categorical))
                if (!value.isEmpty())
                    ++counts[value];
        for (const QString& value : commonValues(counts, options.minLeads, options.maxValues))
            all.push_back({categorical, {}, value});
    }
    {
        std::map<QString, int> visitors; // path → training leads who viewed it
        for (const LeadSummary& lead : training)
            for (auto it = lead.pages.cbegin(); it != lead.pages.cend(); ++it)
                ++visitors[it.key()];
        for (const QString& path : commonValues(visitors, options.minLeads, options.maxValues))
            all.push_back({Source::Page, path, {}});
    }
    const PropertyTable* table = nullptr;
    std::map<int, std::map<int, int>> properties; // name id → value id → leads
    for (const LeadSummary& lead : training) {
        if (lead.properties.empty())
            continue;
        table = lead.propertyTable;
        for (const auto& [name, value] : lead.properties)
            ++properties[name][value];
    }
    std::vector<std::pair<QString, int>> names; // by name
    for (const auto& [id, values] : properties)
        names.emplace_back(table->name(id), id);
    std::sort(names.begin(), names.end());
    for (const auto& [name, id] : names) {
        if (name == options.targetProperty)
            continue;
        const std::map<int, int>& counts = properties[id];
        std::vector<int> values;
        std::map<QString, int> byText;
        for (const auto& [value, leads] : counts) {
            values.push_back(value);
            byText[table->value(value)] = leads;
        }
        switch (table->infer(values)) {
        case PropertyType::YesNo:
            all.push_back({Source::YesNo, name, {}});
            break;
        case PropertyType::Number:
            all.push_back({Source::Number, name, {}});
            break;
        case PropertyType::Date:
            all.push_back({Source::Date, name, {}});
            break;
        case PropertyType::Category:
            for (const QString& value :
                 commonValues(byText, options.minLeads, int(ContactProperties::MaxCategories)))
                all.push_back({Source::Category, name, value});
            break;
        case PropertyType::Text:
            break; // free text is not a feature (docs/scoring.md)
        }
    }
    FeatureSchema schema;
    for (FeatureSpec& spec : all) {
        if (matches(spec, options.exclude)) {
            if (excluded)
                excluded->append(spec.name());
            continue;
        }
        schema.m_features.push_back(std::move(spec));
    }
    return schema;
}

float FeatureSchema::value(const LeadSummary& lead, int column) const
{
    const FeatureSpec& spec = m_features[size_t(column)];
    if (isProperty(spec.source)) {
        if (!lead.propertyTable || lead.properties.empty())
            return NAN;
        const int name = lead.propertyTable->nameId(spec.key);
        return propertyValue(lead, spec, name < 0 ? -1 : PropertyTable::find(lead.properties, name),
                             lead.propertyTable->valueId(spec.value));
    }
    const auto optional = [](const std::optional<double>& v) { return v ? float(*v) : float(NAN); };
    switch (spec.source) {
    case Source::Sessions:
        return float(lead.sessions);
    case Source::PageViews:
        return float(lead.pageviews);
    case Source::TimeOnSite:
        return float(lead.minutes);
    case Source::PagesPerVisit:
        return optional(lead.pagesPerVisit);
    case Source::Channels:
        return float(lead.channels);
    case Source::DaysToLead:
        return optional(lead.daysToLead);
    case Source::DaysSinceVisit:
        return optional(lead.daysSinceVisit);
    case Source::Conversions:
        return float(lead.conversions);
    case Source::Page:
        return float(lead.pages.value(spec.key, 0));
    default:
        return hasCategory(lead, spec.source, spec.value) ? 1.0f : 0.0f;
    }
}

FeatureMatrix FeatureSchema::matrix(const std::vector<LeadSummary>& leads) const
{
    FeatureMatrix x(qint64(leads.size()), int(m_features.size())); // all missing to start
    const PropertyTable* table = nullptr;
    for (const LeadSummary& lead : leads)
        if ((table = lead.propertyTable))
            break;
    // Property features by the id of their property, with the id of a category's value: each
    // lead's values are then read once, not looked up once per column.
    std::vector<std::vector<std::pair<int, int>>> byName(table ? size_t(table->nameCount()) : 0);
    std::vector<int> behaviour; // the other columns
    for (int column = 0; column < x.columns; ++column) {
        const FeatureSpec& spec = m_features[size_t(column)];
        if (!isProperty(spec.source))
            behaviour.push_back(column);
        else if (const int name = table ? table->nameId(spec.key) : -1; name >= 0)
            byName[size_t(name)].emplace_back(column, table->valueId(spec.value));
    }
    // Each core fills rows of its own; what they share is only read.
    forRowRanges(leads.size(), 5'000, [&](size_t begin, size_t end) {
        for (size_t row = begin; row < end; ++row) {
            const LeadSummary& lead = leads[row];
            for (const int column : behaviour)
                x.at(qint64(row), column) = value(lead, column);
            for (const auto& [name, v] : lead.properties)
                for (const auto& [column, valueId] : byName[size_t(name)])
                    x.at(qint64(row), column) =
                        propertyValue(lead, m_features[size_t(column)], v, valueId);
        }
    });
    return x;
}

QJsonArray FeatureSchema::toJson() const
{
    QJsonArray out;
    for (const FeatureSpec& spec : m_features) {
        QJsonObject o{{u"source"_s, sourceName(spec.source)}};
        if (!spec.key.isEmpty())
            o.insert(u"key"_s, spec.key);
        if (!spec.value.isEmpty())
            o.insert(u"value"_s, spec.value);
        out.append(o);
    }
    return out;
}

Result<FeatureSchema> FeatureSchema::fromJson(const QJsonArray& json)
{
    FeatureSchema schema;
    for (const QJsonValue& v : json) {
        const QJsonObject o = v.toObject();
        const std::optional<Source> source = sourceNamed(o.value(u"source"_s).toString());
        if (!source)
            return Error{ErrorCode::Corrupt,
                         tr("The saved model names an unknown feature kind \"%1\".")
                             .arg(o.value(u"source"_s).toString())};
        schema.m_features.push_back(
            {*source, o.value(u"key"_s).toString(), o.value(u"value"_s).toString()});
    }
    return schema;
}

} // namespace leadloop
