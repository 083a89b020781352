#include "sessionsummary.h"

#include "store/database.h"
#include "store/statement.h"

using namespace Qt::StringLiterals;

namespace leadloop {

QStringList SessionSummary::dimensions()
{
    return {u"channel"_s, u"source-medium"_s, u"campaign"_s, u"landing-page"_s, u"rule"_s};
}

Result<ResultTable> SessionSummary::byDimension(Database& db, const QString& dimension)
{
    QString key, title;
    const char* expression = nullptr;
    if (dimension == u"channel") {
        key = u"channel"_s;
        title = tr("Channel");
        expression = "channel";
    } else if (dimension == u"source-medium") {
        key = u"source_medium"_s;
        title = tr("Source / medium");
        expression = "source || ' / ' || medium";
    } else if (dimension == u"campaign") {
        key = u"campaign"_s;
        title = tr("Campaign");
        expression = "coalesce(campaign, '(not set)')";
    } else if (dimension == u"landing-page") {
        key = u"landing_page"_s;
        title = tr("Landing page");
        expression =
            "coalesce((SELECT path FROM urls WHERE urls.id = landing_url_id), '(not set)')";
    } else if (dimension == u"rule") {
        key = u"rule"_s;
        title = tr("Channel rule");
        expression = "coalesce(channel_rule, '(none)')";
    } else {
        return Error{
            ErrorCode::InvalidArgument,
            tr("--by takes one of %1, not '%2'.").arg(dimensions().join(u", "_s), dimension)};
    }
    const QByteArray sql = QByteArray("SELECT ") + expression +
                           " AS grp, count(*), count(DISTINCT visitor_id), sum(pageviews) FROM "
                           "sessions GROUP BY grp ORDER BY 2 DESC, grp";
    Statement query(db.handle(), sql.constData());
    if (!query.isValid())
        return Error{ErrorCode::Database, query.errorString()};
    ResultTable table;
    table.addColumn(key, title, ValueKind::Text);
    table.addColumn(u"sessions"_s, tr("Sessions"), ValueKind::Count);
    table.addColumn(u"visitors"_s, tr("Visitors"), ValueKind::Count);
    table.addColumn(u"pageviews"_s, tr("Page views"), ValueKind::Count);
    qint64 sessions = 0, pageviews = 0;
    while (query.next()) {
        table.addRow({query.text(0), query.int64(1), query.int64(2), query.int64(3)});
        sessions += query.int64(1);
        pageviews += query.int64(3);
    }
    if (Status read = query.status(); !read)
        return read.error();
    table.meta = {{u"by"_s, dimension}, {u"sessions"_s, sessions}, {u"pageviews"_s, pageviews}};
    return table;
}

} // namespace leadloop
