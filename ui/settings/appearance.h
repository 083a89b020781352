#pragma once

#include <QString>
#include <QStringList>

namespace leadloop {

/// The app's look: the system's style, or Fusion with a light or a dark palette (Qt 6.4 has no
/// color-scheme API, so LeadLoop sets the palette itself).
class Appearance final
{
public:
    /// "system", "light", "dark".
    static QStringList themes();
    static void apply(const QString& theme);
};

} // namespace leadloop
