#include "textfile.h"

#include <QDir>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace leadloop {

Result<TextHead> TextFiles::detect(const QString& path, const QByteArray& encoding, char delimiter)
{
    auto source = ByteSources::open(path);
    if (!source)
        return source.error();
    QByteArray head(HeadBytes, Qt::Uninitialized);
    const qint64 n = (*source)->read(head.data(), head.size());
    if (n < 0)
        return Error{
            ErrorCode::BadInput,
            tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), (*source)->errorString())};
    head.truncate(n);
    TextHead out;
    if (head.startsWith("PK\x03\x04")) { // a zip archive: an .xlsx workbook
        out.zip = true;
        return out;
    }
    TextFormat& format = out.format;
    int bom = 0;
    const QByteArray detected = detectEncoding(head, &bom);
    format.encoding = encoding.isEmpty() ? detected : encoding;
    format.bomLength = format.encoding == detected ? bom : 0;
    if (!QStringDecoder(format.encoding.constData()).isValid())
        return Error{ErrorCode::BadInput, tr("--encoding: '%1' is not an encoding LeadLoop knows.")
                                              .arg(QString::fromLatin1(format.encoding))};
    out.utf8 = head.mid(format.bomLength);
    if (format.encoding != "UTF-8")
        out.utf8 = QString(QStringDecoder(format.encoding.constData()).decode(out.utf8)).toUtf8();
    format.crLineBreaks = hasCrLineBreaks(out.utf8);
    if (format.crLineBreaks)
        out.utf8 = lfLineBreaks(out.utf8);
    bool sepLine = false;
    const char detectedDelimiter = detectDelimiter(out.utf8, &sepLine);
    format.sepLine = sepLine;
    format.delimiter = delimiter ? delimiter : detectedDelimiter;
    return out;
}

Result<std::unique_ptr<ByteSource>> TextFiles::open(const QString& path, const TextFormat& format)
{
    auto source = ByteSources::open(path);
    if (!source)
        return source.error();
    std::unique_ptr<ByteSource> text =
        format.encoding == "UTF-8"
            ? ByteSources::skipping(std::move(*source), format.bomLength)
            : ByteSources::transcoding(std::move(*source), format.encoding, format.bomLength);
    if (format.crLineBreaks)
        text = ByteSources::lfLineBreaks(std::move(text));
    return text;
}

} // namespace leadloop
