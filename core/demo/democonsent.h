#pragma once

#include "common/result.h"

namespace leadloop {
class Database;
}

namespace leadloop::demo {

/// The demo's consent to ad measurement (docs/ad-platforms.md, "Consent"), as a CRM's consent
/// columns would carry it: most people grant both signals, some deny personalisation, some deny
/// both and a tenth said nothing. Decided by each e-mail address, so the rest of the demo's
/// random story stays as it was.
class DemoConsent final
{
public:
    static Status write(Database& db, qint64 batchId);
};

} // namespace leadloop::demo
