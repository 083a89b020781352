#include "textformat.h"

#include <algorithm>
#include <array>
#include <map>
#include <QList>

namespace leadloop {

bool isValidUtf8(QByteArrayView bytes)
{
    const auto* p = reinterpret_cast<const uchar*>(bytes.data());
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n;) {
        const uchar c = p[i];
        int extra = 0;
        if (c < 0x80)
            extra = 0;
        else if (c >= 0xC2 && c <= 0xDF)
            extra = 1;
        else if (c >= 0xE0 && c <= 0xEF)
            extra = 2;
        else if (c >= 0xF0 && c <= 0xF4)
            extra = 3;
        else
            return false;
        if (i + extra >= n)
            return true; // cut off at the end of the sample
        for (int k = 1; k <= extra; ++k)
            if ((p[i + k] & 0xC0) != 0x80)
                return false;
        i += extra + 1;
    }
    return true;
}

QByteArray detectEncoding(QByteArrayView head, int* bomLength)
{
    const auto* p = reinterpret_cast<const uchar*>(head.data());
    const qsizetype n = head.size();
    *bomLength = 0;
    if (n >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF) {
        *bomLength = 3;
        return "UTF-8";
    }
    if (n >= 2 && p[0] == 0xFF && p[1] == 0xFE) {
        *bomLength = 2;
        return "UTF-16LE";
    }
    if (n >= 2 && p[0] == 0xFE && p[1] == 0xFF) {
        *bomLength = 2;
        return "UTF-16BE";
    }
    qsizetype zeroEven = 0, zeroOdd = 0;
    for (qsizetype i = 0; i < qMin<qsizetype>(n, 4096); ++i)
        if (p[i] == 0)
            ++(i % 2 ? zeroOdd : zeroEven);
    if (zeroOdd > n / 8 && zeroOdd > 4 * zeroEven)
        return "UTF-16LE";
    if (zeroEven > n / 8 && zeroEven > 4 * zeroOdd)
        return "UTF-16BE";
    if (isValidUtf8(head))
        return "UTF-8";

    qsizetype ascii = 0, high = 0, polish = 0, western = 0;
    // Bytes that are Polish letters in windows-1250 but symbols in windows-1252, and the reverse.
    static constexpr std::array<uchar, 15> polishBytes{
        0xB9, 0xB3, 0x9C, 0xBF, 0x9F, 0xEA, 0xA5, 0xA3, 0x8C, 0xAF, 0xE6, 0xF1, 0xCA, 0xC6, 0xD1};
    static constexpr std::array<uchar, 8> westernBytes{0xE5, 0xC5, 0xE8, 0xE0,
                                                       0xFC, 0xE7, 0xF8, 0xD8};
    for (qsizetype i = 0; i < n; ++i) {
        const uchar c = p[i];
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
            ++ascii;
        else if (c >= 0x80) {
            ++high;
            if (std::find(polishBytes.begin(), polishBytes.end(), c) != polishBytes.end())
                ++polish;
            if (std::find(westernBytes.begin(), westernBytes.end(), c) != westernBytes.end())
                ++western;
        }
    }
    // Cyrillic text is mostly non-ASCII letters; Latin text with diacritics is mostly ASCII.
    if (high * 2 > ascii)
        return "windows-1251";
    return polish > western ? "windows-1250" : "windows-1252";
}

namespace {

/// Field counts per line for one delimiter, respecting quotes, over the first lines.
QList<int> fieldCounts(QByteArrayView text, char delimiter, int maxLines)
{
    QList<int> counts;
    int fields = 1;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size() && counts.size() < maxLines; ++i) {
        const char c = text[i];
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && c == delimiter)
            ++fields;
        else if (!quoted && c == '\n') {
            counts.append(fields);
            fields = 1;
        }
    }
    return counts;
}

} // namespace

char detectDelimiter(QByteArrayView head, bool* sepLine)
{
    *sepLine = false;
    if (head.size() >= 5 && (head.startsWith("sep=") || head.startsWith("SEP=")) &&
        (head.size() == 5 || head[5] == '\n' || head[5] == '\r')) {
        *sepLine = true;
        return head[4] == 't' ? '\t' : head[4];
    }
    char best = ',';
    double bestScore = 0;
    for (char candidate : {',', ';', '\t', '|'}) {
        const QList<int> counts = fieldCounts(head, candidate, 50);
        if (counts.isEmpty())
            continue;
        std::map<int, int> frequency;
        for (int c : counts)
            ++frequency[c];
        const auto mode = std::max_element(frequency.begin(), frequency.end(),
                                           [](auto a, auto b) { return a.second < b.second; });
        if (mode->first < 2)
            continue;
        // Consistency first, then more fields: a header of 12 ';' beats 2 stray commas.
        const double score = double(mode->second) / counts.size() * 1000 + mode->first;
        if (score > bestScore) {
            bestScore = score;
            best = candidate;
        }
    }
    return best;
}

} // namespace leadloop
