#include "customfunnel.h"

#include "conversionpaths.h"
#include "persongroups.h"
#include "proportions.h"
#include "quantile.h"
#include "ratebootstrap.h"
#include "store/database.h"
#include "store/statement.h"
#include "visitorcontacts.h"

#include <algorithm>
#include <climits>
#include <cmath>
#include <map>
#include <unordered_map>
#include <unordered_set>

using namespace Qt::StringLiterals;

namespace leadloop {

namespace {

/// A step the CRM gives no time for (a lifecycle stage): it holds whenever it is reached.
constexpr qint64 Timeless = LLONG_MIN;
constexpr double HourMs = 3600.0 * 1000.0;

/// Where a step happened: to a visitor (web steps; its session too) or a contact (CRM steps).
struct Occurrence
{
    qint64 visitor = 0, session = 0, contact = 0;
    qint64 at = 0;
};

/// The SQL of a step's occurrences, with its parameters.
Result<std::vector<Occurrence>> occurrences(Database& db, const FunnelStep& step)
{
    std::string sql;
    QStringList params;
    bool web = true;
    switch (step.type) {
    case FunnelStep::Type::Page: // read for every page step at once (pageOccurrences)
        return std::vector<Occurrence>{};
    case FunnelStep::Type::Event:
        sql = "SELECT visitor_id, coalesce(session_id, 0), ts FROM events WHERE name = ?1";
        params << step.name;
        break;
    case FunnelStep::Type::Form:
        sql = "SELECT visitor_id, coalesce(session_id, 0), ts FROM events WHERE email IS NOT "
              "NULL AND email <> ''";
        break;
    case FunnelStep::Type::Session: {
        const auto expression = ConversionPaths::sessionExpression(step.dimension, "s.");
        if (!expression)
            return Error{ErrorCode::BadInput,
                         CustomFunnel::tr("A session step cannot match %1.").arg(step.dimension)};
        sql = "SELECT s.visitor_id, s.id, s.started_at FROM sessions s WHERE " + *expression +
              " = ?1";
        params << step.value;
        break;
    }
    case FunnelStep::Type::Visit:
        sql = "SELECT visitor_id, id, started_at FROM sessions";
        break;
    case FunnelStep::Type::Lead:
        web = false;
        sql = "SELECT id, created_at FROM contacts";
        break;
    case FunnelStep::Type::Lifecycle:
        web = false;
        sql = "SELECT id, created_at FROM contacts WHERE lower(lifecycle_stage) = lower(?1)";
        params << step.stage;
        break;
    case FunnelStep::Type::Opportunity:
        web = false;
        sql = "SELECT contact_id, created_at FROM deals WHERE contact_id IS NOT NULL";
        break;
    case FunnelStep::Type::DealStage:
        web = false;
        sql = "SELECT d.contact_id, h.changed_at FROM deal_stage_history h JOIN deals d ON d.id "
              "= h.deal_id WHERE d.contact_id IS NOT NULL AND lower(h.stage) = lower(?1)";
        params << step.stage;
        break;
    case FunnelStep::Type::Won:
    case FunnelStep::Type::Lost:
        web = false;
        sql = step.type == FunnelStep::Type::Won
                  ? "SELECT contact_id, coalesce(closed_at, created_at) FROM deals WHERE "
                    "contact_id IS NOT NULL AND outcome = 'won'"
                  : "SELECT contact_id, coalesce(closed_at, created_at) FROM deals WHERE "
                    "contact_id IS NOT NULL AND outcome = 'lost'";
        break;
    }
    Statement query(db.handle(), sql.c_str());
    for (qsizetype i = 0; i < params.size(); ++i)
        query.bind(int(i + 1), params[i]);
    std::vector<Occurrence> out;
    while (query.next()) {
        Occurrence o;
        if (web) {
            o.visitor = query.int64(0);
            o.session = query.int64(1);
            o.at = query.int64(2);
        } else {
            o.contact = query.int64(0);
            o.at = step.type == FunnelStep::Type::Lifecycle ? Timeless : query.int64(1);
        }
        out.push_back(o);
    }
    if (Status read = query.status(); !read)
        return read.error();
    return out;
}

/// The ids of the URLs (path or whole URL) or titles that each of several patterns matches, in
/// one pass over the table: `columns[k]` GLOB `patterns[k]`, SQLite's own rule (case matters).
Result<std::vector<std::unordered_set<qint64>>> matchingIds(Database& db, const char* table,
                                                            const QStringList& columns,
                                                            const QStringList& patterns)
{
    std::vector<std::unordered_set<qint64>> ids(size_t(patterns.size()));
    if (patterns.isEmpty())
        return ids;
    QStringList tests;
    for (qsizetype k = 0; k < patterns.size(); ++k)
        tests << u"(%1 GLOB ?%2)"_s.arg(columns[k]).arg(k + 1);
    const std::string sql = (u"SELECT id, "_s + tests.join(u", "_s) + u" FROM "_s +
                             QString::fromLatin1(table) + u" WHERE "_s + tests.join(u" OR "_s))
                                .toStdString();
    Statement query(db.handle(), sql.c_str());
    for (qsizetype k = 0; k < patterns.size(); ++k)
        query.bind(int(k + 1), patterns[k]);
    while (query.next())
        for (qsizetype k = 0; k < patterns.size(); ++k)
            if (query.int64(int(k + 1)) != 0)
                ids[size_t(k)].insert(query.int64(0));
    if (Status read = query.status(); !read)
        return read.error();
    return ids;
}

/// The occurrences of every page step at once: one pass over the URLs and one over the titles
/// for all the steps' patterns, then the matching page views, each checked against each step's
/// URLs and titles (a funnel of three page steps reads the page views once, not three times).
Result<std::vector<std::vector<Occurrence>>> pageOccurrences(Database& db,
                                                             const std::vector<FunnelStep>& steps)
{
    struct Matcher
    {
        std::optional<std::unordered_set<qint64>> urls, titles;
    };
    std::vector<Matcher> matchers(steps.size());
    std::unordered_set<qint64> anyUrl, anyTitle;
    QStringList urlColumns, urlPatterns, titleColumns, titlePatterns;
    std::vector<size_t> urlStep, titleStep;
    bool titleOnly = false;
    for (size_t i = 0; i < steps.size(); ++i) {
        const FunnelStep& step = steps[i];
        if (!step.pattern.isEmpty()) {
            urlColumns << (step.pattern.startsWith(u'/') ? u"path"_s : u"url"_s);
            urlPatterns << step.pattern;
            urlStep.push_back(i);
        }
        if (!step.title.isEmpty()) {
            titleColumns << u"title"_s;
            titlePatterns << step.title;
            titleStep.push_back(i);
            titleOnly = titleOnly || step.pattern.isEmpty();
        }
    }
    auto urlIds = matchingIds(db, "urls", urlColumns, urlPatterns);
    if (!urlIds)
        return urlIds.error();
    for (size_t k = 0; k < urlStep.size(); ++k) {
        anyUrl.insert((*urlIds)[k].begin(), (*urlIds)[k].end());
        matchers[urlStep[k]].urls = std::move((*urlIds)[k]);
    }
    auto titleIds = matchingIds(db, "page_titles", titleColumns, titlePatterns);
    if (!titleIds)
        return titleIds.error();
    for (size_t k = 0; k < titleStep.size(); ++k) {
        anyTitle.insert((*titleIds)[k].begin(), (*titleIds)[k].end());
        matchers[titleStep[k]].titles = std::move((*titleIds)[k]);
    }
    const auto asJson = [](const std::unordered_set<qint64>& ids) {
        QStringList numbers;
        for (const qint64 id : ids)
            numbers << QString::number(id);
        return u'[' + numbers.join(u',') + u']';
    };
    std::vector<std::vector<Occurrence>> out(steps.size());
    if (anyUrl.empty() && anyTitle.empty())
        return out;
    // A view a step matches has one of the URLs asked for, unless a step asks for a title only.
    Statement query(db.handle(),
                    titleOnly ? "SELECT s.visitor_id, s.id, p.ts, coalesce(p.url_id, 0), "
                                "coalesce(p.title_id, 0) FROM pageviews p JOIN sessions s ON "
                                "s.id = p.session_id WHERE p.url_id IN (SELECT value FROM "
                                "json_each(?1)) OR p.title_id IN (SELECT value FROM json_each(?2))"
                              : "SELECT s.visitor_id, s.id, p.ts, coalesce(p.url_id, 0), "
                                "coalesce(p.title_id, 0) FROM pageviews p JOIN sessions s ON "
                                "s.id = p.session_id WHERE p.url_id IN (SELECT value FROM "
                                "json_each(?1))");
    query.bind(1, asJson(anyUrl));
    if (titleOnly)
        query.bind(2, asJson(anyTitle));
    while (query.next()) {
        const qint64 url = query.int64(3), title = query.int64(4);
        for (size_t i = 0; i < steps.size(); ++i) {
            const Matcher& m = matchers[i];
            if ((m.urls && !m.urls->count(url)) || (m.titles && !m.titles->count(title)))
                continue;
            out[i].push_back({query.int64(0), query.int64(1), 0, query.int64(2)});
        }
    }
    if (Status read = query.status(); !read)
        return read.error();
    return out;
}

/// How far one unit got: the time each reached step was reached.
struct Progress
{
    std::vector<qint64> times;
};

/// In the given order: from each occurrence of the first step, every next step at its earliest
/// at or after the one before, within the window; the start that gets furthest (then the
/// earliest) wins.
Progress strictProgress(const std::vector<std::vector<qint64>>& steps, qint64 window,
                        qint64 timelessStart)
{
    Progress best;
    std::vector<qint64> starts = steps[0];
    for (qint64& s : starts)
        if (s == Timeless)
            s = timelessStart;
    std::sort(starts.begin(), starts.end());
    for (const qint64 start : starts) {
        std::vector<qint64> times{start};
        for (size_t k = 1; k < steps.size(); ++k) {
            const std::vector<qint64>& at = steps[k];
            if (at.empty())
                break;
            qint64 next;
            if (at.front() == Timeless) {
                next = times.back();
            } else {
                const auto found = std::lower_bound(at.begin(), at.end(), times.back());
                if (found == at.end())
                    break;
                next = *found;
            }
            if (window > 0 && next - start > window)
                break;
            times.push_back(next);
        }
        if (times.size() > best.times.size())
            best.times = times;
        if (best.times.size() == steps.size())
            break;
    }
    return best;
}

/// In any order: from each moment a step happened, how many of the steps, first to k-th, all
/// happen within the window from it; step k is reached when the last of the first k is.
Progress anyOrderProgress(const std::vector<std::vector<qint64>>& steps, qint64 window,
                          qint64 timelessStart)
{
    std::vector<qint64> starts;
    for (const auto& at : steps)
        for (const qint64 t : at)
            starts.push_back(t == Timeless ? timelessStart : t);
    std::sort(starts.begin(), starts.end());
    starts.erase(std::unique(starts.begin(), starts.end()), starts.end());
    Progress best;
    for (const qint64 start : starts) {
        std::vector<qint64> times;
        qint64 done = start;
        for (const auto& at : steps) {
            if (at.empty())
                break;
            qint64 first;
            if (at.front() == Timeless) {
                first = start;
            } else {
                const auto found = std::lower_bound(at.begin(), at.end(), start);
                if (found == at.end())
                    break;
                first = *found;
            }
            if (window > 0 && first - start > window)
                break;
            done = std::max(done, first);
            times.push_back(done);
        }
        if (times.size() > best.times.size())
            best.times = times;
        if (best.times.size() == steps.size())
            break;
    }
    return best;
}

/// A percentile of hours for the table: two decimals, nothing without values.
QVariant percentile(std::vector<double> values, double q)
{
    if (values.empty())
        return {};
    std::sort(values.begin(), values.end());
    return std::round(quantileOfSorted(values, q) * 100) / 100;
}

} // namespace

QString CustomFunnel::allGroup()
{
    return tr("All");
}

Result<ResultTable> CustomFunnel::run(Database& db, const Query& q)
{
    const FunnelDefinition& def = q.definition;
    const bool sessions = def.countSessions;
    const bool peopleDimension = ConversionPaths::isPeopleDimension(q.dimension);
    std::optional<std::string> sessionExpression;
    if (!q.dimension.isEmpty() && !peopleDimension) {
        sessionExpression = ConversionPaths::sessionExpression(q.dimension, "s.");
        if (!sessionExpression)
            return ConversionPaths::unknownDimension(u"--by"_s, ConversionPaths::dimensions(),
                                                     q.dimension);
    }
    if (sessions && peopleDimension)
        return Error{ErrorCode::InvalidArgument,
                     tr("A funnel of sessions is broken down by a session dimension, not by %1.")
                         .arg(q.dimension)};

    // Each unit's occurrences of each step. People: a contact (id) gathers the steps of every
    // visitor linked to it; a visitor linked to nobody is a person of its own (minus its id).
    auto links = VisitorContacts::load(db);
    if (!links)
        return links.error();
    const size_t n = def.steps.size();
    std::unordered_map<qint64, std::vector<std::vector<qint64>>> units;
    // Only a unit that took the first step can count, so later steps add to those only (in
    // any order too: the first step must happen some time).
    const auto note = [&](qint64 unit, size_t step, qint64 at) {
        if (step == 0) {
            auto& steps = units[unit];
            if (steps.empty())
                steps.resize(n);
            steps[0].push_back(at);
            return;
        }
        if (const auto found = units.find(unit); found != units.end())
            found->second[step].push_back(at);
    };
    std::vector<FunnelStep> pageSteps;
    std::vector<size_t> pageStepAt;
    for (size_t k = 0; k < n; ++k)
        if (def.steps[k].type == FunnelStep::Type::Page) {
            pageSteps.push_back(def.steps[k]);
            pageStepAt.push_back(k);
        }
    auto pages = pageOccurrences(db, pageSteps);
    if (!pages)
        return pages.error();
    for (size_t k = 0; k < n; ++k) {
        std::vector<Occurrence> ofStep;
        if (def.steps[k].type == FunnelStep::Type::Page) {
            ofStep = std::move((*pages)[size_t(std::find(pageStepAt.begin(), pageStepAt.end(), k) -
                                               pageStepAt.begin())]);
        } else {
            auto found = occurrences(db, def.steps[k]);
            if (!found)
                return found.error();
            ofStep = std::move(*found);
        }
        for (const Occurrence& o : ofStep) {
            if (sessions) {
                if (o.session)
                    note(o.session, k, o.at);
            } else if (o.contact) {
                note(o.contact, k, o.at);
            } else if (const auto* linked = links->of(o.visitor)) {
                for (const qint64 contact : *linked)
                    note(contact, k, o.at);
            } else {
                note(-o.visitor, k, o.at);
            }
        }
    }

    // When a timeless first step starts: the contact's creation.
    std::unordered_map<qint64, qint64> created;
    const bool timeless =
        std::any_of(def.steps.begin(), def.steps.end(), [](const FunnelStep& step) {
            return step.type == FunnelStep::Type::Lifecycle;
        });
    if (!sessions && timeless) {
        Statement contacts(db.handle(), "SELECT id, created_at FROM contacts");
        while (contacts.next())
            created[contacts.int64(0)] = contacts.int64(1);
        if (Status read = contacts.status(); !read)
            return read.error();
    }

    // Each unit's group: its own session's value, a person's first session's, or a people
    // dimension's value.
    std::unordered_map<qint64, QString> groupOf;
    std::optional<PersonGroups> personGroups;
    if (peopleDimension) {
        auto loaded = PersonGroups::load(db, q.dimension);
        if (!loaded)
            return loaded.error();
        personGroups = std::move(*loaded);
    } else if (sessionExpression) {
        const std::string sql = "SELECT s.visitor_id, s.id, s.started_at, " + *sessionExpression +
                                " FROM sessions s ORDER BY s.visitor_id, s.started_at, s.id";
        Statement rows(db.handle(), sql.c_str());
        std::unordered_map<qint64, qint64> firstAt;
        qint64 previousVisitor = 0;
        while (rows.next()) {
            const qint64 visitor = rows.int64(0);
            if (sessions) {
                groupOf[rows.int64(1)] = rows.text(3);
                continue;
            }
            if (visitor == previousVisitor)
                continue; // only a visitor's first session
            previousVisitor = visitor;
            const qint64 at = rows.int64(2);
            const QString value = rows.text(3);
            const auto take = [&](qint64 unit) {
                const auto seen = firstAt.find(unit);
                if (seen == firstAt.end() || at < seen->second) {
                    firstAt[unit] = at;
                    groupOf[unit] = value;
                }
            };
            if (const auto* linked = links->of(visitor))
                for (const qint64 contact : *linked)
                    take(contact);
            else
                take(-visitor);
        }
        if (Status read = rows.status(); !read)
            return read.error();
    }
    const auto group = [&](qint64 unit) -> QString {
        if (q.dimension.isEmpty())
            return allGroup();
        if (personGroups)
            return unit > 0 ? personGroups->ofContact(unit) : u"(none)"_s;
        const auto found = groupOf.find(unit);
        return found != groupOf.end() ? found->second : u"(none)"_s;
    };

    // How far each unit got, per group.
    const qint64 window = qint64(def.windowDays) * 24 * 3600 * 1000;
    const qint64 fromMs = q.from.value_or(LLONG_MIN);
    const qint64 toMs = q.to.value_or(LLONG_MAX);
    struct Tally
    {
        std::vector<qint64> reached;
        std::vector<std::vector<double>> hours; ///< from the previous step, per step
    };
    std::map<QString, Tally> tallies;
    const bool resample = q.bootstrap.enabled();
    const bool withBounds = q.intervals || resample;
    RateBootstrap resampled;
    std::vector<std::pair<qint64, std::vector<std::vector<qint64>>*>> ordered;
    ordered.reserve(units.size());
    for (auto& [unit, steps] : units)
        ordered.emplace_back(unit, &steps);
    std::sort(ordered.begin(), ordered.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    for (auto& [unit, steps] : ordered) {
        for (auto& at : *steps) {
            std::sort(at.begin(), at.end());
            at.erase(std::unique(at.begin(), at.end()), at.end());
        }
        const auto createdAt = created.find(unit);
        const qint64 timelessStart = createdAt != created.end() ? createdAt->second : 0;
        const Progress p = def.anyOrder ? anyOrderProgress(*steps, window, timelessStart)
                                        : strictProgress(*steps, window, timelessStart);
        if (p.times.empty() || p.times.front() < fromMs || p.times.front() > toMs)
            continue;
        const QString g = group(unit);
        if (q.progress)
            q.progress(unit, g, p.times);
        Tally& t = tallies[g];
        if (t.reached.empty()) {
            t.reached.assign(n, 0);
            t.hours.resize(n);
        }
        for (size_t k = 0; k < p.times.size(); ++k) {
            ++t.reached[k];
            if (k > 0)
                t.hours[k].push_back(double(p.times[k] - p.times[k - 1]) / HourMs);
            if (q.observer)
                q.observer(unit, g, int(k));
            if (resample)
                resampled.add(unit, g, QString::number(k));
        }
    }
    // Bootstrap bounds of each step's two rates: "previous:k" and "first:k" per group.
    std::vector<RateIntervals::Rate> stepRates;
    for (size_t k = 1; k < n; ++k) {
        const QString step = QString::number(k);
        stepRates.push_back({u"previous:"_s + step, step, {QString::number(k - 1)}});
        stepRates.push_back({u"first:"_s + step, step, {u"0"_s}});
    }
    const RateBootstrap::Bounds bootstrapped =
        resample ? resampled.bounds(stepRates, q.bootstrap.replicates, q.bootstrap.seed)
                 : RateBootstrap::Bounds{};

    ResultTable table;
    if (!q.dimension.isEmpty())
        table.addColumn(ConversionPaths::dimensionKey(q.dimension),
                        ConversionPaths::dimensionTitle(q.dimension), ValueKind::Text);
    table.addColumn(u"step"_s, tr("#"), ValueKind::Count);
    table.addColumn(u"label"_s, tr("Step"), ValueKind::Text);
    table.addColumn(sessions ? u"sessions"_s : u"people"_s,
                    sessions ? tr("Sessions") : tr("People"), ValueKind::Count);
    table.addColumn(u"from_previous"_s, tr("From previous step"), ValueKind::Percent);
    if (withBounds) {
        table.addColumn(u"from_previous_low"_s, tr("From previous step (low)"), ValueKind::Percent);
        table.addColumn(u"from_previous_high"_s, tr("From previous step (high)"),
                        ValueKind::Percent);
    }
    table.addColumn(u"from_first"_s, tr("From first step"), ValueKind::Percent);
    if (withBounds) {
        table.addColumn(u"from_first_low"_s, tr("From first step (low)"), ValueKind::Percent);
        table.addColumn(u"from_first_high"_s, tr("From first step (high)"), ValueKind::Percent);
    }
    table.addColumn(u"drop_off"_s, tr("Drop-off"), ValueKind::Count);
    table.addColumn(u"median_hours_from_previous"_s, tr("Median hours from previous"),
                    ValueKind::Decimal, 2);
    table.addColumn(u"p90_hours_from_previous"_s, tr("90th percentile hours from previous"),
                    ValueKind::Decimal, 2);
    std::vector<std::pair<QString, const Tally*>> groups;
    for (const auto& [name, t] : tallies)
        groups.emplace_back(name, &t);
    std::stable_sort(groups.begin(), groups.end(), [](const auto& a, const auto& b) {
        return a.second->reached[0] > b.second->reached[0];
    });
    if (groups.empty() && q.dimension.isEmpty()) {
        static const Tally none{std::vector<qint64>(n, 0), std::vector<std::vector<double>>(n)};
        groups.emplace_back(allGroup(), &none);
    }
    const auto rate = [](qint64 x, qint64 of) -> QVariant {
        return of > 0 ? QVariant(std::round(double(x) / double(of) * 10000) / 10000) : QVariant();
    };
    // Wilson's interval from the counts, or the bootstrap's from the resamples.
    const auto bounds = [&](qint64 x, qint64 of, const QString& group, const QString& rate,
                            QVariantList& row) {
        std::optional<std::pair<double, double>> b;
        if (resample) {
            if (const auto g = bootstrapped.find(group); g != bootstrapped.end())
                if (const auto found = g->second.find(rate); found != g->second.end())
                    b = found->second;
        } else if (of > 0) {
            const Proportions::Interval w = Proportions::wilson(double(x), double(of));
            b = std::pair{w.low, w.high};
        }
        if (b)
            row << std::round(b->first * 10000) / 10000 << std::round(b->second * 10000) / 10000;
        else
            row << QVariant() << QVariant();
    };
    for (const auto& [name, t] : groups) {
        for (size_t k = 0; k < n; ++k) {
            QVariantList row;
            if (!q.dimension.isEmpty())
                row << name;
            const qint64 here = t->reached[k];
            const qint64 before = k > 0 ? t->reached[k - 1] : here;
            row << qint64(k + 1) << def.steps[k].describe() << here;
            const QString step = QString::number(k);
            row << (k > 0 ? rate(here, before) : QVariant());
            if (withBounds) {
                if (k > 0)
                    bounds(here, before, name, u"previous:"_s + step, row);
                else
                    row << QVariant() << QVariant();
            }
            row << rate(here, t->reached[0]);
            if (withBounds) {
                if (k > 0)
                    bounds(here, t->reached[0], name, u"first:"_s + step, row);
                else if (resample)
                    row << 1.0 << 1.0;
                else
                    bounds(here, t->reached[0], name, {}, row);
            }
            row << (k > 0 ? QVariant(before - here) : QVariant());
            row << (k > 0 ? percentile(t->hours[k], 0.5) : QVariant());
            row << (k > 0 ? percentile(t->hours[k], 0.9) : QVariant());
            table.addRow(row);
        }
    }
    table.meta = {{u"steps"_s, def.toJson().value(u"steps"_s).toVariant()},
                  {u"order"_s, def.anyOrder ? u"any"_s : u"strict"_s},
                  {u"window_days"_s, def.windowDays},
                  {u"count"_s, sessions ? u"sessions"_s : u"people"_s}};
    if (!def.name.isEmpty())
        table.meta.insert(u"name"_s, def.name);
    if (!q.dimension.isEmpty())
        table.meta.insert(u"by"_s, q.dimension);
    if (resample) {
        table.meta.insert(u"intervals"_s, u"bootstrap_95"_s);
        table.meta.insert(u"bootstrap"_s, q.bootstrap.meta());
    } else if (q.intervals) {
        table.meta.insert(u"intervals"_s, u"wilson_95"_s);
    }
    return table;
}

} // namespace leadloop
