#include "reportfilter.h"

#include "conversionpaths.h"

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

std::string ReportFilter::sqlAnyOf(const std::string& expression, const QStringList& values)
{
    if (values.isEmpty())
        return "1";
    std::string out = expression + " IN (";
    for (qsizetype i = 0; i < values.size(); ++i) {
        QString quoted = values[i];
        quoted.replace(u'\'', u"''"_s);
        out += (i ? ", '" : "'") + quoted.toStdString() + "'";
    }
    return out + ")";
}

bool ReportFilter::hasSessionFilter() const
{
    return !channels.isEmpty() || !campaigns.isEmpty() || !sourceMediums.isEmpty();
}

bool ReportFilter::hasPeopleFilter() const
{
    return !owners.isEmpty() || !products.isEmpty() || !contactFields.empty();
}

std::string ReportFilter::sessionCondition(const char* alias) const
{
    std::string out = "1";
    const std::pair<const QStringList*, QString> parts[] = {{&channels, u"channel"_s},
                                                            {&campaigns, u"campaign"_s},
                                                            {&sourceMediums, u"source-medium"_s}};
    for (const auto& [values, dimension] : parts)
        if (!values->isEmpty())
            out += " AND " +
                   sqlAnyOf("(" + *ConversionPaths::sessionExpression(dimension, alias) + ")",
                            *values);
    return out;
}

std::string ReportFilter::contactCondition() const
{
    std::string out = "1";
    for (const auto& [field, values] : contactFields)
        if (checkContactField(field).isEmpty())
            out += " AND " + sqlAnyOf(contactExpression(field), values);
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
    const std::pair<QString, const QStringList*> lists[] = {{u"channel"_s, &channels},
                                                            {u"campaign"_s, &campaigns},
                                                            {u"source_medium"_s, &sourceMediums},
                                                            {u"owner"_s, &owners},
                                                            {u"product"_s, &products}};
    for (const auto& [key, values] : lists)
        if (!values->isEmpty())
            out.insert(key, *values);
    for (const auto& [field, values] : contactFields)
        out.insert(u"contact."_s + field, values);
    return out;
}

} // namespace leadloop
