#include "mappingpresets.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace leadloop {

namespace {

QString group(const QString& kind)
{
    return u"importPresets/"_s + kind;
}

} // namespace

QStringList MappingPresets::names(const QString& kind)
{
    QSettings settings;
    settings.beginGroup(group(kind));
    QStringList out = settings.childGroups();
    out.sort(Qt::CaseInsensitive);
    return out;
}

QHash<QString, QString> MappingPresets::load(const QString& kind, const QString& name)
{
    QSettings settings;
    settings.beginGroup(group(kind) + u'/' + name);
    QHash<QString, QString> out;
    for (const QString& field : settings.childKeys())
        out.insert(field, settings.value(field).toString());
    return out;
}

void MappingPresets::save(const QString& kind, const QString& name,
                          const QHash<QString, QString>& mapping)
{
    remove(kind, name);
    QSettings settings;
    settings.beginGroup(group(kind) + u'/' + name);
    for (auto it = mapping.begin(); it != mapping.end(); ++it)
        settings.setValue(it.key(), it.value());
}

void MappingPresets::remove(const QString& kind, const QString& name)
{
    QSettings().remove(group(kind) + u'/' + name);
}

} // namespace leadloop
