#pragma once

#include <QString>

namespace leadloop {

/// The name LeadLoop records as the author of a user's change when none is given:
/// LEADLOOP_USER, else the system's USER or USERNAME, else "unknown".
QString currentUserName();

} // namespace leadloop
