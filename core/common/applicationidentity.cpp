#include "applicationidentity.h"

#include "common/version.h"
#include "settingvalue.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace leadloop {

void applyApplicationIdentity()
{
    QCoreApplication::setOrganizationName(u"LeadLoop"_s);
    QCoreApplication::setOrganizationDomain(u"leadloop.io"_s);
    QCoreApplication::setApplicationName(u"LeadLoop"_s);
    QCoreApplication::setApplicationVersion(QString::fromLatin1(versionString()));
}

static QString dataFolder()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return dir;
}

QString lastWorkspaceSettingKey()
{
    return u"workspace/last"_s;
}

QString defaultWorkspacePath()
{
    const QString last = SettingValue<QString>(lastWorkspaceSettingKey()).get();
    if (!last.isEmpty())
        return last;
    return dataFolder() + u"/default.leadloop"_s;
}

QString demoWorkspacePath()
{
    return dataFolder() + u"/demo.leadloop"_s;
}

} // namespace leadloop
