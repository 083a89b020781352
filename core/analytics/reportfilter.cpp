#include "reportfilter.h"

#include "conversionpaths.h"

#include <algorithm>
#include <QVariantMap>

using namespace Qt::StringLiterals;

namespace leadloop {

namespace {

/// The SQL of a contact field over `contacts c`.
std::string contactExpression(const QString& field)
{
    if (field == u"email_domain")
        return "lower(substr(c.email, instr(c.email, '@') + 1))";
    return "coalesce(nullif(c." + field.toStdString() + ", ''), '(not set)')";
}

} // namespace

std::string ReportFilter::sqlAnyOf(const std::string& expression, const QStringList& values,
                                   SqlParams& params)
{
    if (values.isEmpty())
        return "1";
    std::string out = expression + " IN (";
    for (qsizetype i = 0; i < values.size(); ++i)
        out += (i ? ", " : "") + params.add(values[i]);
    return out + ")";
}

std::vector<std::pair<QString, const QStringList*>> ReportFilter::sessionLists() const
{
    return {{u"channel"_s, &channels},
            {u"campaign"_s, &campaigns},
            {u"source-medium"_s, &sourceMediums},
            {u"source"_s, &sources},
            {u"medium"_s, &mediums},
            {u"landing-page"_s, &landingPages}};
}

bool ReportFilter::hasSessionFilter() const
{
    const auto lists = sessionLists();
    return std::any_of(lists.begin(), lists.end(),
                       [](const auto& list) { return !list.second->isEmpty(); });
}

std::optional<ReportFilter> ReportFilter::narrowed(const QString& dimension,
                                                   const QString& group) const
{
    if (group == u"(none)" || group.startsWith(ConversionPaths::OutOfScope))
        return std::nullopt;
    ReportFilter out = *this;
    // A row of a filtered report is one of the filter's values: the narrowed list is that
    // value alone (or nothing matches, when the group is not among them).
    const auto narrow = [&group](QStringList& values) {
        values = values.isEmpty() || values.contains(group) ? QStringList{group} : QStringList{};
        return !values.isEmpty();
    };
    const std::pair<QString, QStringList*> lists[] = {{u"channel"_s, &out.channels},
                                                      {u"campaign"_s, &out.campaigns},
                                                      {u"source-medium"_s, &out.sourceMediums},
                                                      {u"source"_s, &out.sources},
                                                      {u"medium"_s, &out.mediums},
                                                      {u"landing-page"_s, &out.landingPages},
                                                      {u"owner"_s, &out.owners},
                                                      {u"product"_s, &out.products}};
    for (const auto& [name, values] : lists)
        if (name == dimension)
            return narrow(*values) ? std::optional(out) : std::nullopt;
    if (dimension == u"account")
        return narrow(out.contactFields[u"company"_s]) ? std::optional(out) : std::nullopt;
    return std::nullopt;
}

bool ReportFilter::hasPeopleFilter() const
{
    return !owners.isEmpty() || !products.isEmpty() || !contactFields.empty();
}

std::string ReportFilter::sessionCondition(const char* alias, SqlParams& params) const
{
    std::string out = "1";
    for (const auto& [dimension, values] : sessionLists())
        if (!values->isEmpty())
            out += " AND " +
                   sqlAnyOf("(" + *ConversionPaths::sessionExpression(dimension, alias) + ")",
                            *values, params);
    return out;
}

std::string ReportFilter::contactCondition(SqlParams& params) const
{
    std::string out = "1";
    for (const auto& [field, values] : contactFields)
        if (checkContactField(field).isEmpty())
            out += " AND " + sqlAnyOf(contactExpression(field), values, params);
    return out;
}

QStringList ReportFilter::contactFieldNames()
{
    return {u"lifecycle_stage"_s, u"lead_source"_s, u"company"_s, u"job_title"_s,
            u"email_domain"_s};
}

QString ReportFilter::checkContactField(const QString& field)
{
    if (contactFieldNames().contains(field))
        return {};
    return tr("A contact filter names one of %1, not '%2'.")
        .arg(contactFieldNames().join(u", "_s), field);
}

QVariantMap ReportFilter::describe() const
{
    QVariantMap out;
    for (const auto& [dimension, values] : sessionLists())
        if (!values->isEmpty())
            out.insert(ConversionPaths::dimensionKey(dimension), *values);
    const std::pair<QString, const QStringList*> lists[] = {{u"owner"_s, &owners},
                                                            {u"product"_s, &products}};
    for (const auto& [key, values] : lists)
        if (!values->isEmpty())
            out.insert(key, *values);
    for (const auto& [field, values] : contactFields)
        out.insert(u"contact."_s + field, values);
    return out;
}

} // namespace leadloop
