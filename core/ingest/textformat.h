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
};

/// Guesses the encoding from the first bytes: a BOM (UTF-8, UTF-16 LE/BE), UTF-16 without a BOM
/// by its zero bytes, valid UTF-8, else the Windows code page Excel would have used: windows-1251
/// for Cyrillic text, windows-1250 when Polish letters are likelier than Western ones, otherwise
/// windows-1252 (docs/import.md).
QByteArray detectEncoding(QByteArrayView head, int* bomLength);

/// Guesses the delimiter among ',', ';', tab and '|' from the first lines of UTF-8 text: the one
/// that splits the lines into the same number (more than one) of fields most consistently.
/// An Excel "sep=X" first line decides by itself and sets `sepLine`.
char detectDelimiter(QByteArrayView utf8Head, bool* sepLine);

/// Whether `bytes` is valid UTF-8 (a sequence cut off at the very end is allowed).
bool isValidUtf8(QByteArrayView bytes);

} // namespace leadloop
