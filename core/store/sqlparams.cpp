#include "sqlparams.h"

#include "statement.h"

namespace leadloop {

std::string SqlParams::add(const QString& value)
{
    m_values.append(value);
    return ":v" + std::to_string(m_values.size() - 1);
}

Status SqlParams::bindTo(Statement& statement) const
{
    for (qsizetype i = 0; i < m_values.size(); ++i)
        statement.bindNamed(":v" + std::to_string(i), m_values[i]);
    return statement.status();
}

} // namespace leadloop
