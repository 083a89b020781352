#pragma once

#include <QtGlobal>

namespace leadloop {

/// Whether defects that would otherwise only be logged abort the process: an SQLite error
/// nobody consulted, a connection used by a thread that does not hold it. On when the
/// environment variable LEADLOOP_STRICT_CHECKS is 1, as it is for every test.
inline bool strictChecks()
{
    static const bool strict = qEnvironmentVariableIntValue("LEADLOOP_STRICT_CHECKS") == 1;
    return strict;
}

} // namespace leadloop
