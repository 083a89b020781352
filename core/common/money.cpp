#include "money.h"

using namespace Qt::StringLiterals;

namespace leadloop {

std::optional<qint64> parseMoneyCents(QStringView text)
{
    QString s;
    s.reserve(text.size());
    for (QChar c : text)
        if (!c.isSpace() && c != u'\'' && c != u'\u2019' && c != u'\u00a0' && c != u'\u202f')
            s.append(c);
    bool negative = false;
    if (s.startsWith(u'-') || s.startsWith(u'+')) {
        negative = s.front() == u'-';
        s.remove(0, 1);
    }
    if (s.isEmpty())
        return std::nullopt;
    qsizetype decimal = -1;
    const qsizetype last = std::max(s.lastIndexOf(u'.'), s.lastIndexOf(u','));
    if (last >= 0) {
        const qsizetype after = s.size() - last - 1;
        const QStringView whole = QStringView(s).left(last);
        const bool grouping = after == 3 && whole != u"0" && !whole.isEmpty();
        if (!grouping)
            decimal = last;
    }
    const QStringView whole = decimal >= 0 ? QStringView(s).left(decimal) : QStringView(s);
    const QString fraction = decimal >= 0 ? s.mid(decimal + 1) : QString();
    // The whole part: digits, or groups of three after a first group of one to three, all split
    // by the same separator, which is not the decimal one.
    QString digits;
    QChar group;
    qsizetype groupDigits = 0;
    bool grouped = false;
    for (QChar c : whole) {
        if (c == u'.' || c == u',') {
            if ((!group.isNull() && c != group) || (decimal >= 0 && c == s[decimal]))
                return std::nullopt;
            if (groupDigits == 0 || groupDigits > 3 || (grouped && groupDigits != 3))
                return std::nullopt;
            group = c;
            grouped = true;
            groupDigits = 0;
            continue;
        }
        if (c.unicode() < u'0' || c.unicode() > u'9')
            return std::nullopt;
        digits.append(c);
        ++groupDigits;
    }
    if (grouped && groupDigits != 3)
        return std::nullopt;
    for (QChar c : fraction)
        if (c.unicode() < u'0' || c.unicode() > u'9')
            return std::nullopt;
    if (digits.isEmpty() && fraction.isEmpty())
        return std::nullopt;
    if (digits.size() > 15)
        return std::nullopt; // beyond what cents in 64 bits hold comfortably
    qint64 cents = digits.isEmpty() ? 0 : digits.toLongLong() * 100;
    const QString two = (fraction + u"00"_s).left(2);
    cents += two.toLongLong();
    if (fraction.size() > 2 && fraction[2] >= u'5')
        cents += 1; // half away from zero (the sign is applied below)
    return negative ? -cents : cents;
}

QString formatCents(qint64 cents)
{
    const bool negative = cents < 0;
    const quint64 magnitude = negative ? quint64(-(cents + 1)) + 1 : quint64(cents);
    return (negative ? u"-"_s : QString()) + QString::number(magnitude / 100) + u'.' +
           QString::number(magnitude % 100).rightJustified(2, u'0');
}

} // namespace leadloop
