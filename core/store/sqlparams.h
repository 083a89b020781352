#pragma once

#include "common/result.h"

#include <QStringList>
#include <string>

namespace leadloop {

class Statement;

/// The values an SQL text built in pieces refers to by name (:v0, :v1, …), bound once the
/// statement is prepared: user text (a channel, an owner, a campaign) is never spliced into SQL.
class SqlParams final
{
public:
    /// The placeholder for a new value.
    std::string add(const QString& value);
    /// Binds every value to its placeholder; a placeholder the statement lacks is an error.
    Status bindTo(Statement& statement) const;
    bool isEmpty() const { return m_values.isEmpty(); }

private:
    QStringList m_values;
};

} // namespace leadloop
