#pragma once

#include "analytics/attributionmodels.h"
#include "common/result.h"

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
    QString dimension = QStringLiteral("channel"); ///< session dimension that labels touches
    std::optional<qint64> from, to;                ///< conversions in [from, to] (UTC ms), when set
    bool withNonConverting = false; ///< also the journeys that did not convert (markov, shapley)
    std::optional<qint64> person;   ///< only this contact's conversions, when set
};

/// Every person's sessions, read once and shared by the path builds of several conversion kinds:
/// contacts (by contact id) with the sessions of their linked visitors, and optionally the
/// visitors no contact owns (as -visitor id), each session labelled by a dimension.
class PersonTouches final
{
public:
    static Result<PersonTouches> load(Database& db, const QString& dimension, bool withUnlinked);
    const QString& dimension() const { return m_dimension; }
    /// A person's sessions in time order, as touches (label, start, whether Direct).
    std::vector<attribution::Touch> touches(qint64 person) const;
    bool withUnlinked() const { return m_withUnlinked; }

private:
    friend class ConversionPaths;
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
    std::unordered_map<qint64, std::pair<size_t, size_t>> m_range; // person → [begin, end)
    std::vector<QString> m_labels;
    std::unordered_map<qint64, qint64> m_leadCreated; // contact → lead creation
};

/// Builds attribution paths from a workspace (docs/metrics.md, "Paths"): for each conversion, the
/// sessions of every visitor linked to the person, started at or before the conversion, after the
/// person's previous conversion of the same kind, within the lookback window, each labelled by
/// the dimension and marked with the milestones (lead, opportunity, close) it carried.
class ConversionPaths final
{
    Q_DECLARE_TR_FUNCTIONS(ConversionPaths)

public:
    static Result<std::vector<attribution::Path>> build(Database& db, const PathQuery& query);
    /// The same from sessions already read; `touches` must include unlinked visitors for event
    /// conversions and non-converting journeys.
    static Result<std::vector<attribution::Path>> build(Database& db, const PersonTouches& touches,
                                                        const PathQuery& query);
    /// Session dimensions that can label touches: channel, source-medium, source, medium,
    /// campaign, landing-page.
    static QStringList dimensions();
    /// The SQL expression of a session dimension over the sessions table (columns prefixed with
    /// `alias`, e.g. "s."); nothing for an unknown dimension.
    static std::optional<std::string> sessionExpression(const QString& dimension,
                                                        const char* alias);
    /// The JSON key of a dimension (source-medium → source_medium).
    static QString dimensionKey(const QString& dimension);
    static std::optional<ConversionKind> kindFromName(const QString& name, QString* eventName);
};

} // namespace leadloop
