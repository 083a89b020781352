#pragma once

#include <QStringView>
#include <string>

namespace leadloop {

/// Appends `text` to `out` as UTF-8 without allocating a QByteArray, as QString::toUtf8 would
/// write it, except that an unpaired surrogate becomes U+FFFD (Qt 6.4 writes '?'). A leading
/// ASCII run is copied in one pass.
void appendUtf8(std::string& out, QStringView text);

} // namespace leadloop
