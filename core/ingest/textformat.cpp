#include "textformat.h"

#include <algorithm>
#include <array>
#include <map>
#include <QList>
#include <QStringDecoder>
#include <string_view>

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

namespace {

/// Letters the markets' languages write beyond ASCII: Polish, Czech and Slovak, Swedish, Dutch,
/// German, French, Spanish; Cyrillic letters are counted on their own.
bool isCommonLatinLetter(char16_t c)
{
    static const std::u16string_view letters =
        u"ąćęłńóśźżĄĆĘŁŃÓŚŹŻěščřžýůťďňĚŠČŘŽÝŮŤĎŇåäöÅÄÖëïéèêàâçôûùîüßœñáíúÉÈÊÀÂÇÔÛÙÎÜŒÑÁÍÚ";
    return letters.find(c) != std::u16string_view::npos;
}

bool isCyrillic(char16_t c)
{
    return (c >= 0x0410 && c <= 0x044F) || c == 0x0401 || c == 0x0451;
}

/// How plausible the text is as the markets' languages when decoded with one code page: common
/// letters count for it; symbols where letters would be, control characters, runs of three or
/// more non-ASCII letters in Latin text and words with a lower-case letter before an upper-case
/// one (Cyrillic in the wrong one of windows-1251 and KOI8-R) count against it.
double plausibility(const QString& text)
{
    double score = 0;
    int nonAsciiRun = 0;
    bool cyrillicRun = true;
    QChar previous;
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (c < 0x80) {
            nonAsciiRun = 0;
            previous = ch;
            continue;
        }
        if (ch.category() == QChar::Other_Control || c == 0xFFFD) {
            score -= 10;
        } else if (isCyrillic(c)) {
            score += 2;
        } else if (isCommonLatinLetter(c)) {
            score += 2;
        } else if (!ch.isLetter()) {
            score -= 2; // '¹', '³', '¿', '±' where 'ą', 'ł', 'ż' belong
        }
        if (ch.isLetter()) {
            cyrillicRun = nonAsciiRun == 0 ? isCyrillic(c) : cyrillicRun && isCyrillic(c);
            ++nonAsciiRun;
            if (nonAsciiRun >= 3 && !cyrillicRun)
                score -= 3; // Latin words are mostly ASCII letters
            if (previous.isLetter() && previous.isLower() && ch.isUpper())
                score -= 1.5;
        } else {
            nonAsciiRun = 0;
        }
        previous = ch;
    }
    return score;
}

} // namespace

QByteArray singleByteEncoding(QByteArrayView bytes)
{
    // Only lines with non-ASCII bytes say anything; a sample of them keeps this quick.
    QByteArray sample;
    for (qsizetype i = 0; i < bytes.size() && sample.size() < 64 * 1024; ++i)
        if (uchar(bytes[i]) >= 0x80) {
            const qsizetype from = std::max<qsizetype>(0, i - 16);
            const qsizetype to = std::min<qsizetype>(bytes.size(), i + 16);
            sample.append(bytes.sliced(from, to - from)).append(' ');
            i = to;
        }
    QByteArray best = "windows-1252";
    double bestScore = -1e300;
    for (const char* candidate :
         {"windows-1252", "windows-1250", "ISO-8859-2", "windows-1251", "KOI8-R"}) {
        const double score = plausibility(QString(QStringDecoder(candidate).decode(sample)));
        if (score > bestScore) {
            bestScore = score;
            best = candidate;
        }
    }
    return best;
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
    // UTF-16 without a BOM: the high byte of each code unit is 0x00 for ASCII and 0x00-0x05 for
    // Latin and Cyrillic letters, so one of the two byte positions is nearly all of them.
    const qsizetype sampled = qMin<qsizetype>(n, 4096) & ~qsizetype(1);
    qsizetype lowEven = 0, lowOdd = 0, zeros = 0;
    for (qsizetype i = 0; i < sampled; ++i) {
        if (p[i] <= 0x05)
            ++(i % 2 ? lowOdd : lowEven);
        zeros += p[i] == 0;
    }
    const qsizetype half = sampled / 2;
    if (half >= 4 && zeros > 0) {
        if (lowOdd * 10 >= half * 9 && lowEven * 2 < half)
            return "UTF-16LE";
        if (lowEven * 10 >= half * 9 && lowOdd * 2 < half)
            return "UTF-16BE";
    }
    if (isValidUtf8(head))
        return "UTF-8";

    return singleByteEncoding(head);
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

bool hasCrLineBreaks(QByteArrayView text)
{
    qsizetype lf = 0, loneCr = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == '\n')
            ++lf;
        else if (text[i] == '\r' && (i + 1 == text.size() || text[i + 1] != '\n'))
            ++loneCr;
    }
    return loneCr > lf;
}

QByteArray lfLineBreaks(QByteArrayView text)
{
    QByteArray out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] != '\r')
            out.append(text[i]);
        else if (i + 1 == text.size() || text[i + 1] != '\n')
            out.append('\n');
    }
    return out;
}

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
