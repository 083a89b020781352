#include "username.h"

using namespace Qt::StringLiterals;

namespace leadloop {

QString currentUserName()
{
    for (const char* name : {"LEADLOOP_USER", "USER", "USERNAME"})
        if (const QString user = qEnvironmentVariable(name); !user.isEmpty())
            return user;
    return u"unknown"_s;
}

} // namespace leadloop
