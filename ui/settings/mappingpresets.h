#pragma once

#include <QHash>
#include <QStringList>

namespace leadloop {

/// Column mappings saved by name for each kind of import (this computer's settings), so the next
/// export from the same tool needs no mapping.
class MappingPresets final
{
public:
    static QStringList names(const QString& kind);
    static QHash<QString, QString> load(const QString& kind, const QString& name);
    static void save(const QString& kind, const QString& name,
                     const QHash<QString, QString>& mapping);
    static void remove(const QString& kind, const QString& name);
};

} // namespace leadloop
