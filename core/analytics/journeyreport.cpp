#include "journeyreport.h"

#include "analytics/attributionmodels.h"
#include "analytics/conversionpaths.h"
#include "common/money.h"
#include "sales/leadresolver.h"
#include "store/database.h"
#include "store/statement.h"
#include "tracking/clickidtext.h"

#include <algorithm>
#include <cmath>
#include <QDateTime>

using namespace Qt::StringLiterals;

namespace leadloop {

namespace {

/// A line of the journey before it becomes a table row.
struct Line
{
    qint64 at;
    int order; // breaks ties: a session before its page views, a deal before its stages
    QString kind, detail, channel, sourceMedium, campaign, landingPage;
    QVariant pageviews, durationSeconds, value;
    QString clickIds = {}; ///< a session's ad click ids
};

QString timeText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

} // namespace

Result<Journey> JourneyReport::run(Database& db, const QString& leadText)
{
    auto lead = LeadResolver::resolve(db, leadText);
    if (!lead)
        return lead.error();
    if (!lead->contactId)
        return Error{ErrorCode::BadInput, tr("%1 names a deal without a lead.").arg(leadText)};
    const qint64 person = *lead->contactId;
    std::vector<Line> lines;

    Statement sessions(db.handle(),
                       "SELECT s.id, s.started_at, s.ended_at, s.channel, s.source || ' / ' || "
                       "s.medium, coalesce(s.campaign, ''), coalesce(s.landing_path, ''), "
                       "s.pageviews, v.cookie_id FROM session_details s JOIN visitors v ON v.id = "
                       "s.visitor_id WHERE s.visitor_id IN (SELECT visitor_id FROM identity_links "
                       "WHERE contact_id = ?1 AND active = 1)");
    // Each session's ad click ids (and Meta's _fbc), by session.
    QHash<qint64, std::vector<std::pair<QString, QString>>> clickIds;
    QHash<qint64, qint64> clickStarts;
    {
        Statement ids(db.handle(),
                      "SELECT c.session_id, s.started_at, c.kind, c.value FROM session_click_ids c "
                      "JOIN sessions s ON s.id = c.session_id WHERE s.visitor_id IN (SELECT "
                      "visitor_id FROM identity_links WHERE contact_id = ?1 AND active = 1) "
                      "ORDER BY c.session_id, c.kind");
        ids.bind(1, person);
        while (ids.next()) {
            clickIds[ids.int64(0)].emplace_back(ids.text(2), ids.text(3));
            clickStarts.insert(ids.int64(0), ids.int64(1));
        }
        if (Status read = ids.status(); !read)
            return read.error();
    }
    sessions.bind(1, person);
    while (sessions.next())
        lines.push_back({sessions.int64(1),
                         0,
                         u"session"_s,
                         tr("visitor %1").arg(sessions.text(8)),
                         sessions.text(3),
                         sessions.text(4),
                         sessions.text(5),
                         sessions.text(6),
                         sessions.int64(7),
                         (sessions.int64(2) - sessions.int64(1)) / 1000,
                         {},
                         ClickIdText::describe(clickIds.value(sessions.int64(0)),
                                               clickStarts.value(sessions.int64(0)))});
    if (Status read = sessions.status(); !read)
        return read.error();
    Statement pageviews(db.handle(),
                        "SELECT p.ts, coalesce(p.path, p.url, ''), coalesce(p.title, '') FROM "
                        "pageview_details p WHERE p.visitor_id IN (SELECT visitor_id FROM "
                        "identity_links WHERE contact_id = ?1 AND active = 1)");
    pageviews.bind(1, person);
    while (pageviews.next())
        lines.push_back({pageviews.int64(0),
                         1,
                         u"pageview"_s,
                         pageviews.text(2).isEmpty()
                             ? pageviews.text(1)
                             : pageviews.text(1) + u" — "_s + pageviews.text(2),
                         {},
                         {},
                         {},
                         {},
                         {},
                         {},
                         {}});
    if (Status read = pageviews.status(); !read)
        return read.error();
    Statement events(db.handle(), "SELECT ts, name, is_conversion, value_cents, coalesce(currency, "
                                  "'') FROM events WHERE visitor_id IN (SELECT visitor_id FROM "
                                  "identity_links WHERE contact_id = ?1 AND active = 1)");
    events.bind(1, person);
    while (events.next())
        lines.push_back({events.int64(0),
                         2,
                         events.int64(2) ? u"conversion"_s : u"event"_s,
                         events.text(1),
                         {},
                         {},
                         {},
                         {},
                         {},
                         {},
                         events.isNull(3)
                             ? QVariant()
                             : QVariant(formatCents(events.int64(3)) + u' ' + events.text(4))});
    if (Status read = events.status(); !read)
        return read.error();
    Statement identity(db.handle(),
                       // A link is shown when it took effect (the form's time), other
                       // decisions when they were made.
                       "SELECT coalesce(CASE WHEN g.action = 'link' THEN (SELECT l.linked_at "
                       "FROM identity_links l WHERE l.visitor_id = g.visitor_id AND l.contact_id "
                       "= g.contact_id) END, g.at), g.action, v.cookie_id, g.by_user, "
                       "coalesce(g.reason, '') "
                       "FROM identity_log g JOIN visitors v ON v.id = g.visitor_id WHERE "
                       "g.contact_id = ?1");
    identity.bind(1, person);
    while (identity.next())
        lines.push_back(
            {identity.int64(0),
             3,
             u"identity"_s,
             tr("%1 visitor %2 (%3)%4")
                 .arg(identity.text(1), identity.text(2), identity.text(3),
                      identity.text(4).isEmpty() ? QString() : u": "_s + identity.text(4)),
             {},
             {},
             {},
             {},
             {},
             {},
             {}});
    if (Status read = identity.status(); !read)
        return read.error();
    Statement contact(db.handle(), "SELECT created_at, coalesce(email, ''), coalesce(lead_source, "
                                   "'') FROM contacts WHERE id = ?1");
    contact.bind(1, person);
    if (contact.next())
        lines.push_back({contact.int64(0),
                         4,
                         u"lead"_s,
                         tr("became a lead: %1").arg(contact.text(1)),
                         {},
                         {},
                         {},
                         {},
                         {},
                         {},
                         {}});
    if (Status read = contact.status(); !read)
        return read.error();
    Statement deals(db.handle(), "SELECT id, created_at, coalesce(name, ''), amount_cents, "
                                 "coalesce(currency, '') FROM deals WHERE contact_id = ?1");
    deals.bind(1, person);
    while (deals.next())
        lines.push_back({deals.int64(1),
                         5,
                         u"deal"_s,
                         tr("deal %1 created: %2").arg(deals.int64(0)).arg(deals.text(2)),
                         {},
                         {},
                         {},
                         {},
                         {},
                         {},
                         deals.isNull(3)
                             ? QVariant()
                             : QVariant(formatCents(deals.int64(3)) + u' ' + deals.text(4))});
    if (Status read = deals.status(); !read)
        return read.error();
    Statement stages(db.handle(), "SELECT h.changed_at, h.deal_id, h.stage FROM deal_stage_history "
                                  "h JOIN deals d ON d.id = h.deal_id WHERE d.contact_id = ?1");
    stages.bind(1, person);
    while (stages.next())
        lines.push_back({stages.int64(0),
                         6,
                         u"stage"_s,
                         tr("deal %1 entered %2").arg(stages.int64(1)).arg(stages.text(2)),
                         {},
                         {},
                         {},
                         {},
                         {},
                         {},
                         {}});
    if (Status read = stages.status(); !read)
        return read.error();
    Statement outcomes(db.handle(),
                       "SELECT e.at, e.deal_id, e.old_outcome, e.new_outcome, e.by_user, "
                       "e.origin, coalesce(e.reason, ''), e.amount_cents, coalesce(e.currency, '') "
                       "FROM outcome_events e JOIN deals d ON d.id = e.deal_id WHERE d.contact_id "
                       "= ?1");
    outcomes.bind(1, person);
    while (outcomes.next())
        lines.push_back(
            {outcomes.int64(0),
             7,
             u"outcome"_s,
             tr("deal %1: %2 → %3 by %4 (%5)%6")
                 .arg(outcomes.int64(1))
                 .arg(outcomes.text(2), outcomes.text(3), outcomes.text(4), outcomes.text(5),
                      outcomes.text(6).isEmpty() ? QString() : u", "_s + outcomes.text(6)),
             {},
             {},
             {},
             {},
             {},
             {},
             outcomes.isNull(7)
                 ? QVariant()
                 : QVariant(formatCents(outcomes.int64(7)) + u' ' + outcomes.text(8))});
    if (Status read = outcomes.status(); !read)
        return read.error();
    std::stable_sort(lines.begin(), lines.end(), [](const Line& a, const Line& b) {
        return a.at != b.at ? a.at < b.at : a.order < b.order;
    });

    Journey journey;
    ResultTable& table = journey.events;
    for (const auto& [key, title] :
         {std::pair{u"at"_s, tr("When (UTC)")}, std::pair{u"kind"_s, tr("What")},
          std::pair{u"detail"_s, tr("Detail")}, std::pair{u"channel"_s, tr("Channel")},
          std::pair{u"source_medium"_s, tr("Source / medium")},
          std::pair{u"campaign"_s, tr("Campaign")},
          std::pair{u"landing_page"_s, tr("Landing page")},
          std::pair{u"pageviews"_s, tr("Page views")},
          std::pair{u"duration_seconds"_s, tr("Duration (s)")}, std::pair{u"value"_s, tr("Value")},
          std::pair{u"click_ids"_s, tr("Ad click ids")}})
        table.addColumn(key, title, ValueKind::Text);
    table.setKind({u"pageviews"_s, u"duration_seconds"_s}, ValueKind::Count);
    table.setKind({u"value"_s}, ValueKind::Money);
    for (const Line& l : lines)
        table.addRow({timeText(l.at), l.kind, l.detail, l.channel, l.sourceMedium, l.campaign,
                      l.landingPage, l.pageviews, l.durationSeconds, l.value, l.clickIds});

    // The credit of the person's latest kind of conversion: customer when a deal was won, else
    // lead. Markov and Shapley weigh each touch by its channel's weight over the whole workspace.
    PathQuery query;
    query.person = person;
    query.kind = ConversionKind::Customer;
    auto paths = ConversionPaths::build(db, query);
    if (!paths)
        return paths.error();
    if (paths->empty()) {
        query.kind = ConversionKind::Lead;
        paths = ConversionPaths::build(db, query);
        if (!paths)
            return paths.error();
    }
    ResultTable& credit = journey.credit;
    credit.addColumn(u"touch"_s, tr("Touch (UTC)"), ValueKind::Text);
    credit.addColumn(u"channel"_s, tr("Channel"), ValueKind::Text);
    QList<attribution::Model> models = attribution::allModels();
    for (attribution::Model m : models) // each touch's share of the conversion
        credit.addColumn(attribution::modelId(m), attribution::modelId(m), ValueKind::Percent);
    if (!paths->empty() && !paths->front().touches.empty()) {
        const attribution::Path& path = paths->front();
        std::vector<std::vector<double>> weights;
        for (attribution::Model m : models) {
            if (m != attribution::Model::Markov && m != attribution::Model::Shapley) {
                weights.push_back(attribution::touchWeights(m, path));
                continue;
            }
            PathQuery all;
            all.kind = query.kind;
            all.withNonConverting = true;
            all.mergeNonConverting = true;
            auto everyone = ConversionPaths::build(db, all);
            if (!everyone)
                return everyone.error();
            const auto shares = attribution::credit(m, *everyone);
            std::vector<double> w;
            double sum = 0;
            for (const attribution::Touch& t : path.touches) {
                const auto it = shares.find(t.channel);
                w.push_back(it == shares.end() ? 0.0 : std::max(0.0, it->second.conversions));
                sum += w.back();
            }
            for (double& x : w)
                x = sum > 0 ? x / sum : 1.0 / double(w.size());
            weights.push_back(w);
        }
        for (size_t i = 0; i < path.touches.size(); ++i) {
            QVariantList row{timeText(path.touches[i].at), path.touches[i].channel};
            for (const auto& w : weights)
                row << std::round(w[i] * 10000) / 10000;
            credit.addRow(row);
        }
    }
    credit.meta = {
        {u"conversion"_s, query.kind == ConversionKind::Customer ? u"customer"_s : u"lead"_s},
        {u"value"_s, paths->empty() ? 0.0 : paths->front().value}};
    table.meta = {{u"lead"_s, leadText},
                  {u"contact"_s, person},
                  {u"email"_s, lead->email},
                  {u"events"_s, table.rows.size()}};
    return journey;
}

} // namespace leadloop
