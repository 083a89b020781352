#include "emailaddress.h"

namespace leadloop {

QString normalizedEmail(const QString& email)
{
    return email.trimmed().toLower();
}

} // namespace leadloop
