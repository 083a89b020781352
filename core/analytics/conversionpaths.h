#pragma once

#include "analytics/attributionmodels.h"
#include "analytics/persontouches.h"
#include "analytics/reportfilter.h"
#include "common/result.h"

#include <functional>
#include <memory>
#include <optional>
#include <QCoreApplication>
#include <string>
#include <unordered_map>
#include <vector>

namespace leadloop {

class Database;

/// What counts as a conversion (docs/metrics.md, "Conversions").
enum class ConversionKind
{
    Lead,        ///< a contact's creation
    Opportunity, ///< a deal's creation, valued at its amount
    Customer,    ///< a person's first won deal, valued at the amount won
    Revenue,     ///< every won deal, valued at the amount won
    Event,       ///< a tracked conversion event (all, or those with one name)
};

/// Which conversions to build paths for, and how touches are labelled.
struct PathQuery
{
    ConversionKind kind = ConversionKind::Lead;
    QString eventName;     ///< for Event: only events with this name (empty: every conversion)
    int lookbackDays = 90; ///< touches at most this long before the conversion; 0: unlimited
    QString dimension = QStringLiteral("channel"); ///< the dimension that labels touches
    ReportFilter filter;            ///< conversions dated in its range, people and touches it keeps
    bool withNonConverting = false; ///< also the journeys that did not convert (markov, shapley)
    /// Non-converting journeys with the same touches as one path counting them (`nulls`), with
    /// the first one's times and person: all that Markov and Shapley read of them, in a fraction
    /// of the memory. Not for resampling, which draws journeys one by one.
    bool mergeNonConverting = false;
    std::optional<qint64> person; ///< only this contact's conversions, when set
};

/// Builds attribution paths from a workspace (docs/metrics.md, "Paths"): for each conversion, the
/// sessions of every visitor linked to the person, started at or before the conversion, after the
/// person's previous conversion of the same kind, within the lookback window, each labelled by
/// the dimension and marked with the milestones (lead, opportunity, close) it carried.
class ConversionPaths final
{
    Q_DECLARE_TR_FUNCTIONS(ConversionPaths)

public:
    /// The first character of an out-of-scope touch's label.
    static constexpr QChar OutOfScope = QChar(0x01);

    static Result<std::vector<attribution::Path>> build(Database& db, const PathQuery& query);
    /// The same from sessions already read; `touches` must include unlinked visitors for event
    /// conversions and non-converting journeys.
    static Result<std::vector<attribution::Path>> build(Database& db, const PersonTouches& touches,
                                                        const PathQuery& query);
    /// Dimensions that can label touches: the session dimensions (channel, source-medium,
    /// source, medium, campaign, landing-page) and the people dimensions (owner, product,
    /// account), under which a conversion is one touch labelled by its person or deal.
    static QStringList dimensions();
    static QStringList sessionDimensions();
    static bool isPeopleDimension(const QString& dimension);
    /// The model that credits a dimension: under a people dimension a conversion has one group,
    /// so every model gives it wholly to that group (computed as first_touch).
    static attribution::Model modelFor(attribution::Model model, const QString& dimension);
    /// Whether a touch label belongs to a session the filter keeps.
    static bool inScope(const QString& label) { return !label.startsWith(OutOfScope); }
    /// Whether a report shows a credited group under a filter: in scope, and not "(none)" when
    /// sessions are filtered (a conversion without touches has no matching session).
    static bool shows(const QString& group, const ReportFilter& filter);
    /// The label without its out-of-scope mark.
    static QString plain(const QString& label) { return inScope(label) ? label : label.mid(1); }
    /// The error for a dimension none of `accepted` names.
    static Error unknownDimension(const QString& option, const QStringList& accepted,
                                  const QString& dimension);
    /// The SQL expression of a session dimension over the sessions table (columns prefixed with
    /// `alias`, e.g. "s."); nothing for an unknown dimension.
    static std::optional<std::string> sessionExpression(const QString& dimension,
                                                        const char* alias);
    /// The JSON key of a dimension (source-medium → source_medium).
    static QString dimensionKey(const QString& dimension);
    /// A dimension's column title, translated ("Source / medium").
    static QString dimensionTitle(const QString& dimension);
    static std::optional<ConversionKind> kindFromName(const QString& name, QString* eventName);
};

} // namespace leadloop
