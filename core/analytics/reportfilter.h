#pragma once

#include "store/sqlparams.h"

#include <map>
#include <optional>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <string>
#include <vector>

namespace leadloop {

/// What a report counts (docs/metrics.md, "Filters"), as a value: a date range, the sessions'
/// channel, campaign and source/medium, and the people's owner, product and contact fields.
/// Within one attribute any listed value matches; across attributes all must match.
struct ReportFilter
{
    Q_DECLARE_TR_FUNCTIONS(ReportFilter)

public:
    std::optional<qint64> from, to; ///< UTC ms, inclusive, by the date of the counted event
    QStringList channels;           ///< sessions whose channel is one of these
    QStringList campaigns;          ///< sessions whose campaign ("(not set)" for none) is one
    QStringList sourceMediums;      ///< sessions whose "source / medium" is one of these
    QStringList sources, mediums;   ///< sessions whose source (medium) is one of these
    QStringList landingPages;       ///< sessions whose landing page (its path) is one of these
    QStringList owners;             ///< deals (else their contact) owned by one of these
    QStringList products;           ///< deals of one of these products
    std::map<QString, QStringList> contactFields; ///< contact field → accepted values

    bool operator==(const ReportFilter&) const = default;

    /// Whether a session attribute is filtered: then only matching sessions count as touches.
    bool hasSessionFilter() const;
    /// Whether a people attribute is filtered: then only matching people and deals count.
    bool hasPeopleFilter() const;
    bool inRange(qint64 at) const { return (!from || at >= *from) && (!to || at <= *to); }

    /// The SQL condition a session row (columns prefixed with `alias`) meets, "1" without a
    /// session filter. The values are parameters added to `params`.
    std::string sessionCondition(const char* alias, SqlParams& params) const;
    /// The SQL condition on `contacts` (alias `c`) for the contact fields, "1" without any.
    std::string contactCondition(SqlParams& params) const;

    /// `expression IN (:v0, :v1, …)` with the values added to `params`; "1" for no values.
    static std::string sqlAnyOf(const std::string& expression, const QStringList& values,
                                SqlParams& params);
    /// The contact fields a filter can name (lifecycle_stage, lead_source, company, job_title,
    /// email_domain).
    static QStringList contactFieldNames();
    /// A message naming the field when it is not one of contactFieldNames(), else empty.
    static QString checkContactField(const QString& field);
    /// The filter as JSON-ready values, for a report's meta (only what is set).
    QVariantMap describe() const;
    /// The session attributes a filter can name, as (dimension, its values) pairs.
    std::vector<std::pair<QString, const QStringList*>> sessionLists() const;
    /// The filter narrowed to one group of a dimension (docs/metrics.md, "Drilling down"): what
    /// a report's row stands for. Nothing when the group is not a value a filter can name
    /// ("(none)": conversions without touches or people without an owner).
    std::optional<ReportFilter> narrowed(const QString& dimension, const QString& group) const;
};

} // namespace leadloop
