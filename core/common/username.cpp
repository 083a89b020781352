#include "username.h"

#include <pwd.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace leadloop {

QString currentUserName()
{
    for (const char* name : {"LEADLOOP_USER", "USER", "USERNAME"})
        if (const QString user = qEnvironmentVariable(name); !user.isEmpty())
            return user;
    // A service or a container may start LeadLoop without a login environment.
    if (const passwd* entry = getpwuid(getuid()); entry && entry->pw_name && *entry->pw_name)
        return QString::fromLocal8Bit(entry->pw_name);
    return u"unknown"_s;
}

} // namespace leadloop
