#include "clickidtext.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace leadloop {

QString ClickIdText::fbc(qint64 clickMs, const QString& fbclid)
{
    return u"fb.1.%1.%2"_s.arg(clickMs).arg(fbclid);
}

QString ClickIdText::describe(const std::vector<std::pair<QString, QString>>& clickIds,
                              qint64 startedMs)
{
    QStringList parts;
    for (const auto& [kind, value] : clickIds) {
        QString part = kind + u'=' + value;
        if (kind == u"fbclid"_s)
            part += u" (_fbc "_s + fbc(startedMs, value) + u')';
        parts.append(part);
    }
    return parts.join(u"; "_s);
}

} // namespace leadloop
