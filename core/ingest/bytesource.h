#pragma once

#include "common/result.h"

#include <memory>
#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringDecoder>

class QFile;

namespace leadloop {

/// A stream of bytes read in blocks: a file, a gzip file, or text transcoded to UTF-8.
class ByteSource
{
public:
    virtual ~ByteSource() = default;
    /// Reads up to `max` bytes; 0 at the end, -1 on a read error (see errorString()).
    virtual qint64 read(char* data, qint64 max) = 0;
    /// How far through the underlying file the reading is, in bytes (for progress).
    virtual qint64 position() const = 0;
    /// The underlying file's size in bytes (compressed size for gzip).
    virtual qint64 size() const = 0;
    virtual QString errorString() const = 0;
};

/// Opens a file for block reading; `.gz` files (by their magic bytes) are decompressed.
class ByteSources final
{
    Q_DECLARE_TR_FUNCTIONS(ByteSources)

public:
    static Result<std::unique_ptr<ByteSource>> open(const QString& path);
    /// Wraps a source in another encoding so that it yields UTF-8 (without a BOM).
    static std::unique_ptr<ByteSource> transcoding(std::unique_ptr<ByteSource> source,
                                                   const QByteArray& encoding, qsizetype skipBytes);
    /// Skips a leading UTF-8 BOM of `skipBytes` bytes and passes the rest through.
    static std::unique_ptr<ByteSource> skipping(std::unique_ptr<ByteSource> source,
                                                qsizetype skipBytes);
    /// Turns every lone '\r' and every "\r\n" into '\n' (classic Mac line breaks).
    static std::unique_ptr<ByteSource> lfLineBreaks(std::unique_ptr<ByteSource> source);
};

} // namespace leadloop
