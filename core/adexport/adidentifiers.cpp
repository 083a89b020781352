#include "adidentifiers.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace leadloop {

QString AdIdentifiers::plainEmail(const QString& email)
{
    const QString e = email.trimmed().toLower();
    const qsizetype at = e.lastIndexOf(u'@');
    return at > 0 && at + 1 < e.size() ? e : QString();
}

QString AdIdentifiers::googleEmail(const QString& email)
{
    QString e = plainEmail(email);
    const qsizetype at = e.lastIndexOf(u'@');
    if (at < 0)
        return {};
    const QStringView domain = QStringView(e).mid(at + 1);
    if (domain == u"gmail.com" || domain == u"googlemail.com") {
        QString local = e.left(at);
        local.remove(u'.');
        e = local + e.mid(at);
    }
    return e;
}

QString AdIdentifiers::metaPhone(const QString& e164)
{
    return e164.startsWith(u'+') ? e164.mid(1) : e164;
}

QString AdIdentifiers::metaName(const QString& name)
{
    QString out;
    for (const QChar c : name.trimmed().toLower())
        if (c.isLetterOrNumber())
            out += c;
    return out;
}

QString AdIdentifiers::sha256(const QString& text)
{
    if (text.isEmpty())
        return {};
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace leadloop
