#include "bytesource.h"

#include <cstring>
#include <QDir>
#include <QFile>
#include <zlib.h>

using namespace Qt::StringLiterals;

namespace leadloop {

namespace {

class FileSource final : public ByteSource
{
public:
    explicit FileSource(std::unique_ptr<QFile> file)
        : m_file(std::move(file))
        , m_size(m_file->size())
    {}
    qint64 read(char* data, qint64 max) override { return m_file->read(data, max); }
    qint64 position() const override { return m_file->pos(); }
    qint64 size() const override { return m_size; }
    QString errorString() const override { return m_file->errorString(); }

private:
    std::unique_ptr<QFile> m_file;
    qint64 m_size;
};

class GzipSource final : public ByteSource
{
public:
    GzipSource(gzFile file, qint64 size)
        : m_file(file)
        , m_size(size)
    {
        gzbuffer(m_file, 256 * 1024);
    }
    ~GzipSource() override { gzclose(m_file); }
    qint64 read(char* data, qint64 max) override
    {
        const int n = gzread(m_file, data, unsigned(qMin<qint64>(max, 1 << 30)));
        if (n < 0) {
            int code = 0;
            m_error = QString::fromUtf8(gzerror(m_file, &code));
        }
        return n;
    }
    qint64 position() const override { return gzoffset(m_file); }
    qint64 size() const override { return m_size; }
    QString errorString() const override { return m_error; }

private:
    gzFile m_file;
    qint64 m_size;
    QString m_error;
};

class SkippingSource final : public ByteSource
{
public:
    SkippingSource(std::unique_ptr<ByteSource> inner, qsizetype skip)
        : m_inner(std::move(inner))
        , m_skip(skip)
    {}
    qint64 read(char* data, qint64 max) override
    {
        while (m_skip > 0) {
            char discard[8];
            const qint64 n = m_inner->read(discard, qMin<qint64>(m_skip, sizeof discard));
            if (n <= 0)
                return n;
            m_skip -= n;
        }
        return m_inner->read(data, max);
    }
    qint64 position() const override { return m_inner->position(); }
    qint64 size() const override { return m_inner->size(); }
    QString errorString() const override { return m_inner->errorString(); }

private:
    std::unique_ptr<ByteSource> m_inner;
    qsizetype m_skip;
};

class TranscodingSource final : public ByteSource
{
public:
    TranscodingSource(std::unique_ptr<ByteSource> inner, const QByteArray& encoding, qsizetype skip)
        : m_inner(std::move(inner))
        , m_decoder(encoding.constData())
        , m_skip(skip)
    {}
    qint64 read(char* data, qint64 max) override
    {
        while (m_pending.size() - m_offset == 0) {
            QByteArray raw(256 * 1024, Qt::Uninitialized);
            const qint64 n = m_inner->read(raw.data(), raw.size());
            if (n <= 0)
                return n;
            raw.truncate(n);
            if (m_skip > 0) {
                const qsizetype drop = qMin<qsizetype>(m_skip, raw.size());
                raw.remove(0, drop);
                m_skip -= drop;
            }
            m_pending = QString(m_decoder.decode(raw)).toUtf8();
            m_offset = 0;
        }
        const qint64 n = qMin<qint64>(max, m_pending.size() - m_offset);
        std::memcpy(data, m_pending.constData() + m_offset, size_t(n));
        m_offset += n;
        return n;
    }
    qint64 position() const override { return m_inner->position(); }
    qint64 size() const override { return m_inner->size(); }
    QString errorString() const override { return m_inner->errorString(); }

private:
    std::unique_ptr<ByteSource> m_inner;
    QStringDecoder m_decoder;
    qsizetype m_skip;
    QByteArray m_pending;
    qsizetype m_offset = 0;
};

/// Lone '\r' and "\r\n" become '\n', also when a pair is split between two reads.
class LineBreakSource final : public ByteSource
{
public:
    explicit LineBreakSource(std::unique_ptr<ByteSource> inner)
        : m_inner(std::move(inner))
    {}
    qint64 read(char* data, qint64 max) override
    {
        while (true) {
            const qint64 n = m_inner->read(data, max);
            if (n <= 0)
                return n;
            qint64 out = 0;
            for (qint64 i = 0; i < n; ++i) {
                const char c = data[i];
                if (c == '\n' && m_afterCr) {
                    m_afterCr = false; // the '\n' of a "\r\n" already written as '\n'
                    continue;
                }
                m_afterCr = c == '\r';
                data[out++] = m_afterCr ? '\n' : c;
            }
            if (out > 0)
                return out; // a read of a lone '\n' after '\r' yields nothing: read on
        }
    }
    qint64 position() const override { return m_inner->position(); }
    qint64 size() const override { return m_inner->size(); }
    QString errorString() const override { return m_inner->errorString(); }

private:
    std::unique_ptr<ByteSource> m_inner;
    bool m_afterCr = false;
};

} // namespace

Result<std::unique_ptr<ByteSource>> ByteSources::open(const QString& path)
{
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly))
        return Error{
            ErrorCode::BadInput,
            tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file->errorString())};
    char magic[2] = {0, 0};
    const bool gzip =
        file->peek(magic, 2) == 2 && uchar(magic[0]) == 0x1f && uchar(magic[1]) == 0x8b;
    if (!gzip)
        return std::unique_ptr<ByteSource>(new FileSource(std::move(file)));
    const qint64 size = file->size();
    file->close();
    gzFile gz = gzopen(QFile::encodeName(path).constData(), "rb");
    if (!gz)
        return Error{ErrorCode::BadInput,
                     tr("Cannot read the compressed file %1.").arg(QDir::toNativeSeparators(path))};
    return std::unique_ptr<ByteSource>(new GzipSource(gz, size));
}

std::unique_ptr<ByteSource> ByteSources::transcoding(std::unique_ptr<ByteSource> source,
                                                     const QByteArray& encoding,
                                                     qsizetype skipBytes)
{
    return std::make_unique<TranscodingSource>(std::move(source), encoding, skipBytes);
}

std::unique_ptr<ByteSource> ByteSources::lfLineBreaks(std::unique_ptr<ByteSource> source)
{
    return std::make_unique<LineBreakSource>(std::move(source));
}

std::unique_ptr<ByteSource> ByteSources::skipping(std::unique_ptr<ByteSource> source,
                                                  qsizetype skipBytes)
{
    return skipBytes > 0 ? std::make_unique<SkippingSource>(std::move(source), skipBytes)
                         : std::move(source);
}

} // namespace leadloop
