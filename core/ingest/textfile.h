#pragma once

#include "bytesource.h"
#include "common/result.h"
#include "textformat.h"

#include <memory>
#include <QCoreApplication>

namespace leadloop {

/// The start of a file, read once: a zip archive (an XLSX workbook), or text in a detected
/// format with its first bytes as UTF-8 with '\n' line breaks.
struct TextHead
{
    bool zip = false;
    TextFormat format;
    QByteArray utf8;
};

/// The one way table and tracking imports read text files: detecting the encoding, byte-order
/// mark, delimiter, Excel "sep=" line and line breaks ('\n', "\r\n" or a lone '\r') from the
/// first 256 KB, and opening the file as UTF-8 text with '\n' line breaks in that format.
class TextFiles final
{
    Q_DECLARE_TR_FUNCTIONS(TextFiles)

public:
    /// How many bytes detection reads.
    static constexpr qsizetype HeadBytes = 256 * 1024;

    /// Reads the head of `path`; a given `encoding` or `delimiter` (non-empty) overrides what
    /// would be detected. Fails with BadInput when the file cannot be read or the encoding is
    /// unknown.
    static Result<TextHead> detect(const QString& path, const QByteArray& encoding, char delimiter);
    /// Opens `path` as a stream of UTF-8 text in `format`.
    static Result<std::unique_ptr<ByteSource>> open(const QString& path, const TextFormat& format);
};

} // namespace leadloop
