#include "legacypresets.h"

#include "ingest/importpresets.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace leadloop {

void adoptLegacyPresets(ImportPresets& presets)
{
    QSettings settings;
    settings.beginGroup(u"importPresets"_s);
    const QStringList kinds = settings.childGroups();
    bool allMoved = true;
    for (const QString& kind : kinds) {
        settings.beginGroup(kind);
        const auto known = presets.names(kind);
        for (const QString& name : settings.childGroups()) {
            settings.beginGroup(name);
            ImportPresets::Mapping mapping;
            for (const QString& field : settings.childKeys())
                mapping.insert(field, settings.value(field).toString());
            settings.endGroup();
            if (known && known->contains(name))
                continue;
            allMoved = presets.save(kind, name, mapping).ok() && allMoved;
        }
        settings.endGroup();
    }
    settings.endGroup();
    // Only once every preset is safe in the file (a full disk keeps them where they were).
    if (allMoved && !kinds.isEmpty())
        settings.remove(u"importPresets"_s);
}

} // namespace leadloop
