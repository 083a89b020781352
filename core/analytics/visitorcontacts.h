#pragma once

#include "common/result.h"

#include <unordered_map>
#include <vector>

namespace leadloop {

class Database;

/// Which contacts each visitor is actively linked to (docs/identity.md): how the reports that
/// count people gather a contact's devices, and tell a visitor linked to nobody apart.
class VisitorContacts final
{
public:
    static Result<VisitorContacts> load(Database& db);
    /// The visitor's contacts; null when it is linked to nobody.
    const std::vector<qint64>* of(qint64 visitor) const
    {
        const auto found = m_links.find(visitor);
        return found == m_links.end() ? nullptr : &found->second;
    }

private:
    std::unordered_map<qint64, std::vector<qint64>> m_links;
};

} // namespace leadloop
