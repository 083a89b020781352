#include "featureschema.h"

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
    std::map<QString, std::map<QString, int>> properties; // name → value → leads
    for (const LeadSummary& lead : training)
        for (auto it = lead.properties.cbegin(); it != lead.properties.cend(); ++it)
            ++properties[it.key()][it.value()];
    for (const auto& [name, counts] : properties) {
        if (name == options.targetProperty)
            continue;
        QStringList values;
        for (const auto& [value, leads] : counts)
            values.append(value);
        switch (ContactProperties::infer(values)) {
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
                 commonValues(counts, options.minLeads, int(ContactProperties::MaxCategories)))
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
    case Source::FirstChannel:
    case Source::LeadChannel:
    case Source::SourceMedium:
    case Source::Campaign:
    case Source::LandingPage:
    case Source::LeadSource:
        return categoryValues(lead, spec.source).contains(spec.value) ? 1.0f : 0.0f;
    case Source::Page:
        return float(lead.pages.value(spec.key, 0));
    case Source::YesNo: {
        const std::optional<bool> answer =
            ContactProperties::yesNo(lead.properties.value(spec.key));
        return answer ? (*answer ? 1.0f : 0.0f) : float(NAN);
    }
    case Source::Number:
        return optional(ContactProperties::number(lead.properties.value(spec.key)));
    case Source::Date: {
        const std::optional<QDate> date = ContactProperties::date(lead.properties.value(spec.key));
        if (!date)
            return NAN;
        const QDate created = QDateTime::fromMSecsSinceEpoch(lead.created, QTimeZone::utc()).date();
        return float(created.daysTo(*date));
    }
    case Source::Category: {
        const auto found = lead.properties.constFind(spec.key);
        if (found == lead.properties.cend())
            return NAN;
        return *found == spec.value ? 1.0f : 0.0f;
    }
    }
    return NAN;
}

FeatureMatrix FeatureSchema::matrix(const std::vector<LeadSummary>& leads) const
{
    FeatureMatrix x(qint64(leads.size()), int(m_features.size()));
    for (size_t row = 0; row < leads.size(); ++row)
        for (int column = 0; column < x.columns; ++column)
            x.at(qint64(row), column) = value(leads[row], column);
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
