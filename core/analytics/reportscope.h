#pragma once

#include "analytics/reportfilter.h"
#include "common/result.h"

#include <unordered_set>

namespace leadloop {

class Database;

/// The contacts and deals a filter's people attributes keep (docs/metrics.md, "Filters"), read
/// once from a workspace. Without a people filter everybody is in scope, anonymous visitors too.
class ReportScope final
{
public:
    static Result<ReportScope> load(Database& db, const ReportFilter& filter);

    bool everyone() const { return m_everyone; }
    bool contact(qint64 id) const { return m_everyone || m_contacts.count(id) > 0; }
    bool deal(qint64 id) const { return m_everyone || m_deals.count(id) > 0; }
    /// A tracked person: a contact id, or an anonymous visitor as a negative id.
    bool person(qint64 id) const { return id < 0 ? m_everyone : contact(id); }

private:
    bool m_everyone = true;
    std::unordered_set<qint64> m_contacts, m_deals;
};

} // namespace leadloop
