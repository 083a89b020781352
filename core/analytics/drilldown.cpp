#include "drilldown.h"

#include "analytics/reportscope.h"
#include "sales/leadfilter.h"
#include "store/database.h"
#include "store/statement.h"

#include <algorithm>
#include <QDateTime>
#include <unordered_map>

using namespace Qt::StringLiterals;

namespace leadloop {

namespace {

/// Ascending, each once.
std::vector<qint64> sortedOnce(std::vector<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

} // namespace

Result<std::vector<qint64>> DrillDown::people(Database& db, const PathQuery& query,
                                              const std::optional<QString>& group,
                                              attribution::Model model,
                                              const attribution::Options& options)
{
    PathQuery q = query;
    q.withNonConverting = false;
    auto paths = ConversionPaths::build(db, q);
    if (!paths)
        return paths.error();
    const attribution::Model used = ConversionPaths::modelFor(model, q.dimension);
    const bool pathSet = used == attribution::Model::Markov || used == attribution::Model::Shapley;
    std::vector<qint64> out;
    for (const attribution::Path& p : *paths) {
        if (p.person <= 0 || p.conversions <= 0)
            continue;
        const bool kept =
            !q.filter.hasSessionFilter() ||
            std::any_of(p.touches.begin(), p.touches.end(), [](const attribution::Touch& t) {
                return ConversionPaths::inScope(t.channel);
            });
        if (!kept)
            continue;
        if (!group) {
            out.push_back(p.person);
            continue;
        }
        if (p.touches.empty()) {
            if (*group == u"(none)")
                out.push_back(p.person);
            continue;
        }
        const std::vector<double> weights = pathSet ? std::vector<double>(p.touches.size(), 1.0)
                                                    : attribution::touchWeights(used, p, options);
        for (size_t i = 0; i < p.touches.size(); ++i)
            if (weights[i] > 0 && p.touches[i].channel == *group) {
                out.push_back(p.person);
                break;
            }
    }
    return sortedOnce(std::move(out));
}

Result<std::vector<qint64>> DrillDown::funnelPeople(Database& db, FunnelReport::Query query,
                                                    const QString& group, const QString& stage)
{
    std::vector<qint64> out;
    query.observer = [&](qint64 person, const QString& g, const QString& s) {
        if (g == group && s == stage)
            out.push_back(person);
    };
    auto table = FunnelReport::run(db, query);
    if (!table)
        return table.error();
    return sortedOnce(std::move(out));
}

Result<std::vector<qint64>> DrillDown::customFunnelPeople(Database& db, CustomFunnel::Query query,
                                                          const QString& group, int step,
                                                          bool droppedOff, qint64* anonymous)
{
    if (query.definition.countSessions)
        return Error{ErrorCode::InvalidArgument,
                     tr("A funnel of sessions lists no people: count people to list them.")};
    // Each unit's furthest step in the group (steps are reached in turn: 0, 1, ...).
    std::unordered_map<qint64, int> furthest;
    query.observer = [&](qint64 unit, const QString& g, int k) {
        if (g == group)
            furthest[unit] = std::max(furthest[unit], k);
    };
    query.intervals = false;
    query.bootstrap = {};
    auto table = CustomFunnel::run(db, query);
    if (!table)
        return table.error();
    std::vector<qint64> out;
    qint64 unlisted = 0;
    for (const auto& [unit, k] : furthest) {
        const bool kept = droppedOff ? k == step - 1 : k >= step;
        if (!kept)
            continue;
        if (unit > 0)
            out.push_back(unit);
        else
            ++unlisted;
    }
    if (anonymous)
        *anonymous = unlisted;
    return sortedOnce(std::move(out));
}

Result<ResultTable> DrillDown::sessions(Database& db, const ReportFilter& filter, int limit)
{
    auto scope = ReportScope::load(db, filter);
    if (!scope)
        return scope.error();
    SqlParams params;
    const std::string sql =
        "SELECT s.id, s.started_at, v.cookie_id, l.contact_id, c.email, s.channel, " +
        *ConversionPaths::sessionExpression(u"source-medium"_s, "s.") + ", " +
        *ConversionPaths::sessionExpression(u"campaign"_s, "s.") + ", " +
        *ConversionPaths::sessionExpression(u"landing-page"_s, "s.") +
        ", s.pageviews, s.conversions FROM sessions s JOIN visitors v ON v.id = s.visitor_id "
        "LEFT JOIN identity_links l ON l.id = (SELECT id FROM identity_links WHERE visitor_id = "
        "s.visitor_id AND active = 1 ORDER BY linked_at LIMIT 1) LEFT JOIN contacts c ON c.id = "
        "l.contact_id WHERE (?1 IS NULL OR s.started_at >= ?1) AND (?2 IS NULL OR s.started_at "
        "<= ?2) AND " +
        filter.sessionCondition("s.", params) + " ORDER BY s.started_at DESC, s.id DESC";
    Statement rows(db.handle(), sql.c_str());
    rows.bind(1, filter.from).bind(2, filter.to);
    if (Status bound = params.bindTo(rows); !bound)
        return bound.error();
    ResultTable table;
    const ValueKind text = ValueKind::Text;
    table.addColumn(u"session"_s, tr("Session"), text);
    table.addColumn(u"started"_s, tr("Started (UTC)"), text);
    table.addColumn(u"visitor"_s, tr("Visitor"), text);
    table.addColumn(u"contact"_s, tr("Contact"), text);
    table.addColumn(u"channel"_s, tr("Channel"), text);
    table.addColumn(u"source_medium"_s, tr("Source / medium"), text);
    table.addColumn(u"campaign"_s, tr("Campaign"), text);
    table.addColumn(u"landing_page"_s, tr("Landing page"), text);
    table.addColumn(u"pageviews"_s, tr("Page views"), ValueKind::Count);
    table.addColumn(u"conversions"_s, tr("Conversions"), ValueKind::Count);
    qint64 total = 0;
    while (rows.next()) {
        const qint64 contact = rows.isNull(3) ? 0 : rows.int64(3);
        if (!scope->everyone() && (contact == 0 || !scope->contact(contact)))
            continue;
        if (++total > limit)
            continue;
        table.addRow(
            {rows.int64(0),
             QDateTime::fromMSecsSinceEpoch(rows.int64(1), Qt::UTC).toString(u"yyyy-MM-dd HH:mm"_s),
             rows.text(2), rows.text(4), rows.text(5), rows.text(6), rows.text(7), rows.text(8),
             rows.int64(9), rows.int64(10)});
    }
    if (Status read = rows.status(); !read)
        return read.error();
    table.meta = {{u"total"_s, total},
                  {u"shown"_s, qint64(table.rows.size())},
                  {u"filter"_s, filter.describe()}};
    return table;
}

Result<ResultTable> DrillDown::run(Database& db, const DrillRequest& request)
{
    const PathQuery& q = request.query;
    if (request.target == DrillRequest::Target::Sessions) {
        ReportFilter filter = q.filter;
        if (request.group) {
            const auto narrowed = filter.narrowed(q.dimension, *request.group);
            if (!narrowed)
                return Error{ErrorCode::InvalidArgument,
                             tr("'%1' has no sessions to list: it is not a value a filter can "
                                "name, or the other filters exclude it.")
                                 .arg(*request.group)};
            filter = *narrowed;
        }
        return sessions(db, filter, request.limit);
    }
    Result<std::vector<qint64>> people = std::vector<qint64>();
    qint64 anonymous = -1;
    if (request.customStep) {
        if (!request.group)
            return Error{ErrorCode::InvalidArgument, tr("A funnel step needs a group.")};
        anonymous = 0;
        people = customFunnelPeople(db, request.customStep->funnel, *request.group,
                                    request.customStep->step, request.customStep->droppedOff,
                                    &anonymous);
    } else if (!request.funnelStage.isEmpty()) {
        if (!request.group)
            return Error{ErrorCode::InvalidArgument, tr("A funnel stage needs a group.")};
        FunnelReport::Query funnel;
        funnel.dimension = q.dimension;
        funnel.position = request.model;
        funnel.filter = q.filter;
        people = funnelPeople(db, funnel, *request.group, request.funnelStage);
    } else {
        people = DrillDown::people(db, q, request.group, request.model, request.options);
    }
    if (!people)
        return people.error();
    auto rows = LeadList::load(db);
    if (!rows)
        return rows.error();
    LeadFilter kept;
    kept.contacts = std::move(*people);
    std::vector<LeadRow> shown;
    for (LeadRow& r : *rows)
        if (kept.matches(r))
            shown.push_back(std::move(r));
    ResultTable table = LeadList::table(shown, QDateTime::currentMSecsSinceEpoch());
    table.meta.insert(u"people"_s, qint64(kept.contacts->size()));
    if (anonymous >= 0)
        table.meta.insert(u"anonymous"_s, anonymous);
    table.meta.insert(u"filter"_s, q.filter.describe());
    return table;
}

} // namespace leadloop
