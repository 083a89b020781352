#pragma once

#include "analytics/attributionmodels.h"
#include "analytics/dealbook.h"
#include "analytics/persongroups.h"
#include "analytics/reportscope.h"
#include "common/result.h"

#include <functional>
#include <memory>
#include <optional>
#include <QString>
#include <vector>

namespace leadloop {

class Database;
class ConversionPaths;

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

} // namespace leadloop
