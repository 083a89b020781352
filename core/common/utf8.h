#pragma once

#include <QStringView>
#include <string>

namespace leadloop {

/// Appends `text` to `out` as UTF-8 without allocating a QByteArray (unpaired surrogates become
/// U+FFFD, as QString::toUtf8 does); ASCII runs are copied in one pass.
void appendUtf8(std::string& out, QStringView text);

} // namespace leadloop
