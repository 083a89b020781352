#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace leadloop {

/// How a delimited text file is written: its encoding (a name QStringDecoder knows), the length of
/// its byte-order mark, its delimiter, and whether it starts with Excel's "sep=X" line.
struct TextFormat
{
    QByteArray encoding = "UTF-8";
    int bomLength = 0;
    char delimiter = ',';
    bool sepLine = false;
    bool crLineBreaks = false; ///< lines end in a lone '\r' (Excel's "CSV (Macintosh)")
};

/// Guesses the encoding from the first bytes: a BOM (UTF-8, UTF-16 LE/BE), UTF-16 without a BOM
/// by its zero bytes, valid UTF-8, else the single-byte code page whose letters are the most
/// plausible (singleByteEncoding; docs/import.md).
QByteArray detectEncoding(QByteArrayView head, int* bomLength);

/// The code page among windows-1252, windows-1250, ISO-8859-2, windows-1251 and KOI8-R that
/// turns the non-ASCII bytes into the most plausible letters of the markets' languages: Polish,
/// Czech, Swedish, Dutch, German, French, Spanish and Russian text each comes out as itself.
QByteArray singleByteEncoding(QByteArrayView bytes);

/// Guesses the delimiter among ',', ';', tab and '|' from the first lines of UTF-8 text: the one
/// that splits the lines into the same number (more than one) of fields most consistently.
/// An Excel "sep=X" first line decides by itself and sets `sepLine`.
char detectDelimiter(QByteArrayView utf8Head, bool* sepLine);

/// Whether `bytes` is valid UTF-8 (a sequence cut off at the very end is allowed).
bool isValidUtf8(QByteArrayView bytes);

/// Whether the text's lines end in a lone '\r' rather than '\n' or "\r\n": more lone CRs than
/// LFs.
bool hasCrLineBreaks(QByteArrayView text);
/// The text with every lone '\r' and every "\r\n" turned into '\n'.
QByteArray lfLineBreaks(QByteArrayView text);

} // namespace leadloop
