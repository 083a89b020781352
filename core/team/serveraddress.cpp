#include "serveraddress.h"

#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace leadloop {

Result<ServerAddress> ServerAddress::parse(const QString& text)
{
    const QString trimmed = text.trimmed();
    QUrl url(trimmed, QUrl::StrictMode);
    const QString scheme = url.scheme();
    if (!url.isValid() || (scheme != u"postgresql" && scheme != u"postgres"))
        return Error{ErrorCode::BadInput,
                     tr("%1 is not a PostgreSQL server address; write it as "
                        "postgresql://user@host:port/database.")
                         .arg(QUrl(trimmed).toDisplayString(QUrl::RemovePassword))};
    ServerAddress address;
    address.m_database = url.path().mid(1);
    if (address.m_database.isEmpty() || address.m_database.contains(u'/'))
        return Error{ErrorCode::BadInput,
                     tr("The server address %1 names no database; add it after the last slash.")
                         .arg(url.toDisplayString(QUrl::RemovePassword))};
    address.m_user = url.userName();
    // A host in the query (host=/path/to/socket) is how a Unix socket is named in a URI.
    if (address.m_user.isEmpty())
        address.m_user = QUrlQuery(url).queryItemValue(u"user"_s);
    url.setPassword(QString());
    address.m_uri = url.toString(QUrl::RemovePassword);
    return address;
}

} // namespace leadloop
