#pragma once

#include "analytics/attributionmodels.h"
#include "analytics/dealbook.h"
#include "analytics/persongroups.h"
#include "analytics/reportscope.h"
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

/// Every person's sessions, read once and shared by the path builds of several conversion kinds:
/// contacts (by contact id) with the sessions of their linked visitors, and optionally the
/// visitors no contact owns (as -visitor id), each session labelled by a session dimension.
/// Read from the precomputed touch sequences (TouchSequences) unless the filter names session
/// attributes or they cannot be brought up to date, else from the sessions; either way the
/// same. Only the people a filter keeps are read; sessions its session attributes do not keep
/// are labelled out of scope (ConversionPaths::inScope).
class PersonTouches final
{
public:
    /// A large workspace's sessions are read in up to this many parts at once, each a range of
    /// people (or of visitor or contact ids) on a connection and a thread of its own.
    static constexpr int MaxParts = 4;
    /// Sees every session of the people in scope as it is read: its part (0 to MaxParts - 1;
    /// calls for one part come from one thread, in visitor order, and every session of a
    /// visitor is in one part), its visitor, its person (a contact id, or -visitor id), its
    /// start and its label's index within the part (partLabel() gives the store's index).
    using SessionObserver =
        std::function<void(int part, qint64 visitor, qint64 person, qint64 at, int label)>;
    static Result<PersonTouches> load(Database& db, const QString& dimension, bool withUnlinked,
                                      const ReportFilter& filter = {},
                                      const SessionObserver& observer = {});
    const QString& label(int index) const;
    /// The index in label() of a label as a part's observer saw it.
    int partLabel(int part, int label) const { return m_partLabels[size_t(part)][size_t(label)]; }
    /// How many parts the sessions were read in.
    int parts() const { return int(m_partLabels.size()); }
    int labelCount() const { return int(m_labels.size()); }
    const QString& dimension() const { return m_dimension; }
    /// A person's sessions in time order, as touches (label, start, whether Direct).
    std::vector<attribution::Touch> touches(qint64 person) const;
    bool withUnlinked() const { return m_withUnlinked; }
    const ReportScope& scope() const { return m_scope; }
    /// Every deal, read on first use and kept.
    Result<const DealBook*> deals(Database& db) const;
    /// The people dimension's groups, when the dimension is owner, product or account.
    const PersonGroups* groups() const { return m_groups ? &*m_groups : nullptr; }

private:
    friend class ConversionPaths;
    struct SessionPart; // a part of the read of sessions (conversionpaths.cpp)
    struct SessionRead; // reads the parts and joins them
    /// One session, its label an index into m_labels.
    struct SessionTouch
    {
        qint64 at;
        int label;
        bool direct;
    };
    QString m_dimension;
    bool m_withUnlinked = false;
    std::vector<SessionTouch> m_touches;
    /// A person's touches: [begin, end) in m_touches.
    struct Span
    {
        quint32 begin = 0, end = 0;
    };
    Span span(qint64 person) const;
    /// When the contact became a lead, if it is one.
    std::optional<qint64> leadCreated(qint64 contact) const;
    // Ids are SQLite row ids, dense from 1: these are indexed by them.
    std::vector<Span> m_contactSpans, m_visitorSpans; // contacts; anonymous visitors
    std::vector<QString> m_labels;
    std::vector<std::vector<int>> m_partLabels; // per part: its label indices in m_labels
    std::vector<qint64> m_leadCreated; // by contact id; NoTime when there is no such contact
    ReportScope m_scope;
    std::optional<PersonGroups> m_groups;
    mutable std::shared_ptr<const DealBook> m_deals; // a cache: read on first use
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
